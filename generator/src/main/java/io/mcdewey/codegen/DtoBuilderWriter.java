package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a DTO's nested {@code Builder}: a fluent setter per record component, an adder per list, {@code build()}.
 * For an enum the builder keeps only the wire text: setting the constant sets its text, so the two cannot disagree,
 * and the fallback constant, which has no text, is refused where it is set.
 */
final class DtoBuilderWriter {
  private final DtoSymbol dto;
  private final List<DtoProperty> properties;
  private final ClassName builder;

  DtoBuilderWriter(DtoSymbol dto, List<DtoProperty> properties) {
    this.dto = dto;
    this.properties = properties;
    this.builder = dto.className().nestedClass("Builder");
  }

  TypeSpec type() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}s; see {@link $T#builder()} and {@link $T#toBuilder()}.\n", dto.className(),
            dto.className(), dto.className());
    for (DtoProperty property : properties) {
      type.addField(field(property));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (DtoProperty property : properties) {
      type.addMethod(setter(property));
      if (property.isEnum()) {
        type.addMethod(wireSetter(property));
      }
      if (property.repeated()) {
        type.addMethod(adder(property));
        if (property.isEnum()) {
          type.addMethod(wireAdder(property));
        }
      }
    }
    return type.addMethod(build()).build();
  }

  private static FieldSpec field(DtoProperty property) {
    TypeName type = property.isEnum() ? property.wireType() : property.type();
    FieldSpec.Builder field = FieldSpec.builder(type, property.builderField(), Modifier.PRIVATE);
    if (property.repeated()) {
      field.initializer("new $T<>()", ArrayList.class);
    }
    return field.build();
  }

  /** The setter named after the component; for an enum it stores the constant's wire text. */
  private MethodSpec setter(DtoProperty property) {
    String field = property.field();
    MethodSpec.Builder setter = fluent(field, "Sets {@link $T#$L()}.\n", dto.className(), field)
        .addParameter(property.type(), field);
    if (property.isEnum() && property.repeated()) {
      setter.addStatement("this.$N = $N == null ? new $T<>()$W: new $T<>($N.stream().map($T::value).toList())",
          property.wireField(), field, ArrayList.class, ArrayList.class, field, enumType(property));
    } else if (property.isEnum()) {
      setter.addStatement("this.$N = $N == null ? null : $N.value()", property.wireField(), field, field);
    } else {
      setter.addStatement(assignment(field, property.repeated()));
    }
    return setter.addStatement("return this").build();
  }

  private MethodSpec wireSetter(DtoProperty property) {
    String wire = property.wireField();
    return fluent(wire, "Sets {@link $T#$L()}, and so {@link $T#$L()}.\n", dto.className(), wire, dto.className(),
        property.field())
        .addParameter(property.wireType(), wire)
        .addStatement(assignment(wire, property.repeated()))
        .addStatement("return this")
        .build();
  }

  /** Keeps the parameter {@code field} in the field of that name: a list as a copy the builder may add to. */
  private static CodeBlock assignment(String field, boolean list) {
    return list ? CodeBlock.of("this.$N = $N == null ? new $T<>()$W: new $T<>($N)", field, field, ArrayList.class,
        ArrayList.class, field) : CodeBlock.of("this.$N = $N", field, field);
  }

  private MethodSpec adder(DtoProperty property) {
    MethodSpec.Builder adder = fluent(property.adder(), "Adds one item to {@link $T#$L()}.\n", dto.className(),
        property.field())
        .addParameter(property.symbol().valueType(), "item");
    if (property.isEnum()) {
      adder.addStatement("this.$N.add(item.value())", property.wireField());
    } else {
      adder.addStatement("this.$N.add(item)", property.field());
    }
    return adder.addStatement("return this").build();
  }

  private MethodSpec wireAdder(DtoProperty property) {
    return fluent(property.wireAdder(), "Adds one wire text to {@link $T#$L()}.\n", dto.className(),
        property.wireField())
        .addParameter(String.class, "item")
        .addStatement("this.$N.add(item)", property.wireField())
        .addStatement("return this")
        .build();
  }

  private MethodSpec build() {
    List<CodeBlock> arguments = new ArrayList<>();
    for (DtoProperty property : properties) {
      if (property.isEnum()) {
        arguments.add(CodeBlock.of("null"));
      }
      arguments.add(CodeBlock.of("$N", property.builderField()));
    }
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(dto.className())
        .addJavadoc("A new {@link $T} with the values set so far.\n", dto.className())
        .addStatement("return new $T($L)", dto.className(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  private MethodSpec.Builder fluent(String name, String javadoc, Object... args) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc(javadoc, args);
  }

  private static ClassName enumType(DtoProperty property) {
    return property.symbol().enumSymbol().className();
  }
}
