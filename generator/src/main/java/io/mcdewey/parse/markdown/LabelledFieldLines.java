package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.label.LabelledValue;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.RelativeRoutes;
import io.mcdewey.parse.markdown.status.JoinedStatuses;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import io.mcdewey.parse.markdown.status.ProseStatuses;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line as the field in context documents it: a status under a status label, a parameter under a parameter
 * label (as an assignment, a list item, a typed or marked name), a header, a URI or a method under their labels.
 */
final class LabelledFieldLines {
  /** A parameter's name alone: a word of letters, digits, underscores, dots, brackets or hyphens. */
  private static final Pattern BARE_NAME = Pattern.compile("^[A-Za-z_][\\w.\\[\\]-]*$");
  /** A label's value saying there is none, in the languages the reader knows ({@code none}, {@code 无}, {@code なし}). */
  private static final Pattern NONE =
      Pattern.compile("(?iu)^(none|n/a|-|—|无|無|なし|없음|нет|keine|aucun|ninguno|nenhum|brak|nessuno|yok)\\.?$");
  /** A note in parentheses, half- or full-width, closing a label's value. */
  private static final Pattern CLOSING_NOTE = Pattern.compile("\\s*[(（][^()（）]*[)）]$");
  /** A query whose values are placeholders ({@code ?device=:name}, {@code ?id={id}}, {@code ?q=<text>}). */
  private static final Pattern QUERY_PLACEHOLDER = Pattern.compile("[?&][^=&]+=(?::|\\{|<)");

  /** What a URI opens with: a scheme and host, or a slash. */
  static final Pattern ABSOLUTE_OR_PATH = Pattern.compile("(?i)^(https?://\\S|/\\S*)");
  private final SectionState state;
  /** The paragraph whose line was read last as a name and what is said of it; its next lines may be read so too. */
  private int describedParagraph = -1;

  LabelledFieldLines(SectionState state) {
    this.state = state;
  }

  /** Reads a line as the field in context documents it; false when it is not such a line. */
  boolean documents(String text, int lineNumber, boolean listItem) {
    if (state.context == null) {
      return false;
    }
    return switch (state.context) {
      case RESPONSES -> status(text);
      case QUERY_PARAMETERS, PATH_PARAMETERS, REQUEST_PARAMETERS ->
          parameters(text, listItem, locationOf(state.context));
      case HEADERS -> headers(text, listItem);
      // A label's value may stand as a bullet of its own, as a plain-text list prints it ({@code * /api/docs}).
      case URI -> uri(LabelledValue.withoutBullet(text), lineNumber) || listItem && pathParameter(text);
      case HTTP_METHOD -> method(LabelledValue.withoutBullet(text), lineNumber, listItem);
      default -> false;
    };
  }

  private boolean status(String text) {
    List<Response> joined = JoinedStatuses.of(text);
    if (!joined.isEmpty()) {
      joined.forEach(state.current::addResponse);
      return true;
    }
    List<Response> separated = MarkdownStatuses.separated(text);
    separated = separated.isEmpty() ? MarkdownStatuses.glued(text) : separated;
    if (!separated.isEmpty()) {
      separated.forEach(state.current::addResponse);
      return true;
    }
    Optional<Response> response = MarkdownStatuses.opening(text).or(() -> MarkdownStatuses.afterCaption(text))
        // A status after its reason alone ({@code Internal Server Error(500)}) is one of a list read below; under an
        // answers' label, a caption closing with a status names one ({@code Device Not Found (404)}).
        .or(() -> MarkdownStatuses.afterReasons(text).isEmpty() ? MarkdownStatuses.closingCaption(text)
            .or(() -> MarkdownStatuses.closingAnswerCaption(text)) : Optional.empty());
    if (response.isPresent()) {
      state.current.addResponse(response.get());
      // Further statuses on the line, each with its standard reason ({@code 403 Forbidden ..., 422 Unprocessable}).
      ProseStatuses.withStandardReasons(text, 3).stream()
          .filter(r -> state.current.responses.stream().noneMatch(known -> known.status() == r.status()))
          .forEach(state.current::addResponse);
      return true;
    }
    List<Response> reasonsFirst = MarkdownStatuses.afterReasons(text);
    if (!reasonsFirst.isEmpty()) {
      reasonsFirst.forEach(state.current::addResponse);
      return true;
    }
    List<Response> responses = state.current.responses;
    if (!responses.isEmpty() && responses.get(responses.size() - 1).description().isEmpty()
        && !opensJsonValue(text)) {
      // What a status means, in words: the answer's body under it is its example.
      Response last = responses.remove(responses.size() - 1);
      responses.add(new Response(last.status(), last.reason(), text));
      return true;
    }
    return false;
  }

  /**
   * Whether a line opens a JSON object or array ({@code {"success": false}}, {@code [}, {@code [{"id": 1}]}), not
   * words in brackets ({@code [deprecated] ...}).
   */
  private static boolean opensJsonValue(String text) {
    String line = text.strip();
    return line.startsWith("{") || line.equals("[") || line.startsWith("[{") || line.startsWith("[\"");
  }

  /**
   * Whether a text says that the parameters in context are none ({@code None}), which documents them as much as
   * listing them does.
   */
  boolean statesNone(String text) {
    boolean parameters = state.context == Field.QUERY_PARAMETERS || state.context == Field.PATH_PARAMETERS
        || state.context == Field.REQUEST_PARAMETERS;
    if (!parameters || !NONE.matcher(text.strip()).matches()) {
      return false;
    }
    state.current.statesNoParameters = true;
    return true;
  }

  private boolean parameters(String text, boolean listItem, ParameterLocation location) {
    if (statesNone(text)) {
      return true;
    }
    Optional<ListIntroduction.Captioned> captioned = ListIntroduction.ofRequiredCaption(text, state.context, listItem)
        .filter(caption -> captions(caption, location));
    if (captioned.isPresent()) {
      state.listed.introducedBy(captioned.get().introduction());
      String rest = captioned.get().rest();
      return rest.isEmpty() || parameters(rest, listItem, location);
    }
    // Assignments name parameters where the line opens with one ({@code limit=10 the page size}); one inside what
    // is said of another ({@code date_from: string // when period=custom}) is a condition.
    List<MarkdownParameter> assigned = MarkdownParameterText.opensWithAssignment(text)
        ? MarkdownParameterText.assignments(text, location) : List.of();
    if (!assigned.isEmpty()) {
      assigned.forEach(parameter -> state.addParameter(state.listed.introduced(parameter)));
      return true;
    }
    boolean nested = state.reading != null && state.reading.nested();
    if (listItem && !nested && !state.listed.hasIntroduction() && BARE_NAME.matcher(text).matches()) {
      // An item that is a name and nothing else, under a label of parameters, names one ({@code * repo-id}); under a
      // sentence, names may be values ({@code These fields are accepted for sorting:}).
      MarkdownParameter named = state.listed.introduced(new MarkdownParameter(text, location, null, "", "", List.of()));
      if (state.reading != null) {
        // Items nested under the name detail it ({@code - q} over {@code - **Description**: ...}, servant-docs).
        state.listed.addItem(state.current, named, state.reading.paragraph());
      } else {
        state.addParameter(named);
      }
      return true;
    }
    Optional<MarkdownParameter> member = listItem && nested && state.listed.hasItem(state.current)
        ? MarkdownParameterText.item(text, location).filter(field -> MarkdownParameterText.isFieldType(field.type()))
        : Optional.empty();
    if (member.isPresent()) {
      // An item inside a parameter's item naming a typed field of its own is a member of the object the parameter is
      // ({@code name (string) -- ...} under {@code data (dictionary) -- ...}), documented as a field too.
      state.listed.addItem(state.current, state.listed.introduced(member.get()), state.reading.paragraph());
      return true;
    }
    if (listItem && nested && state.listed.hasItem(state.current)) {
      // An item inside a parameter's item details that parameter ({@code Valid values are:} then one item each).
      state.listed.describeItem(state.current, text);
      return true;
    }
    Optional<MarkdownParameter> item = listItem ? MarkdownParameterText.item(text, location)
        .or(() -> MarkdownParameterText.typedItem(text, location)) : Optional.empty();
    Optional<MarkdownParameter> named = item.or(() -> MarkdownParameterText.typed(text, location))
        .or(() -> MarkdownParameterText.typedAndDescribed(text, location))
        .or(() -> MarkdownParameterText.marked(text, location))
        .or(() -> listItem && state.reading != null ? MarkdownParameterText.literalItem(state.reading, location)
            : Optional.empty());
    if (listItem && !nested) {
      state.listed.endItem();
    }
    if (named.isPresent()) {
      if (listItem && state.reading != null && !nested) {
        state.listed.addItem(state.current, state.listed.introduced(named.get()), state.reading.paragraph());
      } else {
        state.addParameter(state.listed.introduced(named.get()));
      }
      return true;
    }
    List<MarkdownParameter> qualified = listItem ? List.of() : QualifiedLines.of(text, location);
    if (!qualified.isEmpty()) {
      qualified.forEach(parameter -> state.addParameter(state.listed.introduced(parameter)));
      return true;
    }
    // A paragraph inside a parameter's item describes it ({@code default: 20}); one standing alone, or going on from
    // a line read so, names a parameter of its own.
    Optional<MarkdownParameter> described = !listItem && !state.listed.hasItem(state.current) && state.reading != null
        && (opensParagraph() || state.reading.paragraph() == describedParagraph)
        ? MarkdownParameterText.described(text, location) : Optional.empty();
    if (described.isPresent()) {
      describedParagraph = state.reading.paragraph();
      state.addParameter(state.listed.introduced(described.get()));
      return true;
    }
    return state.listed.describe(state.current, text) || state.listed.continueItem(state.current, state.reading, text);
  }

  /** Whether the line read opens its paragraph: a line running on from the one before it may be its description. */
  private boolean opensParagraph() {
    return state.reading != null && state.reading.line() == state.reading.paragraph();
  }

  /**
   * Whether a required or optional caption introduces what follows rather than says it of a parameter read before: it
   * stands on its own or before assignments ({@code Required: `id=[integer]`}), not after a parameter's item, whose
   * details it is ({@code Required: No}), nor, when a word alone, after a parameter still awaiting its description
   * ({@code location={location}} then {@code Required}, a row's cells printed a line each).
   */
  private boolean captions(ListIntroduction.Captioned caption, ParameterLocation location) {
    boolean detailsItem = state.listed.hasItem(state.current) || state.reading != null && state.reading.nested()
        || caption.introduction().heading() && state.listed.awaitsDescription();
    return !detailsItem && (caption.rest().isEmpty()
        || !MarkdownParameterText.assignments(caption.rest(), location).isEmpty());
  }

  /** A header's line ({@code X-Key: <key>}), else a line read as a parameter's, whose place is the header. */
  private boolean headers(String text, boolean listItem) {
    Optional<MarkdownParameter> header = listItem ? Optional.empty() : MarkdownParameterText.headerLine(text);
    if (header.isPresent()) {
      state.addParameter(header.get());
      return true;
    }
    return parameters(text, listItem, ParameterLocation.HEADER);
  }

  /**
   * An item under a URI's label naming a variable of the request's path ({@code Path:} over {@code - userId (string)
   * - the user's id} under {@code PUT /users/{userId}}): that parameter.
   */
  private boolean pathParameter(String text) {
    Optional<MarkdownParameter> item = MarkdownParameterText.item(text, ParameterLocation.PATH)
        .filter(parameter -> state.current.requests.stream().map(request -> UriTemplate.parse(request.uri()))
            .filter(Objects::nonNull).flatMap(template -> template.parameters().stream())
            .anyMatch(variable -> variable.name().equals(parameter.name())));
    item.ifPresent(state::addParameter);
    return item.isPresent();
  }

  /**
   * Whether a label parted from its value by spaces only stands before a value that is alone what its field takes,
   * as two cells of a row print them: a method alone ({@code 请求方式 GET}), a URL alone ({@code 请求路径
   * http://host/v1/token}) or a route without its slash ({@code Końcówka API api/account/create}).
   */
  static boolean takesValueAlone(Field field, String value) {
    return field == Field.HTTP_METHOD ? MarkdownRequestLines.isMethod(value)
        : field == Field.URI && (MarkdownRequestLines.isUrlAlone(value) || RelativeRoutes.isRouteWithoutSlash(value));
  }

  boolean uri(String text, int lineNumber) {
    // A route printed after a placeholder for its host ({@code [server root]/users}) is the URI's path.
    String uri = MarkdownRequestLines.routeAfterHost(text).orElse(text);
    if (RelativeRoutes.isHostWithoutScheme(uri)) {
      // A host and a route printed without a scheme under a URI's label ({@code 请求地址: api.example.net/cdn/x}).
      uri = "https://" + uri.strip();
    } else if (RelativeRoutes.isRouteWithoutSlash(uri)) {
      // A route printed without its leading slash under a URI's label ({@code Końcówka API api/account/create}).
      uri = "/" + uri.strip();
    }
    if (!ABSOLUTE_OR_PATH.matcher(uri).lookingAt()) {
      return false;
    }
    String printed = UriTemplate.printedAt(uri).uri();
    if (!state.labelledRequest.hasMethods() && QUERY_PLACEHOLDER.matcher(printed).find()
        && state.mergedIntoKnownRequest(new MarkdownRequest(null, printed, "", lineNumber))) {
      // The URI of the request read, printed again with a query of placeholders ({@code URL:
      // /travelers/?device=:name}); one with values ({@code ?force=true}) may be another method's.
      return true;
    }
    state.addLabelledRequests(state.labelledRequest.uri(printed, lineNumber));
    return true;
  }

  private boolean method(String text, int lineNumber, boolean listItem) {
    // A note in parentheses may follow the method ({@code POST（以免参数暴露在 URL 里）}, {@code GET (cached)}).
    Matcher note = CLOSING_NOTE.matcher(text);
    List<String> methods = MarkdownRequestLines.methods(note.find() && note.start() > 0
        ? text.substring(0, note.start()) : text);
    if (methods.isEmpty()) {
      return false;
    }
    // The method waiting before this one takes the path printed below it first, as the next block opens.
    state.pairWaitingMethods(false, lineNumber);
    // Methods listed an item each under their label ({@code Methods} over {@code • GET} and {@code • POST}) are all
    // the URI's.
    List<MarkdownRequest> requests = listItem ? state.labelledRequest.listedMethods(methods, lineNumber)
        : state.labelledRequest.methods(methods, lineNumber);
    if (requests.isEmpty()) {
      int pathLine = state.unknownLabelRequests.line();
      requests = state.unknownLabelRequests.pathAtOnceFor(lineNumber)
          .map(path -> state.labelledRequest.uri(path, pathLine)).orElse(List.of());
    }
    state.addLabelledRequests(requests);
    return true;
  }

  /** The place of the parameters a field documents, when it names one. */
  static ParameterLocation locationOf(Field field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case QUERY_PARAMETERS -> ParameterLocation.QUERY;
      case PATH_PARAMETERS -> ParameterLocation.PATH;
      case HEADERS -> ParameterLocation.HEADER;
      default -> null;
    };
  }
}
