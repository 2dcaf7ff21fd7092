package io.mcdewey.codegen.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.NameScope;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * One group's class ({@code DialogApi}): per operation a synchronous method and an {@code Async} twin returning a
 * {@link CompletableFuture}, each with an overload taking the operation's options when it has any. Both build the
 * request in one private method and send it through the client.
 */
final class GroupApiWriter {
  private static final TypeName FAILURES = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(Integer.class), ParameterizedTypeName.get(List.class, String.class));

  private final SdkSymbols symbols;
  private final TypeSpec.Builder type;
  private final NameScope methods = NameScope.reserving("equals", "hashCode", "toString", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");

  private GroupApiWriter(SdkSymbols symbols, GroupSymbol group) {
    this.symbols = symbols;
    this.type = TypeSpec.classBuilder(group.className())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The operations of the guide's {@code $L} group, reached through {@link $T#$N()}.\n"
            + "Instances are immutable and thread-safe.\n", ClientJavadoc.text(group.group()), symbols.client(),
            group.accessorName())
        .addField(symbols.client(), "client", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(symbols.client(), "client")
            .addStatement("this.client = client")
            .build());
    group.operations().forEach(operation -> methods.claim(operation.methodName()));
  }

  static TypeSpec type(SdkSymbols symbols, GroupSymbol group) {
    GroupApiWriter writer = new GroupApiWriter(symbols, group);
    group.operations().forEach(writer::addOperation);
    return writer.type.build();
  }

  private void addOperation(OperationSymbol operation) {
    String failures = methods.claim(operation.methodName() + "Failures");
    String requestMethod = methods.claim(operation.methodName() + "Request");
    String asyncName = methods.claim(operation.methodName() + "Async");
    String withResponse = methods.claim(operation.methodName() + "WithResponse");
    String withResponseAsync = methods.claim(operation.methodName() + "WithResponseAsync");
    // A method rather than a constant: a static initializer holding every operation's reasons outgrows the JVM's
    // 64 KB limit on a method's code in a group of a few hundred operations.
    type.addMethod(MethodSpec.methodBuilder(failures)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(FAILURES)
        .addStatement("return $L", failures(operation))
        .build());
    GroupApiOptions options = operation.optionsClass() == null ? null : new GroupApiOptions(operation);
    if (options != null) {
      type.addType(options.type());
    }
    List<ParameterSpec> parameters = parameters(operation);
    CodeBlock arguments = parameters.stream().map(p -> CodeBlock.of("$N", p)).collect(CodeBlock.joining(",$W"));
    CodeBlock request = CodeBlock.of("$N($L)", requestMethod, arguments);
    ClientAnswer answered = ClientAnswer.of(operation, symbols);
    CodeBlock reader = answered.reader();
    boolean answers = answered.body() != null;
    TypeName result = answered.result();
    TypeName answer = ParameterizedTypeName.get(symbols.response(), result);
    CodeBlock throwsDoc = CodeBlock.of("@throws $T when the server answers with a status outside 2xx\n"
        + "@throws $T when the request cannot be sent, no answer arrives within the\n"
        + "    request timeout, or the thread is interrupted while waiting\n", symbols.apiException(),
        UncheckedIOException.class);
    CodeBlock futureDoc = CodeBlock.of("    it completes exceptionally with {@link $T} when the server answers with a"
        + " status\n    outside 2xx, or with the {@link $T} that kept the answer from arriving\n",
        symbols.apiException(), IOException.class);

    MethodSpec sync = method(operation, operation.methodName(), parameters)
        .addJavadoc(ClientJavadoc.operation(operation) + "\n")
        .addJavadoc(parameterDocs(operation, true))
        .addJavadoc(answers ? CodeBlock.of("@return the answer's $L, or {@code null} when the answer has no"
            + " body\n", answered.link()) : CodeBlock.of(""))
        .addJavadoc(throwsDoc)
        .addJavadoc(deprecation(operation))
        .returns(answers ? result : TypeName.VOID)
        .addStatement((answers ? "return " : "") + "$N($L)" + (answers ? ".body()" : ""), withResponse, arguments)
        .build();
    MethodSpec async = method(operation, asyncName, parameters)
        .addJavadoc("Asynchronous {@link $L}:\nsends the same request and returns without waiting for the answer."
            + "\n\n", signature(operation.methodName(), parameters))
        .addJavadoc(parameterDocs(operation, true))
        .addJavadoc(answers ? CodeBlock.of("@return a future completing with the answer's $L ({@code null}"
            + " when it has no body);\n", answered.link())
            : CodeBlock.of("@return a future completing with {@code null} when the server accepts the request;\n"))
        .addJavadoc(futureDoc)
        .addJavadoc(deprecation(operation))
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result))
        .addStatement("return $N($L).thenApply($T::body)", withResponseAsync, arguments, symbols.response())
        .build();
    MethodSpec full = method(operation, withResponse, parameters)
        .addJavadoc("{@link $L}, giving the whole answer: its status and headers with its body.\n\n",
            signature(operation.methodName(), parameters))
        .addJavadoc(parameterDocs(operation, true))
        .addJavadoc("@return the answer: status, headers and $L\n", answers
            ? CodeBlock.of("the $L of its body ({@code null} when it has none)", answered.link())
            : CodeBlock.of("the body as received"))
        .addJavadoc(throwsDoc)
        .addJavadoc(deprecation(operation))
        .returns(answer)
        .addStatement("return this.client.exchange($L,$W$N(),$W$L)", request, failures, reader)
        .build();
    MethodSpec fullAsync = method(operation, withResponseAsync, parameters)
        .addJavadoc("Asynchronous {@link $L}.\n\n", signature(withResponse, parameters))
        .addJavadoc(parameterDocs(operation, true))
        .addJavadoc("@return a future completing with the answer: status, headers and body;\n")
        .addJavadoc(futureDoc)
        .addJavadoc(deprecation(operation))
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), answer))
        .addStatement("return this.client.exchangeAsync($L,$W$N(),$W$L)", request, failures, reader)
        .build();
    for (MethodSpec method : List.of(sync, async, full, fullAsync)) {
      type.addMethod(method);
      if (options != null) {
        type.addMethod(withoutOptions(operation, method));
      }
    }
    type.addMethod(requestMethod(operation, requestMethod, parameters, options, answered.accept()));
  }

  /** The arguments, then the options when there are any. */
  private static List<ParameterSpec> parameters(OperationSymbol operation) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (ParameterSymbol argument : operation.arguments()) {
      parameters.add(ParameterSpec.builder(argument.type(), argument.javaName()).build());
    }
    if (operation.optionsClass() != null) {
      parameters.add(ParameterSpec.builder(operation.optionsClass(), "options").build());
    }
    return parameters;
  }

  private static MethodSpec.Builder method(OperationSymbol operation, String name, List<ParameterSpec> parameters) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addParameters(parameters);
    if (operation.operation().deprecated()) {
      method.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
    }
    return method;
  }

  private static CodeBlock parameterDocs(OperationSymbol operation, boolean withOptions) {
    CodeBlock.Builder docs = CodeBlock.builder();
    for (ParameterSymbol argument : operation.arguments()) {
      docs.add("$L", ClientJavadoc.tag("@param " + argument.javaName(), ClientJavadoc.parameter(argument)));
    }
    if (withOptions && operation.optionsClass() != null) {
      docs.add("@param options the optional parameters, see {@link $T}\n", operation.optionsClass());
    }
    return docs.build();
  }

  private static CodeBlock deprecation(OperationSymbol operation) {
    if (!operation.operation().deprecated()) {
      return CodeBlock.of("");
    }
    String note = operation.operation().deprecation().note();
    return CodeBlock.of("$L", ClientJavadoc.tag("@deprecated", note.isBlank() ? "the guide deprecates this operation"
        : ClientJavadoc.text(note)));
  }

  /** {@code #makeCall(String, String, String, MakeCallOptions)}, for a Javadoc link. */
  private static CodeBlock signature(String methodName, List<ParameterSpec> parameters) {
    return CodeBlock.of("#$N($L)", methodName, parameters.stream()
        .map(p -> CodeBlock.of("$T", p.type() instanceof ParameterizedTypeName generic ? generic.rawType() : p.type()))
        .collect(CodeBlock.joining(", ")));
  }

  /** The overload of {@code full} without the options argument. */
  private static MethodSpec withoutOptions(OperationSymbol operation, MethodSpec full) {
    List<ParameterSpec> arguments = full.parameters().subList(0, full.parameters().size() - 1);
    CodeBlock target = signature(full.name(), full.parameters());
    CodeBlock.Builder tags = parameterDocs(operation, false).toBuilder();
    if (!TypeName.VOID.equals(full.returnType())) {
      tags.add("@return what {@link $L} returns\n", target);
    }
    MethodSpec.Builder method = method(operation, full.name(), arguments)
        .addJavadoc("Calls {@link $L}\nwithout options.\n", target)
        .addJavadoc(tags.isEmpty() ? CodeBlock.of("") : CodeBlock.of("\n$L", tags.build()));
    return method.addJavadoc(deprecation(operation))
        .returns(full.returnType())
        .addStatement((TypeName.VOID.equals(full.returnType()) ? "" : "return ") + "$N($L)", full.name(),
            Stream.concat(arguments.stream().map(p -> CodeBlock.of("$N", p)),
                Stream.of(CodeBlock.of("$T.builder().build()", operation.optionsClass())))
                .collect(CodeBlock.joining(",$W")))
        .build();
  }

  /** The documented reasons of each failure status, in guide order: {@code Map.ofEntries(Map.entry(400, ...))}. */
  private static CodeBlock failures(OperationSymbol operation) {
    Map<Integer, List<String>> reasons = new LinkedHashMap<>();
    for (Response response : operation.operation().responses()) {
      if (response.status() / 100 == 2) {
        continue;
      }
      List<String> known = reasons.computeIfAbsent(response.status(), s -> new ArrayList<>());
      String reason = response.reason().isBlank() ? response.description() : response.reason();
      if (!reason.isBlank() && !known.contains(reason)) {
        known.add(reason);
      }
    }
    if (reasons.isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    CodeBlock entries = reasons.entrySet().stream()
        .map(entry -> CodeBlock.of("$T.entry($L, $T.of($L))", Map.class, entry.getKey(), List.class,
            entry.getValue().stream().map(reason -> CodeBlock.of("$S", reason)).collect(CodeBlock.joining(", "))))
        .collect(CodeBlock.joining(",\n"));
    return CodeBlock.builder().add("$T.ofEntries(\n", Map.class).add(entries).add(")").build();
  }

  /** The private method building the request: URI with path and query, headers, and body. */
  private MethodSpec requestMethod(OperationSymbol operation, String name, List<ParameterSpec> parameters,
      GroupApiOptions options, String accept) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .addParameters(parameters)
        .returns(HttpRequest.class);
    NameScope locals = NameScope.reserving(parameters.stream().map(ParameterSpec::name).toArray(String[]::new));
    Map<String, String> pathArguments = new LinkedHashMap<>();
    for (ParameterSymbol argument : operation.arguments()) {
      if (argument.parameter().location() == ParameterLocation.PATH) {
        pathArguments.put(argument.parameter().name(), argument.javaName());
        method.addStatement("$T.requireNonNull($N, $S)", Objects.class, argument.javaName(), argument.javaName());
      }
    }
    if (options != null) {
      method.addStatement("$T.requireNonNull(options, $S)", Objects.class, "options");
    }
    CodeBlock query = query(operation, options, method, locals);
    String form = operation.sendsForm() ? form(operation, options, method, locals) : null;
    String body = null;
    if (operation.requestBody() != null) {
      body = locals.claim("body");
      method.addStatement("$T $N = $L", operation.requestBody().className(), body, bodyExpression(operation, options));
    }
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("this.client.request($L,$W$L)", HttpPathTemplate.expression(operation.operation().path(), pathArguments,
            symbols.client()), query);
    if (body != null) {
      chain.add("\n.header($S, $S)", "Content-Type", ClientRequestBody.contentType(operation));
    } else if (form != null) {
      chain.add("\n.header($S, $S)", "Content-Type", OperationSymbol.FORM);
    }
    if (accept != null) {
      chain.add("\n.setHeader($S, $S)", "Accept", accept);
    }
    List<ParameterSymbol> headers = located(operation, ParameterLocation.HEADER);
    CodeBlock send = form != null
        ? CodeBlock.of("$S, $T.BodyPublishers.ofString($T.form($N))", operation.operation().method(),
            HttpRequest.class, symbols.client(), form)
        : body == null
        ? CodeBlock.of("$S, $T.BodyPublishers.noBody()", operation.operation().method(), HttpRequest.class)
        : CodeBlock.of("$S, $T.BodyPublishers.ofString($N.$L())", operation.operation().method(),
            HttpRequest.class, body, operation.requestBody().json() ? "toJson" : "toXml");
    if (headers.isEmpty()) {
      return method.addStatement("return $L\n.method($L)\n.build()", chain.build(), send).build();
    }
    String request = locals.claim("request");
    method.addStatement("$T.Builder $N = $L", HttpRequest.class, request, chain.build());
    for (ParameterSymbol header : headers) {
      CodeBlock value = valueOf(header, options);
      method.beginControlFlow("if ($L != null)", value)
          .addStatement("$N.setHeader($S, $L)", request, header.parameter().name(), value)
          .endControlFlow();
    }
    return method.addStatement("return $N.method($L).build()", request, send).build();
  }

  /**
   * The query parameters' map: {@code Map.of()} when there are none, else a local the statements added to
   * {@code method} fill.
   */
  private static CodeBlock query(OperationSymbol operation, GroupApiOptions options, MethodSpec.Builder method,
      NameScope locals) {
    List<ParameterSymbol> parameters = located(operation, ParameterLocation.QUERY);
    if (parameters.isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    String query = locals.claim("query");
    method.addStatement("$T<$T, $T> $N = new $T<>()", Map.class, String.class, String.class, query,
        LinkedHashMap.class);
    for (ParameterSymbol parameter : parameters) {
      method.addStatement("$N.put($S, $L)", query, parameter.parameter().name(), valueOf(parameter, options));
    }
    return CodeBlock.of("$N", query);
  }

  /** The form body's fields, filled by the statements added to {@code method}: the body parameters. */
  private static String form(OperationSymbol operation, GroupApiOptions options, MethodSpec.Builder method,
      NameScope locals) {
    String form = locals.claim("form");
    method.addStatement("$T<$T, $T> $N = new $T<>()", Map.class, String.class, String.class, form,
        LinkedHashMap.class);
    for (ParameterSymbol field : located(operation, ParameterLocation.BODY)) {
      method.addStatement("$N.put($S, $L)", form, field.parameter().name(), valueOf(field, options));
    }
    return form;
  }

  private static List<ParameterSymbol> located(OperationSymbol operation, ParameterLocation location) {
    return operation.parameters().stream().filter(p -> p.parameter().location() == location).toList();
  }

  /** The argument itself, or the options' component. */
  private static CodeBlock valueOf(ParameterSymbol parameter, GroupApiOptions options) {
    return options != null && options.component(parameter) != null
        ? CodeBlock.of("options.$N()", options.component(parameter))
        : CodeBlock.of("$N", parameter.javaName());
  }

  /** The request DTO: the whole-body argument when the guide lists no fields, else built from the parameters. */
  private static CodeBlock bodyExpression(OperationSymbol operation, GroupApiOptions options) {
    for (ParameterSymbol argument : operation.arguments()) {
      if (argument.parameter().location() == ParameterLocation.BODY && argument.bodyPath().isEmpty()) {
        return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, argument.javaName(), argument.javaName());
      }
    }
    return ClientRequestBody.expression(operation, parameter -> valueOf(parameter, options));
  }
}
