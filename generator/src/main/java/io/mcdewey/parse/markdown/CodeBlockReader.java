package io.mcdewey.parse.markdown;

import io.mcdewey.model.Example;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.label.LabelledValue;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownCurl;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.RawMessages;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a section's code blocks: curl commands and raw HTTP messages that show a request, status lines and statuses in
 * info strings, request lines printed as code (which open a part), and examples, by the field in context.
 */
final class CodeBlockReader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A bullet opening a line of a block of code that lists a label's values. */
  private static final Pattern VALUE_BULLET = Pattern.compile("^\\s*[*-]\\s+");
  /** The word before a status in a heading about one answer ({@code Response 200}, {@code Status code: 404}). */
  private static final Pattern EXAMPLE_STATUS_LINE =
      Pattern.compile("^(?:HTTP(?:/\\d(?:\\.\\d)?)?\\s+|Status(?: [Cc]ode)?:\\s*)"
          + "([1-5]\\d\\d(?:[ \\t]+[A-Z][\\w -]*|[ \\t]*(?=\\n|$)))");
  /** The first line of a payload: an object, an array or an element. */
  private static final Pattern BODY_OPENING = Pattern.compile("\\s*[\\[{<]");
  /**
   * A line opening with a parameter's name, a colon and a space ({@code date_from: string?}); a scope or a value
   * ({@code iot:public}) has none after its colon.
   */
  private static final Pattern NAMED_LINE = Pattern.compile("[A-Za-z_$][\\w.$\\[\\]-]*\\??\\s*:\\s+\\S");
  /** A curl command opening a block, perhaps after a shell prompt. */
  private static final Pattern COMMAND = Pattern.compile("^\\s*(?:\\$\\s+)?curl\\s");

  private final SectionState state;
  private final LabelledFieldLines fields;

  CodeBlockReader(SectionState state, LabelledFieldLines fields) {
    this.state = state;
    this.fields = fields;
  }

  /**
   * Whether a block stands right under the line that prints its section's request, a request line or a path after a
   * label of any words ({@code * Link : /api/news}), nothing else between.
   */
  private boolean underRequestLine(MarkdownElement.Code code) {
    MarkdownElement.TextLine before = state.lineBefore;
    return before != null && code.line() - before.line() <= 2
        && (LabelledValue.afterLabel(before.text()).filter(value -> !value.method()).isPresent()
            || !MarkdownRequestLines.ofTextLine(before.text(), before.line()).isEmpty());
  }

  /** Reads a block's lines as the label's values: one line, or each a bullet; false when they are none. */
  private boolean labelValues(List<String> lines, int line) {
    if (lines.size() == 1) {
      return fields.documents(lines.get(0).strip(), line, false);
    }
    if (lines.isEmpty() || !lines.stream().allMatch(text -> VALUE_BULLET.matcher(text).lookingAt())) {
      return false;
    }
    List<String> values = lines.stream().map(text -> VALUE_BULLET.matcher(text).replaceFirst("").strip()).toList();
    if (state.context == Field.HTTP_METHOD && fields.documents(String.join(", ", values), line, false)) {
      // Methods listed a bullet each are one label listing them: a request of each.
      return true;
    }
    boolean read = false;
    for (String value : values) {
      read |= fields.documents(value, line, false);
    }
    return read;
  }

  /**
   * Reads a block under a label of query, path or body parameters that lists them a line each, name and colon first
   * ({@code period: string = "30d"  // 7d|30d|90d}, {@code date_from: string?}), as the lines of the label's list;
   * false when the block is no such list: it has a language, or a line that names no parameter and its type.
   */
  private boolean parameterLines(MarkdownElement.Code code, List<String> lines) {
    // Header fields in a block are a message's, as API Blueprint prints an answer's: only other places list so.
    boolean parameters = state.context == Field.QUERY_PARAMETERS || state.context == Field.PATH_PARAMETERS
        || state.context == Field.REQUEST_PARAMETERS;
    if (!parameters || !code.info().isEmpty() && !code.info().equals("text") || lines.isEmpty()
        || !lines.stream().allMatch(line -> line.isBlank() || typedLine(line))) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        // Each line is read as a paragraph of its own: the parameter it names, with what is said of it.
        int line = code.line() + 1 + i;
        state.reading = new MarkdownElement.TextLine(lines.get(i).strip(), line, false, List.of(), line);
        fields.documents(lines.get(i).strip(), line, false);
        state.reading = null;
      }
    }
    return true;
  }

  /** Whether a line names a parameter and its type ({@code date_from: string?}); a configuration's values are none. */
  private static boolean typedLine(String line) {
    Matcher named = NAMED_LINE.matcher(line.strip());
    if (!named.lookingAt()) {
      return false;
    }
    String type = line.strip().substring(named.end() - 1).split("[\\s=?\\[]", 2)[0];
    return MarkdownParameterText.isFieldType(type);
  }

  /**
   * The status of the answer a block opens with ({@code HTTP/1.1 404 Not Found}, {@code Status: 201 Created}). A status
   * line followed by header fields is an HTTP response whatever the label above it, but one of an endpoint only where
   * the section documents one: a tutorial's exchange shows no endpoint of its own. HTTP/2 and many servers send no
   * reason phrase ({@code HTTP/1.1 200}); one that is sent must be standard.
   */
  private void statusLine(List<String> lines) {
    Matcher statusLine = EXAMPLE_STATUS_LINE.matcher(String.join("\n", lines));
    if (!statusLine.lookingAt()) {
      return;
    }
    Optional<Response> status = MarkdownStatuses.opening(statusLine.group(1).strip())
        .filter(response -> response.reason().isEmpty() || MarkdownStatuses.hasStandardReason(response));
    if (state.describesResponse()) {
      status.ifPresent(state.current::addResponse);
    } else if (RawMessages.isRawMessage(lines, 1)
        || lines.size() > 1 && BODY_OPENING.matcher(lines.get(1)).lookingAt()) {
      // A status line over header fields, or over the body alone ({@code HTTP 404 Not Found} then {@code {...}}).
      MarkdownPart part = state.current;
      status.ifPresent(response -> state.unlabelledStatuses.add(() -> part.addResponse(response)));
    }
  }

  /**
   * What a curl command prints after it in a transcript of one block: the lines after the command's own (continued
   * by a trailing backslash or inside a quoted argument, such as a JSON body over several lines), as {@code curl -i}
   * prints the answer's status line and headers before its body; empty for a block that opens with no command.
   */
  static List<String> commandOutput(List<String> lines) {
    if (lines.isEmpty() || !COMMAND.matcher(lines.get(0)).lookingAt()) {
      return List.of();
    }
    char quote = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (int at = 0; at < line.length(); at++) {
        char c = line.charAt(at);
        if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
        } else if (c == quote && (quote == '\'' || at == 0 || line.charAt(at - 1) != '\\')) {
          quote = 0;
        }
      }
      if (quote == 0 && !line.stripTrailing().endsWith("\\")) {
        return lines.subList(i + 1, lines.size());
      }
    }
    return List.of();
  }

  void code(MarkdownElement.Code code) {
    // A list of values ends where a block of another kind stands.
    state.listed.endValues();
    if (code.content().strip().indexOf('\n') < 0 && fields.statesNone(code.content())) {
      // A block saying only that there are none under a label of parameters ({@code None}, indented as the page
      // indents its lists) says so as a line would.
      return;
    }
    String badge = state.methodBadge;
    state.methodBadge = null;
    if (!state.describesResponse()) {
      state.current.codes.add(code.content().replace('\n', ' '));
    }
    state.exampleTexts.add(code.content());
    state.shows(code.content());
    // A block indented as a whole ({@code   PUT /groups/x HTTP/1.0} over its headers, as AsciiDoc listings indent raw
    // messages) is read without the indent, which would hide its header lines.
    String content = String.join("\n", Whitespace.dedented(code.content().lines().toList())).strip();
    List<String> lines = content.lines().toList();
    if (lines.size() == 1 && !state.describesResponse()) {
      // A path set apart as a block of its own ({@code /api/v2/orders/} over a table of {@code HTTP Method | GET}) is
      // printed alone, as a paragraph of it is.
      MethodCaptions.pathAlone(lines.get(0)).filter(path -> !LabelledPath.namesFile(path))
          .ifPresent(path -> state.pathAlone(path, code.line()));
    }
    // A command is read from its own lines, not from what it printed after them.
    List<String> output = commandOutput(lines);
    String command = output.isEmpty() ? code.content()
        : String.join("\n", lines.subList(0, lines.size() - output.size()));
    Optional<MarkdownRequest> curl = MarkdownCurl.request(command, code.line());
    curl.ifPresent(request -> state.shownRequests.addCurl(request, MarkdownCurl.formFields(command)));
    // A command under a caption naming its method as the request's ({@code .GET Request}) is the section's request.
    if (curl.isPresent() && curl.get().method().equals(badge)) {
      state.captionedCommands.add(curl.get());
    }
    for (String word : WHITESPACE.split(code.info())) {
      // A code block captioned by a status in its info string ({@code ```json 201}) shows that answer.
      if (MarkdownStatuses.isCode(word)) {
        MarkdownStatuses.opening(word).ifPresent(state.current::addResponse);
      }
    }
    if (state.describesResponse() && lines.size() == 1) {
      // An answer's status printed as a block of its own ({@code 200 OK}), as generated Slate pages print it.
      MarkdownStatuses.opening(lines.get(0)).filter(MarkdownStatuses::hasStandardReason)
          .filter(status -> status.description().isEmpty()).ifPresent(state.current::addResponse);
    }
    if (!lines.isEmpty() && (state.describesResponse() || state.context == null)) {
      // An answer's status named by a comment over its body ({@code # HTTP-Code 200 OK}, {@code // 201 Created}).
      MarkdownStatuses.commented(lines.get(0)).ifPresent(state.current::addResponse);
    }
    if (!lines.isEmpty() && state.describesResponse()) {
      // An answer's statuses named by their codes alone in a comment over its body ({@code // HTTP Status 200}).
      MarkdownStatuses.commentedCodes(lines.get(0)).forEach(state.current::addResponse);
    }
    statusLine(lines);
    Matcher printed = output.isEmpty() ? null : EXAMPLE_STATUS_LINE.matcher(output.get(0));
    if (curl.isPresent() && printed != null && output.get(0).startsWith("HTTP/") && printed.lookingAt()) {
      // What the command printed answers its own call: the status is the part's that documents that call, once the
      // section has been read, and no other's.
      MarkdownRequest call = curl.get();
      MarkdownStatuses.opening(printed.group(1).strip()).ifPresent(status -> state.unlabelledStatuses.add(
          () -> state.partCalledBy(call).ifPresent(part -> part.addResponse(status))));
    }
    List<MarkdownRequest> requests = new ArrayList<>();
    int requestLines = 0;
    while (requestLines < lines.size()) {
      // A block of HTTP of one line may print its method in lower case, as generated pages badge it
      // ({@code <pre class="delete">delete /x</pre>}).
      List<MarkdownRequest> opening = lines.size() == 1 && code.info().equals("http")
          ? MarkdownRequestLines.ofTextLine(lines.get(0), code.line())
          : MarkdownRequestLines.opening(lines.get(requestLines), code.line());
      if (opening.isEmpty()) {
        break;
      }
      requests.addAll(opening);
      requestLines++;
    }
    String mediaType = MarkdownExamples.mediaTypeOf(code.info());
    List<MarkdownParameter> phpFields = code.info().equalsIgnoreCase("php") && !state.describesResponse()
        && (LabelledFieldLines.locationOf(state.context) != null || state.context == Field.REQUEST_PARAMETERS
            || underRequestLine(code)) ? PhpArrayTemplates.parameters(code.content()) : List.of();
    // A PHP array of the request's fields by type or validation rules, under a label of parameters or right under the
    // line printing the request: one elsewhere may list the answer's, under a caption of any words.
    phpFields.forEach(parameter -> state.current.addParameter(state.listed.introduced(parameter)));
    boolean underParameterLabel = LabelledFieldLines.locationOf(state.context) != null
        || state.context == Field.REQUEST_PARAMETERS;
    if (!state.describesResponse()
        && (state.current.requests.isEmpty() || state.current.takesBody() || underParameterLabel)) {
      // A JSON object whose members carry comments saying whether each is required documents the request's fields:
      // under a label of parameters, where the method says; else the body's, unless the request sends none.
      JsonTemplates.commented(code.content(), underParameterLabel ? null : ParameterLocation.BODY)
          .forEach(parameter -> state.current.addParameter(state.listed.introduced(parameter)));
    }
    if (state.context == Field.REQUEST_PARAMETERS
        || state.inExample() && state.exampleKind() == Example.Kind.REQUEST) {
      // An object of type names under a label of parameters or of the request's body is its schema.
      JsonTemplates.typed(code.content())
          .forEach(parameter -> state.current.addParameter(state.listed.introduced(parameter)));
    }
    // A block listing statuses a line each ({@code - 400 Bad Request : a field is missing}) lists the answers, not
    // an example of one, under an answer's caption or a label of statuses.
    List<Response> listedStatuses = state.inExample() && state.exampleKind() != Example.Kind.REQUEST
        || state.context == Field.RESPONSES ? MarkdownStatuses.listedIn(content) : List.of();
    if (state.inExample() && !listedStatuses.isEmpty()) {
      state.finishExample();
      listedStatuses.forEach(state.current::addResponse);
      return;
    }
    if (state.inExample()) {
      state.captionedStatuses.forEach(state.current::addResponse);
      state.captionedStatuses = List.of();
      // An example request printed as a raw HTTP message shows its endpoint as a curl command does.
      if (RawMessages.isRawMessage(lines, requestLines)) {
        state.shownRequests.add(requests);
      }
      state.finishExample();
      state.current.examples.addAll(
          MarkdownExamples.read(code.content(), state.exampleKind(), state.exampleCaption, mediaType));
      return;
    }
    if (!requests.isEmpty() && (state.context != Field.URI || !state.endpoints.isEmpty())
        && RawMessages.isRawMessage(lines, requestLines) && !RawMessages.writesVariables(requests)
        && !(RawMessages.isSynopsis(lines, requestLines) && !ExampleRequests.showsValues(requests))) {
      state.shownRequests.add(requests);
      return;
    }
    Optional<MarkdownPart> shown = requests.size() == 1 && requestLines < lines.size()
        ? state.partFilledBy(requests.get(0)) : Optional.empty();
    if (shown.isPresent()) {
      // A call with a value in each variable's place of a request read before, printed with its body or answer
      // ({@code POST /clusters/c1/credentials/db} over its JSON), is an example of that request.
      shown.get().examples.addAll(MarkdownExamples.read(content, Example.Kind.REQUEST, "", mediaType));
      state.afterRequest = false;
      return;
    }
    if (!requests.isEmpty()) {
      state.addRequests(requests);
      state.afterRequest = requestLines == lines.size();
      if (!state.afterRequest) {
        state.current.examples.addAll(MarkdownExamples.read(content, Example.Kind.REQUEST, "", mediaType));
      }
      return;
    }
    state.afterRequest = false;
    if ((state.context == Field.URI || state.context == Field.HTTP_METHOD) && labelValues(lines, code.line())) {
      // A URI or method label's value printed as a block of code ({@code **URL**} over an indented
      // {@code /api/users}, {@code **请求方式：**} over an indented {@code GET}), or its values a bullet a line
      // ({@code ### HTTP Operations Supported} over {@code * GET} and {@code * PUT}, as Hadoop's guides print them).
      return;
    }
    if (parameterLines(code, lines)) {
      return;
    }
    if (state.context == Field.URI || state.context == Field.REQUEST_PARAMETERS) {
      state.current.examples.addAll(MarkdownExamples.read(content, Example.Kind.REQUEST, "", mediaType));
    } else if (!listedStatuses.isEmpty()) {
      listedStatuses.forEach(state.current::addResponse);
    } else if (state.context == Field.RESPONSES) {
      state.current.examples.addAll(MarkdownExamples.read(content, Example.Kind.RESPONSE, "", mediaType));
    }
  }
}
