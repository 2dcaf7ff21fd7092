package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.RelativeRoutes;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a label found on a line of text takes the value after it, given the field in context and the literals of
 * the line: a label's words may open a field's line in a list of parameters ({@code - query: the text to search for}),
 * a header's caption may be a line of an example, and a label parted from its value by a space only takes a value of
 * its kind. A label of a place may group the parameter its value names ({@code - Path: `id` (string)}).
 */
final class LabelValues {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A name alone, as a literal opening a field's line prints it. */
  private static final Pattern NAME_LITERAL = Pattern.compile("[A-Za-z_][\\w.-]*");

  private final SectionState state;

  LabelValues(SectionState state) {
    this.state = state;
  }

  /** Whether a label's value, when only a space parts them, is one the field takes rather than a sentence. */
  boolean takes(MarkdownLabels.Match label) {
    if (label.field() == Field.HEADERS && state.inExample() && !label.value().isEmpty()) {
      // A header field captioned as one in an example ({@code Header: Authorization: Basic ...}) is a line of it.
      return false;
    }
    String value = label.value();
    if (!value.isEmpty() && opensWithNameLiteral()) {
      // A line opening with a name set apart as code names a field ({@code `query`: demo (string, required)}), even
      // one a label's word spells; a label set apart whole ({@code `Request body`:}, {@code `Method: POST`}) is one.
      return false;
    }
    boolean namesPlace = label.field() == Field.QUERY_PARAMETERS || label.field() == Field.PATH_PARAMETERS
        || label.field() == Field.URI;
    if (listsParameters() && namesPlace && !value.isEmpty() && state.reading != null && state.reading.listItem()
        && MarkdownRequestLines.opening(value, 0).isEmpty() && !valueOpensWithLiteral(value)) {
      // An item of a list of parameters naming a field a label of a place spells, with what it says of it
      // ({@code - query: the text to search for}, {@code - path: /docs/a.pdf - the file}), is that field's.
      return false;
    }
    if (!label.spaced()) {
      // A URI's label before a value of words names a field ({@code path: required(string)}), not the request's URI.
      return label.field() != Field.URI || value.isEmpty() || readsAsUri(value);
    }
    return switch (label.field()) {
      // A label and its value parted by spaces only, as a table's two cells copied from a page print them
      // ({@code 请求方式 GET}, {@code 请求路径 http://host/v1/token/}): a method alone, or a URL alone after a method
      // label ({@code URL https://host/downloads/sdk.zip} alone names a download).
      case HTTP_METHOD -> LabelledFieldLines.takesValueAlone(Field.HTTP_METHOD, value);
      case URI -> !MarkdownRequestLines.opening(value, 0).isEmpty()
          || LabelledFieldLines.takesValueAlone(Field.URI, value)
              && (state.labelledRequest.hasMethods() || RelativeRoutes.isRouteWithoutSlash(value));
      // A status, or a reason closed by its status ({@code Response OK (200):}).
      case RESPONSES, RESPONSE_EXAMPLE, FAILURE_RESPONSE_EXAMPLE ->
          MarkdownStatuses.opening(MarkdownStatuses.unwrapped(value)).isPresent()
              || MarkdownStatuses.reasonThenStatus(MarkdownStatuses.unwrapped(value)).isPresent();
      case QUERY_PARAMETERS, PATH_PARAMETERS, REQUEST_PARAMETERS ->
          WHITESPACE.split(value, 2)[0].contains("=") && !MarkdownParameterText.assignments(value, null).isEmpty();
      default -> false;
    };
  }

  /** Whether the field in context lists parameters or an object's fields. */
  private boolean listsParameters() {
    return state.context == Field.QUERY_PARAMETERS || state.context == Field.PATH_PARAMETERS
        || state.context == Field.REQUEST_PARAMETERS || state.context == Field.OBJECT_FIELDS;
  }

  /**
   * The parameter an item of a list of parameters names after the label of the path it goes in ({@code - Path:
   * `id` (string, required) - the user's id}): the label groups the parameter, which the rest of the item names.
   */
  Optional<MarkdownParameter> placedParameter(MarkdownLabels.Match label) {
    boolean pathLabel = label.field() == Field.URI || label.field() == Field.PATH_PARAMETERS;
    if (!listsParameters() || !pathLabel || label.spaced() || label.value().isEmpty()
        || !valueOpensWithLiteral(label.value())) {
      return Optional.empty();
    }
    return MarkdownParameterText.item(label.value(), ParameterLocation.PATH);
  }

  /**
   * Whether a label's value opens with a literal, as a place's label grouping a parameter prints it ({@code - Query:
   * `fields` (string) - ...}).
   */
  private boolean valueOpensWithLiteral(String value) {
    int at = state.reading.text().lastIndexOf(value);
    return at >= 0 && state.reading.literals().stream().anyMatch(literal -> literal.start() == at);
  }

  /** Whether the line read opens with a literal that is a name alone ({@code query}), not a label's words. */
  private boolean opensWithNameLiteral() {
    return state.reading != null && !state.reading.literals().isEmpty()
        && state.reading.literals().get(0).start() == 0
        && NAME_LITERAL.matcher(state.reading.literals().get(0).text()).matches();
  }

  /** Whether a label's value reads as a URI: a path or URL, a request line, a route on a host, or methods alone. */
  private static boolean readsAsUri(String value) {
    return LabelledFieldLines.ABSOLUTE_OR_PATH.matcher(value).lookingAt()
        || RelativeRoutes.isHostWithoutScheme(value) || RelativeRoutes.isRouteWithoutSlash(value)
        || !MarkdownRequestLines.opening(value, 0).isEmpty() || MarkdownRequestLines.routeAfterHost(value).isPresent()
        || !MarkdownRequestLines.methods(value).isEmpty();
  }
}
