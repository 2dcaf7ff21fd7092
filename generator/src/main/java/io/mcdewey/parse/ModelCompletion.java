package io.mcdewey.parse;

import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Schema;
import io.mcdewey.parse.payload.SchemaCollector;
import io.mcdewey.parse.payload.SchemaSources;
import io.mcdewey.parse.payload.XmlElement;
import io.mcdewey.parse.payload.XmlFragments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every layout's reading is completed with, from the payloads the guide prints: the sources of schemas (when
 * the layout found none of its own), the schema of each request body, and the body fields an action fixes.
 *
 * <p>A body field is fixed by its action ({@code requestedAction} = {@code HOLD}) when the guide allows it exactly
 * one value, in a closing {@code (HOLD)}, a sentence such as {@code Must be HOLD.} or the value alone, and the
 * action's request example shows that value.
 */
final class ModelCompletion {
  private static final Pattern SINGLE_VALUE = Pattern.compile(
      "(?:(?i:must be|is always|always|set (?:it )?to|fixed to|use)\\s+|^)[`\"']?([A-Z][A-Z0-9_]{1,})[`\"']?\\s*[.)]?\\s*$");

  private ModelCompletion() {}

  static List<Operation> operations(List<Operation> operations) {
    List<Operation> completed = new ArrayList<>();
    for (Operation operation : operations) {
      completed.add(named(complete(operation)));
    }
    return completed;
  }

  /**
   * An untitled operation named by where it is printed renamed by what it does, its method, path and the values it
   * fixes, so that its name survives the next release of the guide; one whose method or path is not visible keeps
   * the name of its place.
   */
  private static Operation named(Operation operation) {
    if (!OperationIds.isByPlace(operation.id()) || operation.method() == null || operation.path() == null) {
      return operation;
    }
    return operation.toBuilder()
        .id(OperationIds.untitled(operation.method(), operation.path(), operation.impliedValues()))
        .build();
  }

  /**
   * The operations with each body naming its schema as the schema is named: the request body's, and the answer's
   * from its first example's root; the guide may spell a root in another case than the element's usual one
   * ({@code <user>} for {@code User}).
   */
  static List<Operation> withSchemaNames(List<Operation> operations, List<Schema> schemas) {
    List<Operation> named = new ArrayList<>();
    for (Operation operation : operations) {
      Operation.Builder builder = operation.toBuilder();
      RequestBody body = operation.requestBody();
      if (body != null && body.schema() != null) {
        builder.requestBody(new RequestBody(body.mediaType(), schemaNamed(body.schema(), schemas)
            .orElse(body.schema()), body.examples()));
      }
      if (operation.responseSchema() == null) {
        operation.examples().stream()
            .filter(example -> example.kind() == Example.Kind.RESPONSE)
            .flatMap(example -> XmlFragments.find(example.content()).stream().limit(1))
            .map(fragment -> schemaNamed(fragment.root().name(), schemas))
            .flatMap(Optional::stream)
            .findFirst()
            .ifPresent(builder::responseSchema);
      }
      named.add(builder.build());
    }
    return named;
  }

  private static Optional<String> schemaNamed(String element, List<Schema> schemas) {
    return schemas.stream().map(Schema::name).filter(name -> name.equalsIgnoreCase(element)).findFirst();
  }

  /** What the operations' payloads show of the guide's schemas. */
  static SchemaSources schemaSources(List<Operation> operations, Profile profile) {
    SchemaCollector collector = new SchemaCollector(profile);
    for (Operation operation : operations) {
      for (Example example : examples(operation)) {
        collector.collect(example.content(), offset -> operation.source());
      }
    }
    return collector.schemas();
  }

  private static List<Example> examples(Operation operation) {
    List<Example> examples = new ArrayList<>();
    if (operation.requestBody() != null) {
      examples.addAll(operation.requestBody().examples());
    }
    examples.addAll(operation.examples());
    return examples;
  }

  private static Operation complete(Operation operation) {
    RequestBody body = operation.requestBody();
    if (body == null || body.examples().isEmpty()) {
      return operation;
    }
    XmlElement root = XmlFragments.find(body.examples().get(0).content()).stream()
        .map(XmlFragments.Fragment::root).findFirst().orElse(null);
    if (root == null) {
      return operation;
    }
    Operation.Builder builder = operation.toBuilder();
    if (body.schema() == null) {
      builder.requestBody(new RequestBody(body.mediaType(), root.name(), body.examples()));
    }
    if (operation.impliedValues().isEmpty()) {
      Map<String, String> exampleValues = new LinkedHashMap<>();
      for (XmlElement element : root.descendantsAndSelf()) {
        if (element.children().isEmpty() && !element.text().isEmpty()) {
          exampleValues.putIfAbsent(element.name(), element.text());
        }
      }
      List<Parameter> parameters = new ArrayList<>();
      for (Parameter parameter : operation.parameters()) {
        String fixed = fixedValue(parameter);
        String example = exampleValues.get(parameter.name());
        if (parameter.location() == ParameterLocation.BODY && fixed != null && fixed.equals(example)) {
          builder.addImpliedValue(new ImpliedValue(parameter.name(), fixed));
          parameters.add(parameter.allowedValues().isEmpty() ? parameter.withAllowedValues(List.of(fixed)) : parameter);
        } else {
          parameters.add(parameter);
        }
      }
      builder.parameters(parameters);
    }
    return builder.build();
  }

  private static String fixedValue(Parameter parameter) {
    if (parameter.allowedValues().size() == 1) {
      return parameter.allowedValues().get(0);
    }
    if (!parameter.allowedValues().isEmpty()) {
      return null;
    }
    Matcher matcher = SINGLE_VALUE.matcher(parameter.description());
    return matcher.find() ? matcher.group(1) : null;
  }
}
