package io.mcdewey.server;

import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.Names;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.GuideId;
import io.mcdewey.search.LibraryGuide;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Java call of one operation through the SDK that {@code mcdewey generate} writes for its guide: names come from
 * the SDK's symbol provider, so the snippet matches the generated client.
 */
final class ClientSnippet {
  private final Map<GuideId, SdkSymbols> symbols = new ConcurrentHashMap<>();

  /** The call, or why the SDK has none for this operation. */
  String of(Endpoint endpoint) {
    LibraryGuide guide = endpoint.guide();
    SdkSymbols sdk = symbols.computeIfAbsent(guide.id(), id -> SdkSymbols.of(guide.api(), basePackage(id)));
    Optional<OperationSymbol> found = Optional.empty();
    GroupSymbol group = null;
    for (GroupSymbol candidate : sdk.groups()) {
      found = candidate.operations().stream().filter(o -> o.operation().id().equals(endpoint.operation().id()))
          .findFirst();
      if (found.isPresent()) {
        group = candidate;
        break;
      }
    }
    if (found.isEmpty()) {
      String reason = sdk.omissions().stream().filter(o -> o.startsWith(endpoint.label() + ":")).findFirst()
          .orElse(endpoint.label() + ": not part of the generated SDK");
      return "// " + reason + "\n";
    }
    return call(sdk, group, found.get());
  }

  private static String call(SdkSymbols sdk, GroupSymbol group, OperationSymbol operation) {
    String client = sdk.client().simpleName();
    StringBuilder code = new StringBuilder();
    code.append("// the SDK of: mcdewey generate <guide> --package ").append(sdk.basePackage()).append(" -o <dir>\n")
        .append(client).append(" client = ").append(client).append(".builder(\"")
        .append(exampleBaseUri(sdk.api().baseUri())).append("\")\n")
        .append("    .basicAuth(user, password)\n")
        .append("    .build();\n");
    for (ParameterSymbol argument : operation.arguments()) {
      code.append("// ").append(argument.javaName()).append(": ").append(describe(argument)).append('\n');
    }
    String arguments = operation.arguments().stream().map(ParameterSymbol::javaName)
        .collect(Collectors.joining(", "));
    code.append("client.").append(group.accessorName()).append("().").append(operation.methodName())
        .append('(').append(arguments).append(");\n");
    if (operation.optionsClass() != null) {
      String firstOption = operation.options().get(0).javaName();
      code.append("// with options (").append(operation.options().stream().map(ParameterSymbol::javaName)
          .collect(Collectors.joining(", "))).append("):\n")
          .append("client.").append(group.accessorName()).append("().").append(operation.methodName()).append('(')
          .append(arguments).append(arguments.isEmpty() ? "" : ", ")
          .append(group.className().simpleName()).append('.').append(operation.optionsClass().simpleName())
          .append(".builder().").append(firstOption).append('(').append(firstOption).append(").build());\n");
    }
    return code.toString();
  }

  /** The guide's base URI with its variables filled in by an example host, as the generated README shows it. */
  private static String exampleBaseUri(String template) {
    String uri = template.isEmpty() ? "https://api.example.com" : template;
    return uri.replaceAll("\\{[^{}]*}", "server.example.com");
  }

  private static String describe(ParameterSymbol argument) {
    String type = argument.type().toString();
    String simpleType = type.substring(type.lastIndexOf('.') + 1);
    String description = argument.parameter().description().strip();
    return simpleType + ", " + argument.parameter().location().name().toLowerCase(Locale.ROOT)
        + (description.isEmpty() ? "" : ", " + firstSentence(description));
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    String sentence = end > 0 ? text.substring(0, end + 1) : text;
    return sentence.length() > 100 ? sentence.substring(0, 97) + "..." : sentence;
  }

  /** {@code com.example.<product>}, the package the snippet assumes the SDK was generated into. */
  static String basePackage(GuideId guide) {
    String name = (guide.product().isEmpty() ? guide.document() : guide.product()).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
    String candidate = "com.example." + name;
    return Names.isPackageName(candidate) ? candidate : "com.example.api";
  }
}
