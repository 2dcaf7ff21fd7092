package io.mcdewey.codegen.client;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.mcdewey.codegen.SdkSymbols;
import java.net.http.HttpHeaders;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the answer of a call as the SDK gives it to those who need more than its body ({@code FinesseResponse<T>}):
 * the status and headers beside the typed body and the body as received, so that a header the guide names (a
 * {@code Location}, a request id to match a later notification) can be read.
 */
final class ResponseWriter {
  private static final TypeVariableName T = TypeVariableName.get("T");

  private ResponseWriter() {}

  static TypeSpec type(SdkSymbols symbols) {
    return TypeSpec.recordBuilder(symbols.response())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("An answer of the API: its status and headers, with its body read into its type and as received.\n"
            + "\n<p>Every operation gives one through its {@code ...WithResponse} variant; {@link $T#send} gives one\n"
            + "for a request built by hand.\n<pre>{@code\n"
            + "$T<Void> answer = client.$L;\n"
            + "String location = answer.header(\"Location\").orElse(null);\n"
            + "}</pre>\n\n"
            + "@param status the HTTP status, {@code 2xx}\n"
            + "@param headers the answer's headers; names compare without case\n"
            + "@param body the body read into {@code T}, or {@code null} when the answer has none or the\n"
            + "    operation documents none\n"
            + "@param rawBody the body as received, empty when there is none\n"
            + "@param <T> the type of the body\n", symbols.client(), symbols.response(), exampleCall(symbols))
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(int.class, "status")
            .addParameter(HttpHeaders.class, "headers")
            .addParameter(ParameterSpec.builder(T, "body").build())
            .addParameter(String.class, "rawBody")
            .build())
        .addMethod(MethodSpec.methodBuilder("header")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The first value of the header {@code name}, in any case, if the answer has one.\n\n"
                + "@param name the header's name\n@return its first value\n")
            .returns(ParameterizedTypeName.get(Optional.class, String.class))
            .addParameter(String.class, "name")
            .addStatement("return headers.firstValue(name)")
            .build())
        .build();
  }

  /** A call of the first operation's {@code ...WithResponse} variant, for the Javadoc's example. */
  private static String exampleCall(SdkSymbols symbols) {
    return symbols.groups().stream().flatMap(group -> group.operations().stream()
            .map(operation -> group.accessorName() + "()." + operation.methodName() + "WithResponse(...)"))
        .findFirst().orElse("send(request)");
  }
}
