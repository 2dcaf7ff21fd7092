package io.mcdewey.codegen.dto;

import com.palantir.javapoet.MethodSpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the XML support class's readings of typed values from their wire text. Each is lenient and total: text it
 * cannot read gives {@code null}, as the DTO keeps the text itself and writes it back unchanged.
 */
final class XmlScalarsWriter {
  private XmlScalarsWriter() {}

  static List<MethodSpec> parsers() {
    return List.of(parseBoolean(), parseNumber(Integer.class, "parseInt"), parseNumber(Long.class, "parseLong"),
        parseInstant());
  }

  private static MethodSpec parseBoolean() {
    return parser("parseBoolean", Boolean.class, "{@code true} or {@code false} in any case, or {@code 1} or"
        + " {@code 0}")
        .beginControlFlow("if (text.equalsIgnoreCase($S) || text.equals($S))", "true", "1")
        .addStatement("return $T.TRUE", Boolean.class)
        .endControlFlow()
        .beginControlFlow("if (text.equalsIgnoreCase($S) || text.equals($S))", "false", "0")
        .addStatement("return $T.FALSE", Boolean.class)
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private static MethodSpec parseNumber(Class<?> type, String parse) {
    return parser("parse" + type.getSimpleName(), type, "a whole number in decimal digits, signed or not")
        .beginControlFlow("try")
        .addStatement("return $T.$N(text.strip())", type, parse)
        .nextControlFlow("catch ($T e)", NumberFormatException.class)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  private static MethodSpec parseInstant() {
    return parser("parseInstant", Instant.class, "an instant in ISO 8601's UTC form, such as"
        + " {@code 2014-05-27T00:33:44.836Z}")
        .beginControlFlow("try")
        .addStatement("return $T.parse(text.strip())", Instant.class)
        .nextControlFlow("catch ($T e)", DateTimeParseException.class)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  /** A parser of {@code type} from {@code text}, answering {@code null} for {@code null}. */
  private static MethodSpec.Builder parser(String name, Class<?> type, String accepted) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, "text")
        .addJavadoc("The {@code $L} a wire text means: $L; {@code null} for any other text and for {@code null}.\n",
            type.getSimpleName(), accepted)
        .beginControlFlow("if (text == null)")
        .addStatement("return null")
        .endControlFlow();
  }
}
