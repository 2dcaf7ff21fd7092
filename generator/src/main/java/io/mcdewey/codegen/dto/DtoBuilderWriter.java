package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a DTO's nested {@code Builder}: a fluent setter per record component, an adder per list, {@code build()}.
 * For a typed value the builder keeps only the wire text: setting the typed value sets its text, so the two cannot
 * disagree, and an enum's fallback constant, which has no text, is refused where it is set.
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
    if (dto.textField() != null) {
      type.addField(String.class, dto.textField(), Modifier.PRIVATE);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (DtoProperty property : properties) {
      type.addMethod(setter(property));
      if (property.hasWireText()) {
        type.addMethod(wireSetter(property));
      }
      if (property.repeated()) {
        type.addMethod(adder(property));
        if (property.hasWireText()) {
          type.addMethod(wireAdder(property));
        }
      }
    }
    if (dto.textField() != null) {
      String text = dto.textField();
      type.addMethod(fluent(text, "Sets {@link $T#$L()}.\n", dto.className(), text)
          .addParameter(String.class, text)
          .addStatement("this.$N = $N", text, text)
          .addStatement("return this")
          .build());
    }
    return type.addMethod(build()).build();
  }

  private static FieldSpec field(DtoProperty property) {
    TypeName type = property.hasWireText() ? property.wireType() : property.type();
    FieldSpec.Builder field = FieldSpec.builder(type, property.builderField(), Modifier.PRIVATE);
    if (property.repeated()) {
      field.initializer("new $T<>()", ArrayList.class);
    }
    return field.build();
  }

  /** The setter named after the component; for a typed value it stores the value's wire text. */
  private MethodSpec setter(DtoProperty property) {
    String field = property.field();
    MethodSpec.Builder setter = fluent(field, "Sets {@link $T#$L()}.\n", dto.className(), field)
        .addParameter(property.type(), field);
    if (property.hasWireText() && property.repeated()) {
      setter.addStatement("this.$N = $N == null ? new $T<>()$W: new $T<>($N.stream().map($L).toList())",
          property.wireField(), field, ArrayList.class, ArrayList.class, field, property.printer());
    } else if (property.hasWireText()) {
      setter.addStatement("this.$N = $N == null ? null : $L", property.wireField(), field,
          property.print(CodeBlock.of("$N", field)));
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
    if (property.hasWireText()) {
      adder.addStatement("this.$N.add($L)", property.wireField(), property.print(CodeBlock.of("item")));
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
      if (property.hasWireText()) {
        arguments.add(CodeBlock.of("null"));
      }
      arguments.add(CodeBlock.of("$N", property.builderField()));
    }
    if (dto.textField() != null) {
      arguments.add(CodeBlock.of("$N", dto.textField()));
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
}
