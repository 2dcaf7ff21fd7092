package io.mcdewey.parse.markdown;

import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.UriTemplate;
import java.util.List;
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
final class ExampleRequests {
  private static final Pattern VARIABLE = Pattern.compile("^\\{[^{}]+}$");
  /** An id: a number, a UUID, or a run of eight or more letters and digits holding a digit. */
  private static final Pattern VALUE =
      Pattern.compile("^(?:\\d+|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|(?=[^/]*\\d)[\\w-]{8,})$");

  private ExampleRequests() {}

  /** Whether {@code example} fills the URI template of {@code template} with values. */
  static boolean instantiates(UriTemplate template, UriTemplate example) {
    List<Parameter> templateQuery = query(template);
    List<Parameter> exampleQuery = query(example);
    boolean sameQuery = templateQuery.stream().map(Parameter::name).toList()
        .equals(exampleQuery.stream().map(Parameter::name).toList());
    if (!sameQuery && !fillsQuery(example)) {
      return false;
    }
    String[] variables = template.path().split("/", -1);
    String[] values = example.path().split("/", -1);
    if (variables.length != values.length) {
      return false;
    }
    boolean filled = !sameQuery;
    for (int i = 0; i < variables.length; i++) {
      if (VARIABLE.matcher(variables[i]).matches() && !variables[i].equals(values[i])) {
        if (!VALUE.matcher(values[i]).matches()) {
          return false;
        }
        filled = true;
      } else if (!variables[i].equals(values[i])) {
        return false;
      }
    }
    return filled;
  }

  /** Whether a URI gives each of its query parameters a value ({@code ?ids=1,2}), as a call rather than a template. */
  static boolean fillsQuery(UriTemplate uri) {
    List<Parameter> query = uri == null ? List.of() : query(uri);
    return !query.isEmpty() && query.stream().allMatch(p -> !p.allowedValues().isEmpty());
  }

  private static List<Parameter> query(UriTemplate uri) {
    return uri.parameters().stream().filter(p -> p.location() == ParameterLocation.QUERY).toList();
  }
}
