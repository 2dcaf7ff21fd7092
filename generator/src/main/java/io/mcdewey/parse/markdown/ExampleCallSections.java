package io.mcdewey.parse.markdown;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section that only shows a call of an endpoint documented elsewhere, on a host and perhaps under a base path
 * ({@code GET https://www.example.org/shop/api/account} under Aglio's {@code Example URI}, after
 * {@code Retrieve Account GET /account}), or under the base path the guide's endpoints are documented without
 * ({@code GET /api/data/v9.2/cr597_disktabs?$filter=...} for {@code GET /cr597_disktabs}): what it documents — the
 * answers, the examples, the parameters' marks — is that endpoint's, and it is no endpoint of its own. So is a section
 * whose title names the request of an endpoint documented before it among other words ({@code Examples for POST /x}).
 */
final class ExampleCallSections {
  /** A query giving a parameter a value ({@code ?$filter=cr597_antallkurver gt 15}). */
  private static final Pattern QUERY_VALUE = Pattern.compile("[?&][^=&\\s]+=[^&\\s]");

  private ExampleCallSections() {}

  /**
   * The operations, each example call merged into the endpoint it calls: the one just before it, else, where the call
   * shows values ({@code ?$filter=...}, {@code (12345678-...)}), the first one anywhere in the guide.
   */
  static List<Operation> merged(List<Operation> operations) {
    List<Operation> kept = new ArrayList<>();
    List<Operation> calls = new ArrayList<>();
    List<Operation> titledExamples = new ArrayList<>();
    for (Operation operation : operations) {
      Operation before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (before != null && calls(operation, before, false)) {
        kept.set(kept.size() - 1, withWhatItShows(before, operation, true));
      } else if (titleNamesOther(operation, operations)) {
        titledExamples.add(operation);
      } else if (!operation.uriTemplate().contains("{") && documentsOnlyItsCall(operation)
          && operations.stream().anyMatch(other -> other != operation && calls(operation, other, true))) {
        calls.add(operation);
      } else {
        kept.add(operation);
      }
    }
    for (Operation call : calls) {
      int endpoint = indexOfCalled(kept, call);
      if (endpoint < 0) {
        kept.add(call);
      } else {
        kept.set(endpoint, withWhatItShows(kept.get(endpoint), call, true));
      }
    }
    for (Operation example : titledExamples) {
      int endpoint = indexOfEndpoint(kept, example);
      if (endpoint < 0) {
        kept.add(example);
      } else {
        // An example's values name no parameter the endpoint's own section leaves out (its keys, its signature).
        kept.set(endpoint, withWhatItShows(kept.get(endpoint), example, false));
      }
    }
    return kept;
  }

  /**
   * Whether a section's title names its request among words ({@code SIGNED endpoint examples for POST /x}), that of
   * another section, titled otherwise: the section shows that endpoint.
   */
  private static boolean titleNamesOther(Operation operation, List<Operation> operations) {
    int at = operation.title().indexOf(operation.method() + " " + operation.uriTemplate());
    if (at <= 0 || operation.title().substring(0, at).chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return operations.stream().anyMatch(other -> other != operation && !other.title().equals(operation.title())
        && Objects.equals(other.method(), operation.method()) && other.path().equals(operation.path()));
  }

  /** The index of the endpoint of an operation's method and path, or -1. */
  private static int indexOfEndpoint(List<Operation> endpoints, Operation operation) {
    for (int i = 0; i < endpoints.size(); i++) {
      if (Objects.equals(operation.method(), endpoints.get(i).method())
          && operation.path().equals(endpoints.get(i).path())) {
        return i;
      }
    }
    return -1;
  }

  /** The endpoint a call far from it calls: the one of the longest path, the base path the call prints the least. */
  private static int indexOfCalled(List<Operation> endpoints, Operation call) {
    int called = -1;
    for (int i = 0; i < endpoints.size(); i++) {
      if (calls(call, endpoints.get(i), true)
          && (called < 0 || endpoints.get(i).path().length() > endpoints.get(called).path().length())) {
        called = i;
      }
    }
    return called;
  }

  /**
   * Whether an operation documents no parameter but those of the query it prints ({@code $filter} of
   * {@code ?$filter=...}): a section with a table of parameters of its own documents an endpoint.
   */
  private static boolean documentsOnlyItsCall(Operation operation) {
    String query = operation.uriTemplate().indexOf('?') < 0 ? ""
        : operation.uriTemplate().substring(operation.uriTemplate().indexOf('?'));
    return operation.parameters().stream().allMatch(parameter -> query.contains(parameter.name() + "="));
  }

  /**
   * Whether an operation is a call of another's endpoint: of the same method, with no variable of its own, its path
   * the other's with values in the variables' places (a variable's segment may hold words around it,
   * {@code disktabs({id})}), printed on a host where the other is printed without one, perhaps under a base path, or
   * printed under a base path the other is printed without, showing values then: a query's or a variable's.
   *
   * @param showingValues whether the call must show values, as one away from its endpoint must
   */
  static boolean calls(Operation example, Operation endpoint, boolean showingValues) {
    String printed = example.uriTemplate();
    boolean onHost = printed.regionMatches(true, 0, "http", 0, 4);
    // The endpoint is printed as a template, without the host its call names: two requests printed on a host are
    // two endpoints, a path filled with a word (/eml/schema after /eml/{id}) perhaps one of its own.
    if (!Objects.equals(example.method(), endpoint.method())
        || endpoint.uriTemplate().regionMatches(true, 0, "http", 0, 4) || printed.contains("{")) {
      return false;
    }
    String[] shown = example.path().split("/", -1);
    String[] template = endpoint.path().split("/", -1);
    int base = shown.length - template.length;
    String prefix = base <= 0 ? "" : String.join("/", List.of(shown).subList(0, base + 1));
    if (base < 0 || base > 0 && !MarkdownOperations.BASE_PATH.matcher(prefix).matches() || base == 0 && !onHost) {
      return false;
    }
    boolean values = QUERY_VALUE.matcher(printed).find();
    for (int i = 1; i < template.length; i++) {
      String segment = shown[base + i];
      if (!fills(template[i], segment)) {
        return false;
      }
      values |= !segment.equals(template[i]) && ExampleRequests.readsAsValue(filling(template[i], segment));
    }
    return values || onHost && !showingValues;
  }

  /** The value a segment of a call puts in the place of the template segment's variable. */
  private static String filling(String template, String segment) {
    Matcher variable = MarkdownOperations.VARIABLE.matcher(template);
    return variable.find() ? segment.substring(variable.start(), segment.length() - (template.length()
        - variable.end())) : segment;
  }

  /** Whether a segment of a call fills a segment of a template: the same, or a value in each variable's place. */
  private static boolean fills(String template, String segment) {
    Matcher variable = MarkdownOperations.VARIABLE.matcher(template);
    if (!variable.find()) {
      return segment.equals(template);
    }
    String before = template.substring(0, variable.start());
    String after = template.substring(variable.end());
    return after.indexOf('{') < 0 && segment.length() > before.length() + after.length()
        && segment.startsWith(before) && segment.endsWith(after);
  }

  /**
   * The endpoint with the answers, examples and parameters' marks a call of it shows, and the parameters it names
   * that the endpoint does not, if asked.
   */
  private static Operation withWhatItShows(Operation endpoint, Operation example, boolean newParameters) {
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
      if (known < 0 && newParameters) {
        parameters.add(shown);
      } else if (known >= 0 && parameters.get(known).required() == null) {
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
