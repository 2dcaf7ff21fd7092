package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the SDK's JSON support class ({@code Json}), generated only for guides with JSON bodies: a strict reader of
 * RFC 8259 text into maps, lists and texts, and a writer, with the JDK alone, so that generated SDKs keep needing no
 * library at run time and no version of a JSON library can clash with the user's own.
 *
 * <p>Scalars read as text: a string as its content, a number or {@code true}/{@code false} as written. The DTOs keep
 * that text beside their typed view of it and write it back as it came: a number or boolean as a literal, anything
 * else as a string.
 */
final class JsonSupportWriter {
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName MEMBERS = ParameterizedTypeName.get(Map.class, String.class, Object.class);

  private final ClassName json;
  private final ClassName exception;
  private final ClassName writer;

  private JsonSupportWriter(ClassName json) {
    this.json = json;
    this.exception = json.nestedClass("JsonException");
    this.writer = json.nestedClass("Writer");
  }

  static TypeSpec.Builder type(ClassName json) {
    return new JsonSupportWriter(json).type();
  }

  private TypeSpec.Builder type() {
    return TypeSpec.classBuilder(json)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes the JSON of this SDK with the JDK alone.\n\n<p>Reading is strict RFC 8259:"
            + " objects become maps in member order, arrays lists, and every scalar its text\n(a string its content,"
            + " a number or a boolean as written), {@code null} stays {@code null}.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addType(SupportTypes.document(json.nestedClass("Document"), "toJson", "JSON"))
        .addType(SupportTypes.exception(exception, "JSON that cannot be read; the message says why and where.", false))
        .addType(JsonWriterWriter.type(writer))
        .addType(JsonParserWriter.type(json.nestedClass("Parser"), exception))
        .addMethod(read())
        .addMethod(members())
        .addMethod(items())
        .addMethod(write())
        .addMethod(text())
        .addMethod(object())
        .addMethod(list());
  }

  private MethodSpec read() {
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(String.class, "text")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), MEMBERS, T), "reader")
        .addJavadoc("Reads a document whose root is an object, handing its members to {@code reader}.\n\n"
            + "@throws $T when the text is not JSON or its root is no object\n", exception)
        .addCode(root(CodeBlock.of("$T<?, ?>", Map.class), "object"))
        .addStatement("return reader.apply(object(root))")
        .build();
  }

  private MethodSpec members() {
    return MethodSpec.methodBuilder("members")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(MEMBERS)
        .addParameter(String.class, "text")
        .addJavadoc("The members of a document whose root is an object, for an answer the guide shows no shape of.\n\n"
            + "@throws $T when the text is not JSON or its root is no object\n", exception)
        .addStatement("return read(text, $T.identity())", Function.class)
        .build();
  }

  private MethodSpec items() {
    return MethodSpec.methodBuilder("items")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, Object.class))
        .addParameter(String.class, "text")
        .addJavadoc("The items of a document whose root is an array, for an answer the guide shows no shape of.\n\n"
            + "@throws $T when the text is not JSON or its root is no array\n", exception)
        .addCode(root(CodeBlock.of("$T<?> array", List.class), "array"))
        .addStatement("return new $T<>(array)", ArrayList.class)
        .build();
  }

  /** Reads {@code text} into {@code root}, failing unless the root passes {@code pattern} (an object, an array). */
  private CodeBlock root(CodeBlock pattern, String kind) {
    return CodeBlock.builder()
        .addStatement("$T.requireNonNull(text, $S)", Objects.class, "text")
        .addStatement("Object root = new Parser(text).document()")
        .beginControlFlow("if (!(root instanceof $L))", pattern)
        .addStatement("throw new $T($S)", exception, "the root of the document is no JSON " + kind)
        .endControlFlow()
        .build();
  }

  private MethodSpec write() {
    return MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(ParameterizedTypeName.get(ClassName.get(java.util.function.Consumer.class), writer), "content")
        .addJavadoc("The document {@code content} writes, compact.\n")
        .addStatement("$T out = new $T()", writer, writer)
        .addStatement("content.accept(out)")
        .addStatement("return out.toString()")
        .build();
  }

  private static MethodSpec text() {
    return MethodSpec.methodBuilder("text")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(Object.class, "value")
        .addJavadoc("The text of a scalar member; {@code null} for {@code null}, an object or an array.\n")
        .addStatement("return value instanceof String text ? text : null")
        .build();
  }

  private static MethodSpec object() {
    return MethodSpec.methodBuilder("object")
        .addModifiers(Modifier.STATIC)
        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked").build())
        .returns(MEMBERS)
        .addParameter(Object.class, "value")
        .addJavadoc("The members of an object member; {@code null} for anything else. The parser makes every object"
            + "\na map of strings, so the cast holds.\n")
        .addStatement("return value instanceof $T<?, ?> ? ($T) value : null", Map.class, MEMBERS)
        .build();
  }

  private static MethodSpec list() {
    TypeName items = ParameterizedTypeName.get(ClassName.get(List.class), T);
    return MethodSpec.methodBuilder("list")
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(T)
        .returns(items)
        .addParameter(Object.class, "value")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(Object.class), T), "item")
        .addJavadoc("The items of an array member read by {@code item}, a value alone as one item; items that read"
            + "\nas {@code null} are left out.\n")
        .addStatement("$T values = new $T<>()", items, ArrayList.class)
        .addStatement("List<?> elements = value instanceof $T<?> array ? array : value == null ? $T.of() : $T.of(value)",
            List.class, List.class, List.class)
        .beginControlFlow("for (Object element : elements)")
        .addStatement("$T read = item.apply(element)", T)
        .beginControlFlow("if (read != null)")
        .addStatement("values.add(read)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return values")
        .build();
  }
}
