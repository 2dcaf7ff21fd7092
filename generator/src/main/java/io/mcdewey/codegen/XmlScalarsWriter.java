package io.mcdewey.codegen;

import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the XML support class's readings of typed values from their wire text. Each is lenient and total: text it
 * cannot read gives {@code null}, as the DTO keeps the text itself and writes it back unchanged.
 */
final class XmlScalarsWriter {
  private XmlScalarsWriter() {}

  static List<MethodSpec> parsers() {
    return List.of(parseBoolean());
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
