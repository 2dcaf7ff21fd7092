package io.mcdewey.parse.markdown;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A section that only shows a call of the endpoint documented just before it, on a host and perhaps under a base path
 * ({@code GET https://www.example.org/shop/api/account} under Aglio's {@code Example URI}, after
 * {@code Retrieve Account GET /account}): what it documents — the answers, the examples, the parameters' marks — is
 * that endpoint's, and it is no endpoint of its own.
 */
final class ExampleCallSections {

  private ExampleCallSections() {}

  /** The operations, each example call merged into the endpoint before it that it calls. */
  static List<Operation> merged(List<Operation> operations) {
    List<Operation> kept = new ArrayList<>();
    for (Operation operation : operations) {
      Operation before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (before != null && calls(operation, before)) {
        kept.set(kept.size() - 1, withWhatItShows(before, operation));
      } else {
        kept.add(operation);
      }
    }
    return kept;
  }

  /**
   * Whether an operation is a call of another's endpoint: printed on a host, with no variable of its own, of the same
   * method as the other, which is printed without one, its path the other's with values in the variables' places,
   * perhaps under a base path.
   */
  static boolean calls(Operation example, Operation endpoint) {
    String printed = example.uriTemplate();
    // The endpoint is printed as a template, without the host its call names: two requests printed on a host are
    // two endpoints, a path filled with a word (/eml/schema after /eml/{id}) perhaps one of its own.
    if (!Objects.equals(example.method(), endpoint.method()) || !printed.regionMatches(true, 0, "http", 0, 4)
        || endpoint.uriTemplate().regionMatches(true, 0, "http", 0, 4) || printed.contains("{")) {
      return false;
    }
    String[] shown = example.path().split("/", -1);
    String[] template = endpoint.path().split("/", -1);
    int base = shown.length - template.length;
    String prefix = base <= 0 ? "" : String.join("/", List.of(shown).subList(0, base + 1));
    if (base < 0 || base > 0 && !MarkdownOperations.BASE_PATH.matcher(prefix).matches()) {
      return false;
    }
    for (int i = 1; i < template.length; i++) {
      String segment = shown[base + i];
      boolean variable = MarkdownOperations.VARIABLE.matcher(template[i]).matches();
      if (variable ? segment.isEmpty() : !segment.equals(template[i])) {
        return false;
      }
    }
    return true;
  }

  /** The endpoint with the answers, examples and parameters' marks a call of it shows. */
  private static Operation withWhatItShows(Operation endpoint, Operation example) {
    Operation.Builder builder = endpoint.toBuilder();
    for (Response response : example.responses()) {
      if (endpoint.responses().stream().noneMatch(known -> known.status() == response.status())) {
        builder.addResponse(response);
      }
    }
    example.examples().forEach(builder::addExample);
    List<Parameter> parameters = new ArrayList<>(endpoint.parameters());
    for (Parameter shown : example.parameters()) {
      int known = indexOf(parameters, shown.name());
      if (known < 0) {
        parameters.add(shown);
      } else if (parameters.get(known).required() == null) {
        Parameter template = parameters.get(known);
        parameters.set(known, new Parameter(template.name(), template.location(), shown.required(),
            template.description().isEmpty() ? shown.description() : template.description(),
            template.type().isEmpty() ? shown.type() : template.type(), template.allowedValues(), template.parent()));
      }
    }
    return builder.parameters(parameters).addExtent(example.source()).build();
  }

  private static int indexOf(List<Parameter> parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
