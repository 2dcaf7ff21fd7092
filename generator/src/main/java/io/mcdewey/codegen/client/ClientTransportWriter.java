package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.SdkSymbols;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The HTTP work of the client's entry class: building a request on the base URL with the credentials and timeout,
 * sending it, and turning the answer into a response with its typed body, or the API exception. The operations of
 * the group classes reach it through package-private methods; a request built by hand goes through the public
 * {@code send} and {@code sendAsync}, the SDK's escape hatch.
 */
final class ClientTransportWriter {
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName FAILURES = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(Integer.class), ParameterizedTypeName.get(List.class, String.class));
  private static final TypeName READER = ParameterizedTypeName.get(ClassName.get(Function.class),
      ClassName.get(String.class), T);
  private static final TypeName STRING_RESPONSE = ParameterizedTypeName.get(HttpResponse.class, String.class);

  private final SdkSymbols symbols;

  private ClientTransportWriter(SdkSymbols symbols) {
    this.symbols = symbols;
  }

  /** The methods, in the order the entry class lists them. */
  static List<MethodSpec> methods(SdkSymbols symbols) {
    ClientTransportWriter writer = new ClientTransportWriter(symbols);
    List<MethodSpec> methods = new ArrayList<>(List.of(writer.send(), writer.sendReading(), writer.sendAsync(),
        writer.sendAsyncReading(), writer.httpRequest(), writer.request(), writer.exchange(), writer.exchangeAsync(),
        writer.read()));
    symbols.errorBody().map(writer::parseErrorBody).ifPresent(methods::add);
    methods.add(pathSegment());
    methods.add(query());
    methods.add(form());
    return methods;
  }

  /** {@code FinesseResponse<type>}. */
  private TypeName answer(TypeName type) {
    return ParameterizedTypeName.get(symbols.response(), type);
  }

  private MethodSpec send() {
    return MethodSpec.methodBuilder("send")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sends a request built by hand and waits for the answer, whose body is given as text: the escape"
            + "\nhatch for any method and path, with the client's credentials and timeout.\n\n"
            + "@param request the request\n@return the answer with its status and headers\n"
            + "@throws $T when the server answers with a status outside 2xx\n"
            + "@throws $T when the request cannot be sent or no answer arrives in time\n", symbols.apiException(),
            UncheckedIOException.class)
        .returns(answer(ClassName.get(String.class)))
        .addParameter(symbols.request(), "request")
        .addStatement("return send(request, $T.identity())", Function.class)
        .build();
  }

  private MethodSpec sendReading() {
    return MethodSpec.methodBuilder("send")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("Sends a request built by hand and waits for the answer, whose body {@code reader} reads, such"
            + "\nas a DTO's {@code fromXml}.\n\n"
            + "@param request the request\n@param reader reads a body that is not empty\n"
            + "@param <T> the type of the body\n@return the answer with its status and headers\n"
            + "@throws $T when the server answers with a status outside 2xx\n"
            + "@throws $T when the request cannot be sent or no answer arrives in time\n", symbols.apiException(),
            UncheckedIOException.class)
        .returns(answer(T))
        .addParameter(symbols.request(), "request")
        .addParameter(READER, "reader")
        .addStatement("return exchange(httpRequest(request), $T.of(), reader)", Map.class)
        .build();
  }

  private MethodSpec sendAsync() {
    return MethodSpec.methodBuilder("sendAsync")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Asynchronous {@link #send($T)}.\n\n@param request the request\n"
            + "@return a future completing with the answer, or exceptionally as {@link #send($T)} throws\n",
            symbols.request(), symbols.request())
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), answer(ClassName.get(String.class))))
        .addParameter(symbols.request(), "request")
        .addStatement("return sendAsync(request, $T.identity())", Function.class)
        .build();
  }

  private MethodSpec sendAsyncReading() {
    return MethodSpec.methodBuilder("sendAsync")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("Asynchronous {@link #send($T, Function)}.\n\n@param request the request\n"
            + "@param reader reads a body that is not empty\n@param <T> the type of the body\n"
            + "@return a future completing with the answer, or exceptionally as {@link #send($T, Function)}"
            + " throws\n", symbols.request(), symbols.request())
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), answer(T)))
        .addParameter(symbols.request(), "request")
        .addParameter(READER, "reader")
        .addStatement("return exchangeAsync(httpRequest(request), $T.of(), reader)", Map.class)
        .build();
  }

  private MethodSpec httpRequest() {
    return MethodSpec.methodBuilder("httpRequest")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("The HTTP request of a request built by hand; its headers replace the client's own.\n")
        .returns(HttpRequest.class)
        .addParameter(symbols.request(), "request")
        .addStatement("$T.Builder http = request(request.path(), request.query())", HttpRequest.class)
        .addStatement("request.headers().forEach(http::setHeader)")
        .addStatement("return http.method(request.method(), request.body() == null"
            + " ? $T.BodyPublishers.noBody()\n: $T.BodyPublishers.ofString(request.body())).build()",
            HttpRequest.class, HttpRequest.class)
        .build();
  }

  private MethodSpec request() {
    return MethodSpec.methodBuilder("request")
        .addJavadoc("A request to {@code path} (encoded) and {@code query} (not encoded, {@code null} values left"
            + " out) on the\nbase URI, with the credentials, the timeout and {@code Accept: application/xml}.\n")
        .returns(HttpRequest.Builder.class)
        .addParameter(String.class, "path")
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, String.class), "query")
        .addStatement("$T.Builder request = $T.newBuilder($T.create(baseUri + path + query(query)))\n"
            + ".timeout(requestTimeout)\n.header($S, $S)", HttpRequest.class, HttpRequest.class, URI.class,
            "Accept", "application/xml")
        .beginControlFlow("if (authorization != null)")
        .addStatement("request.header($S, authorization)", "Authorization")
        .endControlFlow()
        .addStatement("return request")
        .build();
  }

  private MethodSpec exchange() {
    return MethodSpec.methodBuilder("exchange")
        .addJavadoc("Sends {@code request} and waits for the answer; see {@link #read}.\n")
        .addTypeVariable(T)
        .returns(answer(T))
        .addParameter(HttpRequest.class, "request")
        .addParameter(FAILURES, "failures")
        .addParameter(READER, "reader")
        .addStatement("$T response", STRING_RESPONSE)
        .beginControlFlow("try")
        .addStatement("response = http.send(request, $T.BodyHandlers.ofString())", HttpResponse.class)
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T(request.method() + $S + request.uri() + $S + e,$We)", UncheckedIOException.class,
            " ", " failed: ")
        .nextControlFlow("catch ($T e)", InterruptedException.class)
        .addStatement("Thread.currentThread().interrupt()")
        .addStatement("$T interrupted =$Wnew $T(request.method() + $S + request.uri() + $S)",
            InterruptedIOException.class, InterruptedIOException.class, " ", " was interrupted")
        .addStatement("interrupted.initCause(e)")
        .addStatement("throw new $T(interrupted)", UncheckedIOException.class)
        .endControlFlow()
        .addStatement("return read(response, failures, reader)")
        .build();
  }

  private MethodSpec exchangeAsync() {
    return MethodSpec.methodBuilder("exchangeAsync")
        .addJavadoc("Sends {@code request} without waiting for the answer; see {@link #read}.\n")
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), answer(T)))
        .addParameter(HttpRequest.class, "request")
        .addParameter(FAILURES, "failures")
        .addParameter(READER, "reader")
        .addStatement("return http.sendAsync(request, $T.BodyHandlers.ofString())\n"
            + ".thenApply(response -> read(response, failures, reader))", HttpResponse.class)
        .build();
  }

  private MethodSpec read() {
    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("A 2xx answer, its body read by {@code reader} ({@code null} when the body is empty).\n\n")
        .addJavadoc("@param failures the reasons the guide documents for each failure status of the operation\n")
        .addJavadoc("@throws $T for any other status\n", symbols.apiException())
        .addTypeVariable(T)
        .returns(answer(T))
        .addParameter(STRING_RESPONSE, "response")
        .addParameter(FAILURES, "failures")
        .addParameter(READER, "reader")
        .addStatement("int status = response.statusCode()")
        .addStatement("String body = response.body()")
        .beginControlFlow("if (status < 200 || status > 299)");
    CodeBlock arguments = CodeBlock.of("response.request().method(), response.uri(), status,\n"
        + "failures.getOrDefault(status, $T.of()), body", List.class);
    if (symbols.errorBody().isPresent()) {
      arguments = CodeBlock.of("$L, parseErrorBody(body)", arguments);
    }
    return read.addStatement("throw new $T($L)", symbols.apiException(), arguments)
        .endControlFlow()
        .addStatement("return new $T<>(status, response.headers(), body.isBlank() ? null : reader.apply(body), body)",
            symbols.response())
        .build();
  }

  private MethodSpec parseErrorBody(DtoSymbol errorBody) {
    return MethodSpec.methodBuilder("parseErrorBody")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The body as {@link $T}, or {@code null} when it is not such a document.\n",
            errorBody.className())
        .returns(errorBody.className())
        .addParameter(String.class, "body")
        .beginControlFlow("if (body.isBlank())")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return $T.read(body, reader -> reader.getLocalName().equalsIgnoreCase($S)\n? $T.fromXml(reader) : null)",
            symbols.xmlSupport(), errorBody.xmlName(), errorBody.className())
        .nextControlFlow("catch (RuntimeException e)")
        .addComment("not XML (a proxy's page, say): the raw body is all there is")
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  private static MethodSpec pathSegment() {
    return MethodSpec.methodBuilder("pathSegment")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("{@code value} encoded as one path segment: UTF-8, percent-encoded, spaces as {@code %20},"
            + " slashes as\n{@code %2F}, and dot segments encoded so that no server resolves them.\n")
        .returns(String.class)
        .addParameter(String.class, "value")
        .addStatement("String encoded = $T.encode(value, $T.UTF_8).replace($S, $S)", URLEncoder.class,
            StandardCharsets.class, "+", "%20")
        .addStatement("return encoded.equals($S) || encoded.equals($S) ? encoded.replace($S, $S) : encoded", ".",
            "..", ".", "%2E")
        .build();
  }

  private static MethodSpec query() {
    return MethodSpec.methodBuilder("query")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The query string of {@code parameters}, with its {@code ?}; empty when no value is given.\n")
        .returns(String.class)
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, String.class), "parameters")
        .addStatement("String form = form(parameters)")
        .addStatement("return form.isEmpty() ? form : '?' + form")
        .build();
  }

  private static MethodSpec form() {
    return MethodSpec.methodBuilder("form")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("{@code parameters} encoded as {@code application/x-www-form-urlencoded}, {@code null} values"
            + " left out:\na query string without its {@code ?}, or a form body.\n")
        .returns(String.class)
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, String.class), "parameters")
        .addStatement("$T query = new $T($S)", StringJoiner.class, StringJoiner.class, "&")
        .beginControlFlow("for ($T<String, String> parameter : parameters.entrySet())", Map.Entry.class)
        .beginControlFlow("if (parameter.getValue() != null)")
        .addStatement("query.add($T.encode(parameter.getKey(), $T.UTF_8) + '='\n+ $T.encode(parameter.getValue(),"
            + " $T.UTF_8))", URLEncoder.class, StandardCharsets.class, URLEncoder.class, StandardCharsets.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return query.toString()")
        .build();
  }
}
