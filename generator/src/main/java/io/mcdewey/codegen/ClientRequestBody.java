package io.mcdewey.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The expression building an operation's request body: the request DTO's builder with the implied values and the
 * body parameters, each placed by its body path, nested DTOs built with their own builders. A nested DTO that only
 * optional values would fill is left out when none of them is given, so that no empty element is sent; a nested
 * DTO inside a list component becomes a list of that one item.
 */
final class ClientRequestBody {
  private static final String XML = "application/xml";
  private final Node root = new Node();

  /** Where one value goes: its path of components and the expression giving it. */
  private static final class Node {
    private final Map<PropertySymbol, Node> children = new LinkedHashMap<>();
    private CodeBlock value;
    private boolean optional;
  }

  private ClientRequestBody() {}

  /**
   * The body of {@code operation}, which must send a request DTO.
   *
   * @param valueOf the expression giving a parameter's value: the argument, or the options' accessor
   */
  static CodeBlock expression(OperationSymbol operation, Function<ParameterSymbol, CodeBlock> valueOf) {
    ClientRequestBody body = new ClientRequestBody();
    for (OperationSymbol.Implied implied : operation.implied()) {
      impliedValue(implied.property(), implied.value().value())
          .ifPresent(value -> body.place(List.of(implied.property()), value, false));
    }
    for (ParameterSymbol parameter : operation.parameters()) {
      if (!parameter.bodyPath().isEmpty()) {
        body.place(parameter.bodyPath(), valueOf.apply(parameter), operation.options().contains(parameter));
      }
    }
    return build(operation.requestBody().className(), body.root, false);
  }

  /**
   * The {@code Content-Type} of the body: the guide's media type when it is an XML one, as the DTOs write XML;
   * {@value #XML} when the guide gives none or another.
   */
  static String contentType(OperationSymbol operation) {
    String documented = documentedMediaType(operation);
    return documented.contains("xml") ? documented : XML;
  }

  /** The media type the guide gives the body, in lower case; empty when it gives none. */
  static String documentedMediaType(OperationSymbol operation) {
    return operation.operation().requestBody() == null ? ""
        : operation.operation().requestBody().mediaType().strip().toLowerCase(Locale.ROOT);
  }

  private void place(List<PropertySymbol> path, CodeBlock value, boolean optional) {
    Node node = root;
    for (PropertySymbol property : path) {
      node = node.children.computeIfAbsent(property, p -> new Node());
    }
    node.value = value;
    node.optional = optional;
  }

  /**
   * The Java literal of an implied wire value for {@code property}; none for a nested object, which a single wire
   * value cannot fill.
   */
  private static Optional<CodeBlock> impliedValue(PropertySymbol property, String wireValue) {
    CodeBlock value = switch (property.kind()) {
      case STRING -> CodeBlock.of("$S", wireValue);
      case BOOLEAN -> CodeBlock.of("$T.valueOf($S)", Boolean.class, wireValue);
      case ENUM -> CodeBlock.of("$T.fromValue($S)", property.valueType(), wireValue);
      case OBJECT -> null;
    };
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(property.repeated() ? CodeBlock.of("$T.of($L)", List.class, value) : value);
  }

  /**
   * {@code Dto.builder().a(...).build()}, one setter a line; a nested builder is indented below its setter, the
   * root's lines are indented as the statement's continuation.
   */
  private static CodeBlock build(TypeName type, Node node, boolean nested) {
    CodeBlock.Builder setters = CodeBlock.builder();
    node.children.forEach((property, child) -> setters.add("\n.$N($L)", property.fieldName(),
        valueOf(property, child)));
    setters.add("\n.build()");
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", type);
    return nested ? code.indent().add(setters.build()).unindent().build() : code.add(setters.build()).build();
  }

  private static CodeBlock valueOf(PropertySymbol property, Node node) {
    if (node.children.isEmpty()) {
      return node.value;
    }
    CodeBlock nested = build(property.valueType(), node, true);
    if (property.repeated()) {
      nested = CodeBlock.of("$T.of($L)", List.class, nested);
    }
    List<CodeBlock> given = new ArrayList<>();
    if (allOptional(node, given)) {
      return CodeBlock.builder().add("$L", CodeBlock.join(given, " || ")).indent()
          .add("\n? $L\n: null", nested).unindent().build();
    }
    return nested;
  }

  /** Whether every value below {@code node} is optional, collecting their "is given" tests. */
  private static boolean allOptional(Node node, List<CodeBlock> given) {
    if (node.children.isEmpty()) {
      given.add(CodeBlock.of("$L != null", node.value));
      return node.optional;
    }
    boolean optional = true;
    for (Node child : node.children.values()) {
      optional &= allOptional(child, given);
    }
    return optional;
  }
}
