package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.SdkSymbols;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The unchecked exception a non-2xx answer raises: status, the reasons the guide documents for that status on the
 * called operation, the raw body and, when the guide has an error document ({@code ApiErrors}) and the body is one,
 * its parsed form. Failures that are not answers (I/O errors, timeouts, interruption) are left to
 * {@link UncheckedIOException}, so that callers can tell "the server said no" from "the server was not reached".
 */
final class ApiExceptionWriter {
  /** How much of the body the message shows. */
  private static final int MESSAGE_BODY_LENGTH = 200;

  private ApiExceptionWriter() {}

  static TypeSpec type(SdkSymbols symbols) {
    ClassName self = symbols.apiException();
    TypeName reasons = ParameterizedTypeName.get(List.class, String.class);
    Optional<DtoSymbol> errorBody = symbols.errorBody();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeException.class)
        .addJavadoc("An answer of the server with a status outside 2xx.\n\n")
        .addJavadoc("<p>Carries the status, the reasons the guide documents for that status on the called operation,\n"
            + "the raw body");
    errorBody.ifPresent(dto -> type.addJavadoc(" and, when the body is an {@link $T} document, its parsed form",
        dto.className()));
    type.addJavadoc(".\n\n<p>Failures to send the request or to receive the answer, including timeouts and"
            + " interruption,\nare not answers: they raise {@link $T} instead.\n", UncheckedIOException.class)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build())
        .addField(String.class, "method", Modifier.PRIVATE, Modifier.FINAL)
        .addField(URI.class, "uri", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String[].class, "documentedReasons", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "body", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("An answer with status {@code status} to {@code method uri}.\n\n")
        .addJavadoc("@param method the request's HTTP method\n")
        .addJavadoc("@param uri the request's URI\n")
        .addJavadoc("@param status the answer's status\n")
        .addJavadoc("@param documentedReasons the reasons the guide documents for the status, possibly none\n")
        .addJavadoc("@param body the answer's body, possibly empty\n")
        .addParameter(String.class, "method")
        .addParameter(URI.class, "uri")
        .addParameter(int.class, "status")
        .addParameter(reasons, "documentedReasons")
        .addParameter(String.class, "body")
        .addStatement("super(message(method, uri, status, documentedReasons, body))")
        .addStatement("this.method = method")
        .addStatement("this.uri = uri")
        .addStatement("this.status = status")
        .addStatement("this.documentedReasons = documentedReasons.toArray(new String[0])")
        .addStatement("this.body = body");
    errorBody.ifPresent(dto -> {
      type.addField(FieldSpec.builder(dto.className(), "errorBody", Modifier.PRIVATE, Modifier.FINAL,
              Modifier.TRANSIENT)
          .addJavadoc("Not serialized: the generated records are not {@code Serializable}; the raw body is.\n")
          .build());
      constructor.addJavadoc("@param errorBody the body as {@link $T}, or {@code null} when it is not one\n",
              dto.className())
          .addParameter(ParameterSpec.builder(dto.className(), "errorBody").build())
          .addStatement("this.errorBody = errorBody");
    });
    type.addMethod(constructor.build())
        .addMethod(getter("method", String.class, "The request's HTTP method.").build())
        .addMethod(getter("uri", URI.class, "The request's URI.").build())
        .addMethod(getter("status", int.class, "The answer's HTTP status.").build())
        .addMethod(MethodSpec.methodBuilder("documentedReasons")
            .addModifiers(Modifier.PUBLIC)
            .returns(reasons)
            .addJavadoc("The reasons the guide documents for this status on the called operation, in guide order;"
                + "\nempty when it documents none.\n")
            .addStatement("return $T.of(documentedReasons)", List.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("documentedReason")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The {@linkplain #documentedReasons() documented reasons} joined by {@code \"; \"}, empty when"
                + " there are none.\n")
            .addStatement("return String.join($S, documentedReasons)", "; ")
            .build())
        .addMethod(getter("body", String.class, "The answer's body as received, possibly empty.").build());
    errorBody.ifPresent(dto -> type.addMethod(MethodSpec.methodBuilder("errorBody")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), dto.className()))
        .addJavadoc("The body parsed as {@link $T}; empty when it is not one, or after deserialization.\n",
            dto.className())
        .addStatement("return $T.ofNullable(errorBody)", Optional.class)
        .build()));
    return type.addMethod(message(reasons)).build();
  }

  private static MethodSpec.Builder getter(String name, Class<?> type, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc(javadoc + "\n")
        .addStatement("return $N", name);
  }

  /** {@code PUT https://host/api/Call/1 answered 400 (Invalid State): <ApiErrors>...}. */
  private static MethodSpec message(TypeName reasons) {
    return MethodSpec.methodBuilder("message")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "method")
        .addParameter(URI.class, "uri")
        .addParameter(int.class, "status")
        .addParameter(reasons, "documentedReasons")
        .addParameter(String.class, "body")
        .addStatement("$T message = new $T(method + $S + uri + $S + status)", StringBuilder.class,
            StringBuilder.class, " ", " answered ")
        .beginControlFlow("if (!documentedReasons.isEmpty())")
        .addStatement("message.append($S).append(String.join($S, documentedReasons)).append(')')", " (", "; ")
        .endControlFlow()
        .addStatement("String shown = body.strip().replaceAll($S, $S)", "\\s+", " ")
        .beginControlFlow("if (!shown.isEmpty())")
        .addStatement("message.append($S).append(shown.length() > $L ? shown.substring(0, $L) + $S : shown)", ": ",
            MESSAGE_BODY_LENGTH, MESSAGE_BODY_LENGTH, "...")
        .endControlFlow()
        .addStatement("return message.toString()")
        .build();
  }
}
