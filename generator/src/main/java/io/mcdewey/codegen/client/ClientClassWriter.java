package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.NameScope;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.model.Api;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The client's entry class: built once from the server's base URL and credentials, immutable and thread-safe, with
 * an accessor per group, and the HTTP work the groups share ({@link ClientTransportWriter}).
 */
final class ClientClassWriter {
  /** The client's own fields; group fields take other names. */
  private static final String[] FIELDS = {"http", "baseUri", "authorization", "requestTimeout"};
  private static final long DEFAULT_CONNECT_SECONDS = 10;
  private static final long DEFAULT_REQUEST_SECONDS = 30;

  private final SdkSymbols symbols;
  private final ClassName self;
  private final ClassName builder;

  private ClientClassWriter(SdkSymbols symbols) {
    this.symbols = symbols;
    this.self = symbols.client();
    this.builder = self.nestedClass("Builder");
  }

  static TypeSpec type(SdkSymbols symbols) {
    return new ClientClassWriter(symbols).type();
  }

  private TypeSpec type() {
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classJavadoc())
        .addField(FieldSpec.builder(Duration.class, "DEFAULT_CONNECT_TIMEOUT", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("$T.ofSeconds($L)", Duration.class, DEFAULT_CONNECT_SECONDS).build())
        .addField(FieldSpec.builder(Duration.class, "DEFAULT_REQUEST_TIMEOUT", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("$T.ofSeconds($L)", Duration.class, DEFAULT_REQUEST_SECONDS).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(Function.class, String.class, Void.class), "NO_BODY",
                Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Reads the answer of an operation that documents no response body.\n")
            .initializer("answer -> null")
            .build())
        .addField(HttpClient.class, "http", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(String.class, "baseUri", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The base URI without a trailing slash.\n").build())
        .addField(FieldSpec.builder(String.class, "authorization", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The {@code Authorization} header's value, or {@code null} to send none.\n").build())
        .addField(Duration.class, "requestTimeout", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(HttpClient.class, "http")
        .addParameter(String.class, "baseUri")
        .addParameter(String.class, "authorization")
        .addParameter(Duration.class, "requestTimeout")
        .addStatement("this.http = http")
        .addStatement("this.baseUri = baseUri")
        .addStatement("this.authorization = authorization")
        .addStatement("this.requestTimeout = requestTimeout");
    NameScope fields = NameScope.reserving(FIELDS);
    List<MethodSpec> accessors = new ArrayList<>();
    for (GroupSymbol group : symbols.groups()) {
      String field = fields.claim(group.accessorName());
      type.addField(group.className(), field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(this)", field, group.className());
      accessors.add(MethodSpec.methodBuilder(group.accessorName())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("The operations of the guide's {@code $L} group.\n\n@return the group's operations\n",
              ClientJavadoc.text(group.group()))
          .returns(group.className())
          .addStatement("return $N", field)
          .build());
    }
    type.addMethod(constructor.build())
        .addMethod(builderFromText())
        .addMethod(builderFromUri())
        .addMethods(accessors);
    return type.addMethods(ClientTransportWriter.methods(symbols))
        .addType(builderType())
        .build();
  }

  private CodeBlock classJavadoc() {
    Api api = symbols.api();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The client of $L.\n\n", api.title().isBlank() ? "the API" : ClientJavadoc.text(api.title()))
        .add("<p>Build one per server and credentials and share it: instances are immutable and thread-safe.\n")
        .add("<pre>{@code\n")
        .add("$T client = $T.builder($S)\n", self, self, exampleBaseUri(api))
        .add("    .basicAuth(\"user\", \"password\")\n")
        .add("    .build();\n")
        .add("}</pre>\n\n")
        .add(baseUriDoc(api));
    return doc.add("<p>An answer with a status outside 2xx raises {@link $T};\n", symbols.apiException())
        .add("a request that cannot be sent or whose answer does not arrive in time raises {@link $T}.\n",
            UncheckedIOException.class)
        .build();
  }

  /** What the guide says of the base URL, for the class and builder Javadoc. */
  private static CodeBlock baseUriDoc(Api api) {
    if (api.baseUri().isEmpty()) {
      return CodeBlock.of("<p>The base URL is the server's URL, such as {@code https://api.example.com}.\n\n");
    }
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("<p>The base URL is the server's URL. The guide writes it as <code>$L</code>",
            ClientJavadoc.text(api.baseUri()));
    List<String> variables = api.serverVariables();
    if (!variables.isEmpty()) {
      doc.add(";\nreplace $L with your server's $L",
          String.join(" and ", variables.stream().map(v -> "<code>" + ClientJavadoc.text(v) + "</code>").toList()),
          variables.size() == 1 ? "value" : "values");
    }
    return doc.add(".\n\n").build();
  }

  /** The guide's base URI with its variables filled with example values. */
  private static String exampleBaseUri(Api api) {
    String template = api.baseUri().isEmpty() ? "https://api.example.com" : api.baseUri();
    return template.replaceAll("\\{[^{}]*}", "server.example.com");
  }

  private MethodSpec builderFromText() {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A builder for a client of the server at {@code baseUri}.\n\n")
        .addJavadoc(baseUriDoc(symbols.api()))
        .addJavadoc("@param baseUri the server's base URL, {@code http} or {@code https}, without query\n")
        .addJavadoc("@return the builder\n")
        .addJavadoc("@throws IllegalArgumentException when {@code baseUri} is not such a URL\n")
        .returns(builder)
        .addParameter(String.class, "baseUri")
        .addStatement("$T.requireNonNull(baseUri, $S)", Objects.class, "baseUri")
        .addStatement("$T uri", URI.class)
        .beginControlFlow("try")
        .addStatement("uri = $T.create(baseUri)", URI.class)
        .nextControlFlow("catch (IllegalArgumentException e)")
        .addStatement("throw new IllegalArgumentException($S + baseUri\n+ $S, e)", "not a URL: ",
            "; fill in the variables of the guide's template")
        .endControlFlow()
        .addStatement("return builder(uri)")
        .build();
  }

  private MethodSpec builderFromUri() {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A builder for a client of the server at {@code baseUri}; see {@link #builder(String)}.\n\n")
        .addJavadoc("@param baseUri the server's base URL, {@code http} or {@code https}, without query\n")
        .addJavadoc("@return the builder\n")
        .addJavadoc("@throws IllegalArgumentException when {@code baseUri} is not such a URL\n")
        .returns(builder)
        .addParameter(URI.class, "baseUri")
        .addStatement("return new $T(baseUri)", builder)
        .build();
  }

  private TypeSpec builderType() {
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The settings of a {@link $T}. Not thread-safe; the client it builds is.\n", self)
        .addField(String.class, "baseUri", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "authorization", Modifier.PRIVATE)
        .addField(Duration.class, "connectTimeout", Modifier.PRIVATE)
        .addField(FieldSpec.builder(Duration.class, "requestTimeout", Modifier.PRIVATE)
            .initializer("DEFAULT_REQUEST_TIMEOUT").build())
        .addField(HttpClient.class, "httpClient", Modifier.PRIVATE)
        .addField(Executor.class, "executor", Modifier.PRIVATE)
        .addMethod(builderConstructor())
        .addMethod(setter("basicAuth", "Authenticates with HTTP Basic; replaces a bearer token set before.")
            .addJavadoc("@param user the user name\n@param password the password\n@return this builder\n")
            .addParameter(String.class, "user")
            .addParameter(String.class, "password")
            .addStatement("$T.requireNonNull(user, $S)", Objects.class, "user")
            .addStatement("$T.requireNonNull(password, $S)", Objects.class, "password")
            .addStatement("this.authorization = $S + $T.getEncoder()\n.encodeToString((user + ':' + password)"
                + ".getBytes($T.UTF_8))", "Basic ", Base64.class, StandardCharsets.class)
            .addStatement("return this")
            .build())
        .addMethod(setter("bearerToken", "Authenticates with a bearer token ({@code Authorization: Bearer token});"
                + " replaces Basic\ncredentials set before.")
            .addJavadoc("@param token the token\n@return this builder\n")
            .addParameter(String.class, "token")
            .addStatement("this.authorization = $S + $T.requireNonNull(token, $S)", "Bearer ", Objects.class,
                "token")
            .addStatement("return this")
            .build())
        .addMethod(timeoutSetter("connectTimeout", "How long to wait for a connection; $L seconds unless set."
            + " Applies to the HTTP client\nthis builder creates, so it cannot be combined with {@link #httpClient}.",
            DEFAULT_CONNECT_SECONDS))
        .addMethod(timeoutSetter("requestTimeout", "How long to wait for each answer; $L seconds unless set. A"
            + " request that times out\nraises {@link $T} caused by {@link $T}.", DEFAULT_REQUEST_SECONDS,
            UncheckedIOException.class, HttpTimeoutException.class))
        .addMethod(setter("httpClient", "Sends through {@code client} instead of a client of its own, to share"
                + " connections or set\nTLS, proxy or redirect policy; set the connect timeout and executor on it.")
            .addJavadoc("@param client the HTTP client\n@return this builder\n")
            .addParameter(HttpClient.class, "client")
            .addStatement("this.httpClient = $T.requireNonNull(client, $S)", Objects.class, "client")
            .addStatement("return this")
            .build())
        .addMethod(setter("executor", "Runs the asynchronous calls' work on {@code executor}; the HTTP client's"
                + " default otherwise.\nApplies to the HTTP client this builder creates, so it cannot be combined"
                + " with {@link #httpClient}.")
            .addJavadoc("@param executor the executor\n@return this builder\n")
            .addParameter(Executor.class, "executor")
            .addStatement("this.executor = $T.requireNonNull(executor, $S)", Objects.class, "executor")
            .addStatement("return this")
            .build())
        .addMethod(build())
        .addMethod(positive())
        .build();
  }

  /** A public method of the builder returning the builder, with the first paragraph of its Javadoc. */
  private MethodSpec.Builder setter(String name, String javadoc, Object... arguments) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(javadoc + "\n\n", arguments)
        .returns(builder);
  }

  private MethodSpec timeoutSetter(String name, String javadoc, Object... arguments) {
    return setter(name, javadoc, arguments)
        .addJavadoc("@param timeout a positive duration\n@return this builder\n")
        .addParameter(Duration.class, "timeout")
        .addStatement("this.$N = positive(timeout)", name)
        .addStatement("return this")
        .build();
  }

  private MethodSpec builderConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(URI.class, "baseUri")
        .addStatement("$T.requireNonNull(baseUri, $S)", Objects.class, "baseUri")
        .addStatement("String scheme = baseUri.getScheme() == null ? $S : baseUri.getScheme().toLowerCase($T.ROOT)",
            "", Locale.class)
        .addStatement("boolean web = scheme.equals($S) || scheme.equals($S)", "http", "https")
        .beginControlFlow("if (!web || baseUri.getHost() == null || baseUri.getRawQuery() != null\n$>$>"
            + "|| baseUri.getRawFragment() != null$<$<)")
        .addStatement("throw new IllegalArgumentException(\n$S + baseUri)",
            "the base URI must be an http or https URL with a host and without query or fragment: ")
        .endControlFlow()
        .addStatement("String text = baseUri.toString()")
        .addStatement("this.baseUri = text.endsWith($S) ? text.substring(0, text.length() - 1) : text", "/")
        .build();
  }

  private MethodSpec build() {
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The client.\n\n@return the client\n")
        .addJavadoc("@throws IllegalStateException when an HTTP client is given together with a connect timeout or"
            + " an executor\n")
        .returns(self)
        .addStatement("$T http = httpClient", HttpClient.class)
        .beginControlFlow("if (http == null)")
        .addStatement("$T.Builder client = $T.newBuilder()\n.connectTimeout(connectTimeout == null ?"
            + " DEFAULT_CONNECT_TIMEOUT : connectTimeout)", HttpClient.class, HttpClient.class)
        .beginControlFlow("if (executor != null)")
        .addStatement("client.executor(executor)")
        .endControlFlow()
        .addStatement("http = client.build()")
        .nextControlFlow("else if (connectTimeout != null || executor != null)")
        .addStatement("throw new IllegalStateException(\n$S)",
            "the connect timeout and executor of a given HTTP client are set on that client")
        .endControlFlow()
        .addStatement("return new $T(http, baseUri, authorization, requestTimeout)", self)
        .build();
  }

  private static MethodSpec positive() {
    return MethodSpec.methodBuilder("positive")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Duration.class)
        .addParameter(Duration.class, "timeout")
        .beginControlFlow("if (timeout.isNegative() || timeout.isZero())")
        .addStatement("throw new IllegalArgumentException($S + timeout)", "a timeout must be positive: ")
        .endControlFlow()
        .addStatement("return timeout")
        .build();
  }
}
