package io.mcdewey.codegen.client;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.EnumSymbol;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.PropertySymbol;
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

  private final Node root = new Node(null);

  /** A component of the body: set from a value, or built from the components nested in it. */
  private static final class Node {
    private final Map<PropertySymbol, Node> children = new LinkedHashMap<>();
    private String setter;
    private CodeBlock value;
    private boolean optional;

    Node(String setter) {
      this.setter = setter;
    }
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
      body.placeImplied(operation.requestBody(), implied.property(), implied.value().value());
    }
    for (ParameterSymbol parameter : operation.parameters()) {
      if (!parameter.bodyPath().isEmpty()) {
        body.place(parameter.bodyPath(), valueOf.apply(parameter), operation.isOption(parameter));
      }
    }
    return build(operation.requestBody().className(), body.root, false);
  }

  /**
   * The {@code Content-Type} of the body: {@code application/json} for a JSON DTO; for an XML one the guide's media
   * type when it is an XML one, {@value #XML} when the guide gives none or another.
   */
  static String contentType(OperationSymbol operation) {
    if (operation.requestBody().json()) {
      return "application/json";
    }
    String documented = documentedMediaType(operation);
    return documented.contains("xml") ? documented : XML;
  }

  /** The media type the guide gives the body, in lower case; empty when it gives none. */
  static String documentedMediaType(OperationSymbol operation) {
    return operation.operation().requestBody() == null ? ""
        : operation.operation().requestBody().mediaType().strip().toLowerCase(Locale.ROOT);
  }

  private Node place(List<PropertySymbol> path, CodeBlock value, boolean optional) {
    Node node = root;
    for (PropertySymbol property : path) {
      node = node.children.computeIfAbsent(property, p -> new Node(p.fieldName()));
    }
    node.value = value;
    node.optional = optional;
    return node;
  }

  /**
   * Sets the implied {@code wireValue} of a component of the request's root. An enum takes the constant naming the
   * value; a value the enum does not name goes to the DTO's wire component as text, as the constant standing for
   * unknown values has no text to write. A nested object cannot be filled from one value and is left alone.
   */
  private void placeImplied(DtoSymbol request, PropertySymbol property, String wireValue) {
    Optional<EnumSymbol.Constant> constant = property.kind() != PropertySymbol.Kind.ENUM ? Optional.empty()
        : property.enumSymbol().constants().stream().filter(c -> c.wireValue().equals(wireValue)).findFirst();
    CodeBlock value = switch (property.kind()) {
      case STRING -> CodeBlock.of("$S", wireValue);
      case BOOLEAN, INTEGER, LONG -> CodeBlock.of("$T.valueOf($S)", property.valueType(), wireValue);
      case INSTANT -> CodeBlock.of("$T.parse($S)", property.valueType(), wireValue);
      case ENUM -> constant.map(c -> CodeBlock.of("$T.$N", property.valueType(), c.javaName()))
          .orElse(CodeBlock.of("$S", wireValue));
      case OBJECT -> null;
    };
    if (value == null) {
      return;
    }
    Node node = place(List.of(property), property.repeated() ? CodeBlock.of("$T.of($L)", List.class, value) : value,
        false);
    if (property.kind() == PropertySymbol.Kind.ENUM && constant.isEmpty()) {
      node.setter = DtoProperty.of(request).stream().filter(p -> p.symbol().equals(property)).findFirst()
          .orElseThrow().wireField();
    }
  }

  /**
   * {@code Dto.builder().a(...).build()}, one setter a line; a nested builder is indented below its setter, the
   * root's lines are indented as the statement's continuation.
   */
  private static CodeBlock build(TypeName type, Node node, boolean nested) {
    CodeBlock.Builder setters = CodeBlock.builder();
    node.children.forEach((property, child) -> setters.add("\n.$N($L)", child.setter, valueOf(property, child)));
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
