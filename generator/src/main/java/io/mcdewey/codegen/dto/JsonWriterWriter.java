package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes the JSON support class's writer: compact JSON built member by member, strings escaped as RFC 8259 asks,
 * numbers and booleans written as literals when their text is one.
 */
final class JsonWriterWriter {
  private JsonWriterWriter() {}

  static TypeSpec type(ClassName writer) {
    return TypeSpec.classBuilder(writer)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Writes compact JSON; a DTO's {@code writeJson} writes itself with one. Not thread-safe.\n")
        .addField(FieldSpec.builder(Pattern.class, "LITERAL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", Pattern.class, "true|false|-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")
            .build())
        .addField(FieldSpec.builder(StringBuilder.class, "out", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T()", StringBuilder.class).build())
        .addField(boolean.class, "afterValue", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder().build())
        .addMethod(open(writer, "beginObject", "Opens an object.", "'{'"))
        .addMethod(close(writer, "endObject", "Closes an object.", "'}'"))
        .addMethod(open(writer, "beginArray", "Opens an array.", "'['"))
        .addMethod(close(writer, "endArray", "Closes an array.", "']'"))
        .addMethod(fluent(writer, "name", "Writes a member's name; its value follows.", "name")
            .addStatement("separate()")
            .addStatement("quote(name)")
            .addStatement("out.append(':')")
            .addStatement("afterValue = false")
            .addStatement("return this")
            .build())
        .addMethod(fluent(writer, "string", "Writes {@code text} as a string.", "text")
            .addStatement("separate()")
            .addStatement("quote(text)")
            .addStatement("afterValue = true")
            .addStatement("return this")
            .build())
        .addMethod(fluent(writer, "scalar", "Writes {@code text} as a number or boolean literal when it is one, else"
            + " as a string.", "text")
            .beginControlFlow("if (!LITERAL.matcher(text).matches())")
            .addStatement("return string(text)")
            .endControlFlow()
            .addStatement("separate()")
            .addStatement("out.append(text)")
            .addStatement("afterValue = true")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("separate")
            .addModifiers(Modifier.PRIVATE)
            .beginControlFlow("if (afterValue)")
            .addStatement("out.append(',')")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("quote")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "text")
            .addStatement("out.append('\"')")
            .beginControlFlow("for (int i = 0; i < text.length(); i++)")
            .addStatement("char c = text.charAt(i)")
            .beginControlFlow("switch (c)")
            .addStatement("case '\"' -> out.append(\"\\\\\\\"\")")
            .addStatement("case '\\\\' -> out.append(\"\\\\\\\\\")")
            .addStatement("case '\\n' -> out.append(\"\\\\n\")")
            .addStatement("case '\\r' -> out.append(\"\\\\r\")")
            .addStatement("case '\\t' -> out.append(\"\\\\t\")")
            .addStatement("default -> out.append(c < 0x20 ? String.format($S, (int) c) : String.valueOf(c))",
                "\\u%04x")
            .endControlFlow()
            .endControlFlow()
            .addStatement("out.append('\"')")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return out.toString()")
            .build())
        .build();
  }

  private static MethodSpec open(ClassName writer, String name, String javadoc, String character) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@return this writer\n", javadoc)
        .returns(writer)
        .addStatement("separate()")
        .addStatement("out.append($L)", character)
        .addStatement("afterValue = false")
        .addStatement("return this")
        .build();
  }

  private static MethodSpec close(ClassName writer, String name, String javadoc, String character) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@return this writer\n", javadoc)
        .returns(writer)
        .addStatement("out.append($L)", character)
        .addStatement("afterValue = true")
        .addStatement("return this")
        .build();
  }

  private static MethodSpec.Builder fluent(ClassName writer, String name, String javadoc, String parameter) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@param $L the $L\n@return this writer\n", javadoc, parameter, parameter)
        .returns(writer)
        .addParameter(String.class, parameter);
  }
}
