package io.mcdewey.parse.markdown.request;

import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.UriTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells an example request from an endpoint of its own: a request that fills an endpoint's URI template with values
 * shows that endpoint, as generated reference pages print the request their test made under the endpoint's template.
 * It fills each path variable with a value ({@code GET /kennels/3f2a9c1e-77b1/dogs} for {@code GET
 * /kennels/{kennel_id}/dogs}) and gives a value to each query parameter it adds ({@code ?include=dogs}). A value in a
 * path is an id (a number, a UUID, a long run of letters and digits): a word in the place of a variable
 * ({@code /users/me}, {@code /auth/2fa}) may be an endpoint of its own, and stays one; so does a query parameter
 * printed without a value ({@code ?breed=}),
 * which documents the parameter rather than showing one.
 */
public final class ExampleRequests {
  /** A path segment that is a variable and nothing else ({@code {username}}). */
  private static final Pattern VARIABLE_SEGMENT = Pattern.compile("\\{[^{}/]+}");
  private static final Pattern VARIABLE = Pattern.compile("^\\{[^{}]+}$");
  /** A placeholder standing for a whole path ({@code ENDPOINT}, {@code <path>}, {@code {resource_path}}). */
  private static final Pattern STAND_IN =
      Pattern.compile("(?i)^[{<]?[\\w-]*(?:endpoint|path|route|resource|uri|url)[\\w-]*[}>]?$");
  /** An id: a number, a UUID, or a run of eight or more letters and digits holding a digit. */
  private static final Pattern VALUE =
      Pattern.compile("^(?:\\d+|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|(?=[^/]*\\d)[\\w-]{8,})$");

  private ExampleRequests() {}

  /**
   * Whether {@code example} fills the URI template of {@code template} with values: its path fills the template's
   * variables, and it differs from the template in filled variables or in a query whose every parameter has a value
   * where the template's has none.
   */
  public static boolean instantiates(UriTemplate template, UriTemplate example) {
    boolean sameQuery = names(query(template)).equals(names(query(example)));
    // A query of the same names is filled where the template leaves its values to fill ({@code ?q={term}}, ?q=Max).
    boolean queryFilled = fillsQuery(example) && (!sameQuery || !fillsQuery(template));
    if (!sameQuery && !queryFilled) {
      return false;
    }
    int filledVariables = filledVariables(template.path(), example.path());
    return filledVariables > 0 || filledVariables == 0 && queryFilled;
  }

  /**
   * Whether an example's path is a request's with a value in the place of each variable, any word ({@code lisa42}),
   * not only what looks like an id: where the request's own section shows it, a word there is a value.
   */
  public static boolean fillsVariables(String requestUri, String exampleUri) {
    return fills(requestUri, exampleUri, value -> true);
  }

  /**
   * Whether an example's path is a request's with a value in each variable's place that reads as one rather than as a
   * route's word: it holds a digit, a dot or a capital after its first letter ({@code c1}, {@code external.db},
   * {@code anIncidentId}), where {@code me}, {@code bulk} or {@code search} may name routes of their own.
   */
  public static boolean fillsVariablesWithValues(String requestUri, String exampleUri) {
    return fills(requestUri, exampleUri, ExampleRequests::readsAsValue);
  }

  /** Whether the example's path is the request's with a segment the test takes in each variable's place. */
  private static boolean fills(String requestUri, String exampleUri, Predicate<String> value) {
    UriTemplate template = UriTemplate.parse(requestUri);
    UriTemplate shown = UriTemplate.parse(exampleUri);
    if (template == null || shown == null || template.path().equals(shown.path())) {
      return false;
    }
    String[] variables = template.path().split("/", -1);
    String[] values = shown.path().split("/", -1);
    if (variables.length != values.length) {
      return false;
    }
    for (int i = 0; i < variables.length; i++) {
      if (!variables[i].equals(values[i])
          && (!VARIABLE_SEGMENT.matcher(variables[i]).matches() || !value.test(values[i]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a segment in a variable's place reads as a value rather than as a route's word: it holds a digit, a dot
   * or a capital after its first letter, or is an id.
   */
  public static boolean readsAsValue(String segment) {
    return isValue(segment) || segment.chars().anyMatch(c -> Character.isDigit(c) || c == '.')
        || segment.length() > 1 && segment.substring(1).chars().anyMatch(Character::isUpperCase);
  }

  /** Whether a path segment is an id: a number, a UUID, or a run of eight or more letters and digits with a digit. */
  public static boolean isValue(String segment) {
    return VALUE.matcher(segment).matches();
  }

  /** Whether a request's path holds an example value in a segment ({@code /todos/42}), as an exchange does. */
  public static boolean showsValues(List<MarkdownRequest> requests) {
    return requests.stream().map(request -> UriTemplate.parse(request.uri())).filter(Objects::nonNull)
        .anyMatch(uri -> {
          String[] segments = uri.path().split("/");
          for (int i = 0; i < segments.length; i++) {
            // A number right after the API's own segment is its version ({@code /api/3/events}), not an id.
            boolean version = i > 0 && i + 1 < segments.length && segments[i - 1].equalsIgnoreCase("api")
                && segments[i].length() <= 2;
            if (isValue(segments[i]) && !version) {
              return true;
            }
          }
          return false;
        });
  }

  /**
   * Whether a request's path is a stand-in for any endpoint ({@code http://host:8123/ENDPOINT}, {@code /<path>}): one
   * placeholder naming a path, so the request shows how to call, not what; {@code /BUCKET_NAME} is a resource.
   */
  public static boolean standsForAnyEndpoint(MarkdownRequest request) {
    UriTemplate uri = UriTemplate.parse(request.uri());
    if (uri == null) {
      return false;
    }
    String[] segments = uri.path().substring(uri.path().startsWith("/") ? 1 : 0).split("/");
    String only = segments[0];
    boolean placeholder = VARIABLE.matcher(only).matches() || only.equals(only.toUpperCase(Locale.ROOT));
    return segments.length == 1 && placeholder && STAND_IN.matcher(only).matches();
  }

  /**
   * The endpoint among those a guide prints whose template an example request's path fills with values
   * ({@code GET /dogs/1} for {@code GET /dogs/{dogId}}), with the example's query names; empty when none does.
   */
  public static Optional<MarkdownRequest> templateOf(MarkdownRequest example, List<MarkdownRequest> printed) {
    UriTemplate filled = UriTemplate.parse(example.uri());
    if (filled == null) {
      return Optional.empty();
    }
    return printed.stream().filter(request -> request.method().equals(example.method()))
        .filter(request -> {
          UriTemplate template = UriTemplate.parse(request.uri());
          return template != null && filledVariables(template.path(), filled.path()) > 0;
        })
        .findFirst()
        .map(request -> example.withUri(MarkdownExampleUris.withQueryNamesOf(request.uri(), example.uri())));
  }

  /**
   * How many of a path template's variables a path fills with values; -1 when the path does not fit the template
   * (another literal segment, a word in a variable's place, another length).
   */
  private static int filledVariables(String templatePath, String path) {
    String[] variables = templatePath.split("/", -1);
    String[] values = path.split("/", -1);
    if (variables.length != values.length) {
      return -1;
    }
    int filled = 0;
    for (int i = 0; i < variables.length; i++) {
      if (variables[i].equals(values[i])) {
        continue;
      }
      if (!VARIABLE.matcher(variables[i]).matches() || !VALUE.matcher(values[i]).matches()) {
        return -1;
      }
      filled++;
    }
    return filled;
  }

  private static List<String> names(List<Parameter> parameters) {
    return parameters.stream().map(Parameter::name).toList();
  }

  /** Whether a URI gives each of its query parameters a value ({@code ?ids=1,2}), as a call rather than a template. */
  public static boolean fillsQuery(UriTemplate uri) {
    List<Parameter> query = uri == null ? List.of() : query(uri);
    return !query.isEmpty() && query.stream().allMatch(p -> !p.allowedValues().isEmpty());
  }

  private static List<Parameter> query(UriTemplate uri) {
    return uri.parameters().stream().filter(p -> p.location() == ParameterLocation.QUERY).toList();
  }
}
