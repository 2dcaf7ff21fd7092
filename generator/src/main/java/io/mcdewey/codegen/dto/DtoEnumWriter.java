package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.DtoDocs;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.EnumSymbol;
import javax.lang.model.element.Modifier;

/**
 * Writes the enum nested in a DTO for an enumerated property: one constant per value the guide names, carrying its
 * wire value, and the fallback constant for any other value. The fallback has no wire value of its own; the DTO keeps
 * the text it read in the property's wire component (see {@link DtoProperty}).
 */
final class DtoEnumWriter {
  private DtoEnumWriter() {}

  static TypeSpec enumType(DtoProperty property) {
    EnumSymbol symbol = property.symbol().enumSymbol();
    ClassName type = symbol.className();
    String fallback = symbol.fallbackConstant();
    String javadoc = "The values of {@code <" + property.symbol().xmlName() + ">} the guide names. {@link #" + fallback
        + "} stands for any other value, such as one a newer server sends; the DTO keeps its text in {@code "
        + property.wireField() + "}, so that it is written back unchanged.";
    TypeSpec.Builder enumType = TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", DtoDocs.wrap(javadoc, ""));
    for (EnumSymbol.Constant constant : symbol.constants()) {
      enumType.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.wireValue()).build());
    }
    enumType.addEnumConstant(fallback, TypeSpec.anonymousClassBuilder("null")
        .addJavadoc("A value the guide does not name. It has no wire value of its own.\n")
        .build());
    return enumType
        .addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build())
        .addMethod(MethodSpec.methodBuilder("value")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The value on the wire.\n\n@throws IllegalStateException for {@link #$L}, which has none\n",
                fallback)
            .beginControlFlow("if (value == null)")
            .addStatement("throw new $T($S)", IllegalStateException.class, type.simpleName() + "." + fallback
                + " has no wire value; the DTO keeps the text in " + property.wireField())
            .endControlFlow()
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("fromValue")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addParameter(String.class, "value")
            .addJavadoc("The constant for a wire value: {@link #$L} for a value the guide does not name,"
                + "\n{@code null} for {@code null}. Never throws.\n", fallback)
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("for ($T constant : values())", type)
            .beginControlFlow("if (value.equals(constant.value))")
            .addStatement("return constant")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $L", fallback)
            .build())
        .build();
  }
}
