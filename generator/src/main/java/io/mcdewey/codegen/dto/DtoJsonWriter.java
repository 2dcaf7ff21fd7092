package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.PropertySymbol;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a JSON DTO's methods: {@code fromJson} from a string or from an object's members, {@code writeJson} to the
 * JSON support class's writer and {@code toJson}.
 *
 * <p>Reading is forward compatible, as XML reading is: unknown members are passed over, members are known by their
 * names without case, and a typed value keeps its text. Writing follows the schema's order, leaves out absent values
 * and empty lists, and writes a typed value's text back as a literal when it is a number or boolean.
 */
final class DtoJsonWriter {
  private static final TypeName MEMBERS = ParameterizedTypeName.get(Map.class, String.class, Object.class);

  private final DtoSymbol dto;
  private final List<DtoProperty> properties;
  private final ClassName json;

  DtoJsonWriter(DtoSymbol dto, List<DtoProperty> properties, ClassName json) {
    this.dto = dto;
    this.properties = properties;
    this.json = json;
  }

  MethodSpec fromMembers() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(dto.className())
        .addParameter(MEMBERS, "members")
        .addJavadoc("Reads an object's members; members this SDK does not know are passed over.\n\n"
            + "@param members the members, as {@link $T#read} gives them; {@code null} for none\n"
            + "@return the record, or {@code null} for {@code null}\n", json)
        .beginControlFlow("if (members == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement(DtoReading.newBuilder(dto));
    if (!properties.isEmpty()) {
      method.beginControlFlow("for ($T.Entry<String, Object> member : members.entrySet())", Map.class);
      DtoReading.nameSwitch(method, CodeBlock.of("member.getKey()"), properties, p -> p.symbol().xmlName(),
          this::read, CodeBlock.of("default -> {\n}\n"));
      method.endControlFlow();
    }
    return method.addStatement("return builder.build()").build();
  }

  /** The builder call taking a member's value. */
  private CodeBlock read(DtoProperty property) {
    PropertySymbol symbol = property.symbol();
    CodeBlock item = symbol.kind() == PropertySymbol.Kind.OBJECT
        ? CodeBlock.of("item -> $T.fromJson($T.object(item))", symbol.valueType(), json)
        : CodeBlock.of("$T::text", json);
    if (property.repeated()) {
      return CodeBlock.of("$N($T.list(member.getValue(), $L))", property.builderField(), json, item);
    }
    return symbol.kind() == PropertySymbol.Kind.OBJECT
        ? CodeBlock.of("$N($T.fromJson($T.object(member.getValue())))", property.builderField(), symbol.valueType(),
            json)
        : CodeBlock.of("$N($T.text(member.getValue()))", property.builderField(), json);
  }

  MethodSpec fromString() {
    return MethodSpec.methodBuilder("fromJson")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(dto.className())
        .addParameter(String.class, "json")
        .addJavadoc("Reads a JSON document whose root is an object.\n\n"
            + "@throws $T.JsonException when the text is not JSON or its root is no object\n", json)
        .addStatement("return $T.read(json, $T::fromJson)", this.json, dto.className())
        .build();
  }

  MethodSpec writeJson() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("writeJson")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(json.nestedClass("Writer"), "writer")
        .addJavadoc("Writes this record as an object, its members in the schema's order; absent values and empty lists"
            + "\nare left out.\n")
        .addStatement("writer.beginObject()");
    for (DtoProperty property : properties) {
      method.addCode(write(property));
    }
    return method.addStatement("writer.endObject()").build();
  }

  private CodeBlock write(DtoProperty property) {
    PropertySymbol symbol = property.symbol();
    String field = property.builderField();
    CodeBlock.Builder code = CodeBlock.builder();
    if (property.repeated()) {
      TypeName item = property.hasWireText() ? ClassName.get(String.class) : symbol.valueType();
      return code.beginControlFlow("if (!this.$N.isEmpty())", field)
          .addStatement("writer.name($S).beginArray()", symbol.xmlName())
          .beginControlFlow("for ($T item : this.$N)", item, field)
          .add(value(symbol, CodeBlock.of("item")))
          .endControlFlow()
          .addStatement("writer.endArray()")
          .endControlFlow()
          .build();
    }
    return code.beginControlFlow("if (this.$N != null)", field)
        .addStatement("writer.name($S)", symbol.xmlName())
        .add(value(symbol, CodeBlock.of("this.$N", field)))
        .endControlFlow()
        .build();
  }

  /** The statement writing one value: an object by its own {@code writeJson}, a number or boolean as a literal. */
  private static CodeBlock value(PropertySymbol symbol, CodeBlock value) {
    return switch (symbol.kind()) {
      case OBJECT -> CodeBlock.builder().addStatement("$L.writeJson(writer)", value).build();
      case BOOLEAN, INTEGER, LONG -> CodeBlock.builder().addStatement("writer.scalar($L)", value).build();
      case STRING, ENUM, INSTANT -> CodeBlock.builder().addStatement("writer.string($L)", value).build();
    };
  }

  MethodSpec toJson() {
    return MethodSpec.methodBuilder("toJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("This record as a JSON document.\n")
        .addStatement("return $T.write(this::writeJson)", json)
        .build();
  }
}
