package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.SdkSymbols;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes the SDK's escape hatch: a request built by hand ({@code FinesseRequest}) for any method and path, with a DTO
 * or a raw body, which the client sends with its credentials and timeout like any operation's. It reaches what the
 * guide's visible pages do not let the SDK generate: an action whose page is missing, a value the guide's enum does
 * not name, a header a deployment needs.
 */
final class RequestWriter {
  private static final TypeName TEXT_MAP = ParameterizedTypeName.get(Map.class, String.class, String.class);

  private final SdkSymbols symbols;
  private final ClassName self;
  private final ClassName builder;

  private RequestWriter(SdkSymbols symbols) {
    this.symbols = symbols;
    this.self = symbols.request();
    this.builder = self.nestedClass("Builder");
  }

  static TypeSpec type(SdkSymbols symbols) {
    return new RequestWriter(symbols).type();
  }

  private TypeSpec type() {
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("A request built by hand, for any method and path: the SDK's escape hatch for what it has no"
            + " method for.\nSend it with {@link $T#send($T)} for the body as text, or {@link $T#send($T,"
            + " java.util.function.Function)}\nwith a DTO's {@code fromXml} for a typed body. Immutable.\n"
            + "<pre>{@code\n"
            + "$T request = $T.builder(\"PUT\", \"/things/{id}\")\n"
            + "    .pathVariable(\"id\", \"42\")\n"
            + "    .body(\"<Thing><state>ON</state></Thing>\", \"application/xml\")\n"
            + "    .build();\n"
            + "$T<String> answer = client.send(request);\n"
            + "}</pre>\n", symbols.client(), self, symbols.client(), self, self, self, symbols.response())
        .addField(String.class, "method", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "path", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TEXT_MAP, "query", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TEXT_MAP, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "body", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder")
            .addParameter(String.class, "path")
            .addStatement("this.method = builder.method")
            .addStatement("this.path = path")
            .addStatement("this.query = $T.unmodifiableMap(new $T<>(builder.query))", Collections.class,
                LinkedHashMap.class)
            .addStatement("this.headers = $T.unmodifiableMap(new $T<>(builder.headers))",
                Collections.class, LinkedHashMap.class)
            .addStatement("this.body = builder.body")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A builder of a request.\n\n"
                + "@param method the HTTP method, such as {@code PUT}\n"
                + "@param pathTemplate the path on the base URL, with {@code {name}} variables set by"
                + " {@link Builder#pathVariable}\n@return the builder\n")
            .returns(builder)
            .addParameter(String.class, "method")
            .addParameter(String.class, "pathTemplate")
            .addStatement("return new $T(method, pathTemplate)", builder)
            .build());
    TypeName text = TypeName.get(String.class);
    accessor(type, "method", text, "The HTTP method.");
    accessor(type, "path", text, "The path with its variables filled in and encoded.");
    accessor(type, "query", TEXT_MAP, "The query parameters, not yet encoded, in the order they were set.");
    accessor(type, "headers", TEXT_MAP, "The headers set, {@code Content-Type} included when there is a body.");
    accessor(type, "body", text, "The body, or {@code null} for none.");
    return type.addType(builderType()).build();
  }

  private static void accessor(TypeSpec.Builder type, String name, TypeName returns, String javadoc) {
    type.addMethod(MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@return it\n", javadoc)
        .returns(returns)
        .addStatement("return $N", name)
        .build());
  }

  private TypeSpec builderType() {
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}. Not thread-safe.\n", self)
        .addField(FieldSpec.builder(Pattern.class, "VARIABLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", Pattern.class, "\\{([^{}]+)}").build())
        .addField(String.class, "method", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "pathTemplate", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(TEXT_MAP, "variables", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class).build())
        .addField(FieldSpec.builder(TEXT_MAP, "query", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class).build())
        .addField(FieldSpec.builder(TEXT_MAP, "headers", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class).build())
        .addField(String.class, "body", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "method")
            .addParameter(String.class, "pathTemplate")
            .addStatement("this.method = $T.requireNonNull(method, $S)", Objects.class, "method")
            .addStatement("this.pathTemplate = $T.requireNonNull(pathTemplate, $S)", Objects.class, "pathTemplate")
            .build())
        .addMethod(setter("pathVariable", "Sets the path variable {@code {name}}; the value is encoded as one path"
            + " segment.", "name", "value")
            .addStatement("variables.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))", Objects.class,
                "name", Objects.class, "value")
            .addStatement("return this")
            .build())
        .addMethod(setter("query", "Sets the query parameter {@code name}; the value is encoded when sent, and"
            + " {@code null} removes it.", "name", "value")
            .beginControlFlow("if (value == null)")
            .addStatement("query.remove(name)")
            .nextControlFlow("else")
            .addStatement("query.put($T.requireNonNull(name, $S), value)", Objects.class, "name")
            .endControlFlow()
            .addStatement("return this")
            .build())
        .addMethod(setter("header", "Sets the header {@code name}, replacing the client's own value such as"
            + " {@code Accept}.", "name", "value")
            .addStatement("headers.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))", Objects.class,
                "name", Objects.class, "value")
            .addStatement("return this")
            .build())
        .addMethod(setter("body", "Sends {@code text} as the body, with the content type {@code contentType}.",
            "text", "contentType")
            .addStatement("this.body = $T.requireNonNull(text, $S)", Objects.class, "text")
            .addStatement("headers.put($S, $T.requireNonNull(contentType, $S))", "Content-Type", Objects.class,
                "contentType")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("body")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sends a DTO as the body, as XML ({@code application/xml}).\n\n"
                + "@param document the DTO, built with its builder\n@return this builder\n")
            .returns(builder)
            .addParameter(symbols.xmlSupport().nestedClass("Document"), "document")
            .addStatement("return body(document.toXml(), $S)", "application/xml")
            .build())
        .addMethod(MethodSpec.methodBuilder("form")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sends {@code fields} as a form body ({@code application/x-www-form-urlencoded}), in their"
                + " order,\n{@code null} values left out.\n\n@param fields the fields by name\n@return this builder\n")
            .returns(builder)
            .addParameter(TEXT_MAP, "fields")
            .addStatement("return body($T.form(fields), $S)", symbols.client(), OperationSymbol.FORM)
            .build())
        .addMethods(symbols.jsonSupport().map(json -> MethodSpec.methodBuilder("body")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sends a JSON DTO as the body ({@code application/json}).\n\n"
                + "@param document the DTO\n@return this builder\n")
            .returns(builder)
            .addParameter(json.nestedClass("Document"), "document")
            .addStatement("return body(document.toJson(), $S)", "application/json")
            .build()).stream().toList())
        .addMethod(build())
        .build();
  }

  private MethodSpec.Builder setter(String name, String javadoc, String first, String second) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@param $L the $L\n@param $L the $L\n@return this builder\n", javadoc, first,
            words(first), second, words(second))
        .returns(builder)
        .addParameter(String.class, first)
        .addParameter(String.class, second);
  }

  private static String words(String name) {
    return name.equals("contentType") ? "content type, such as {@code application/xml}" : name;
  }

  private MethodSpec build() {
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The request.\n\n@return the request\n"
            + "@throws IllegalStateException when a variable of the path template is not set\n")
        .returns(self)
        .addStatement("$T path = new $T()", StringBuilder.class, StringBuilder.class)
        .addStatement("$T variable = VARIABLE.matcher(pathTemplate)", Matcher.class)
        .addStatement("int at = 0")
        .beginControlFlow("while (variable.find())")
        .addStatement("$T value = variables.get(variable.group(1))", String.class)
        .beginControlFlow("if (value == null)")
        .addStatement("throw new IllegalStateException($S + variable.group(1) + $S + pathTemplate)",
            "the path variable ", " of the request is not set: ")
        .endControlFlow()
        .addStatement("path.append(pathTemplate, at, variable.start()).append($T.pathSegment(value))",
            symbols.client())
        .addStatement("at = variable.end()")
        .endControlFlow()
        .addStatement("path.append(pathTemplate.substring(at))")
        .addStatement("return new $T(this, path.toString())", self)
        .build();
  }
}
