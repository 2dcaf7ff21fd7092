package io.mcdewey.parse.markdown;

import io.mcdewey.model.Response;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.RawMessages;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import io.mcdewey.parse.markdown.status.ProseStatuses;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the lines of text met while an example is being collected ({@link SectionState#inExample}): the example's own
 * lines, the captions and statuses of the next one, the fields a request's example is followed by, and the line that
 * ends it, which {@link TextLineReader} then reads as any other.
 */
final class ExampleLineReader {
  /** Words and nothing else: letters, digits, spaces, apostrophes and hyphens between them. */
  private static final Pattern TITLE = Pattern.compile("[\\p{L}\\p{N}]+(?:[\\s'’-]+[\\p{L}\\p{N}]+)*");
  private static final Pattern WORDS = Pattern.compile("^[\\p{L}\\p{N}(].*\\S+\\s+\\S+\\s+\\S+.*");

  private final SectionState state;
  /** The paragraph of the answer's field read last, whose further lines describe it. */
  private int answerFieldParagraph = -1;

  ExampleLineReader(SectionState state) {
    this.state = state;
  }

  /**
   * Reads a line met inside an example: code-like lines are its text, labels under an example heading caption the
   * next payload, sentences under one describe it. False when the line ends the example and is read as any other.
   */
  boolean read(String text, int lineNumber, boolean listItem, Optional<MarkdownLabels.Match> label) {
    if (label.isPresent() && state.headingContext) {
      state.finishExample();
      state.context = MarkdownLabels.exampleField(label.get().field());
      state.exampleCaption = label.get().caption();
      String value = label.get().value();
      Optional<Response> status = state.describesResponse() ? MarkdownStatuses.opening(value)
          .filter(response -> MarkdownStatuses.isCode(value) || MarkdownStatuses.hasStandardReason(response))
          : Optional.empty();
      if (status.isPresent()) {
        // The next answer's caption under the heading of the one before ({@code Response 401} after a body).
        state.current.addResponse(status.get());
        state.exampleCaption = text;
      } else if (!value.isEmpty()) {
        state.exampleLines.add(value);
      }
      return true;
    }
    if (label.isPresent()) {
      return false;
    }
    if (MarkdownRequestLines.isMethod(text)) {
      // A method alone is a badge over the next endpoint's path, never a line of an example.
      state.setContext(null, false, "");
      return false;
    }
    if (state.context == Field.REQUEST_EXAMPLE && MarkdownStatuses.captioned(text).isEmpty()
        && (listItem && MarkdownParameterText.item(text, null).isPresent()
            || MarkdownParameterText.marked(text, null).isPresent())) {
      // Items naming fields after a request's example ({@code * username (String) − the account's name}), or names
      // marked required under its label ({@code job (required)}), document the request's fields.
      state.setContext(Field.REQUEST_PARAMETERS, false, "");
      return false;
    }
    List<MarkdownRequest> printed =
        text.contains("HTTP/") ? List.of() : MarkdownRequestLines.ofTextLine(text, lineNumber);
    if (!state.exampleLines.isEmpty() && (RawMessages.writesVariables(printed)
        || printsClosedJson() && MarkdownRequestLines.isRequestLineAlone(text))) {
      // A request line writing variables after an example's lines is the next endpoint, as an example shows values
      // ({@code Example: /users/42}, then {@code DELETE /users/{id}}); so is any request line alone after the lines
      // of a JSON payload, which never holds one, however the page printed its brackets.
      state.setContext(null, false, "");
      return false;
    }
    if (printsTitleOnly() && MarkdownRequestLines.isRequestLineAlone(MarkdownRequestLines.withoutVersion(text))) {
      // A line of words after an answer's example, then a request line, are the next endpoint's title and request
      // ({@code Get a user's details} over {@code GET /api/v1/users/:user_code HTTP/1.1}): no example opens so.
      state.exampleLines.clear();
      state.setContext(null, false, "");
      return false;
    }
    List<MarkdownRequest> answered = state.exampleLines.isEmpty()
        ? printed.stream().filter(ExampleLineReader::namesAnsweredCall).toList() : List.of();
    if (!answered.isEmpty()) {
      // A request line printed over an example ({@code GET /api/users} above its JSON) names the call it shows, or
      // the next endpoint after it; one with a protocol version opens a raw exchange, whose request is an example.
      state.addRequests(answered);
      return true;
    }
    Optional<Response> status = state.context == Field.REQUEST_EXAMPLE ? Optional.empty()
        : state.exampleLines.isEmpty() ? MarkdownStatuses.opening(text).filter(MarkdownStatuses::hasStandardReason)
            .or(() -> MarkdownStatuses.captioned(text)).or(() -> MarkdownStatuses.afterCaption(text))
            .or(() -> MarkdownStatuses.closingAnswerCaption(text)).or(() -> MarkdownStatuses.alone(text))
        : MarkdownStatuses.captioned(text).or(() -> MarkdownStatuses.closingAnswerCaption(text));
    if (status.isPresent()) {
      // A response example opening with its status line ({@code 404 Not Found}) or a caption naming one
      // ({@code Status code: 200}) names its status; a caption after lines of an example opens the next one
      // ({@code Code: 401} after the 404's body and an {@code OR}, {@code Device Not Found (404)} after the 200's).
      state.finishExample();
      state.current.addResponse(status.get());
      state.exampleCaption = text;
      return true;
    }
    if (!state.exampleLines.isEmpty() && printsClosedCall() && TITLE.matcher(text.strip()).matches()
        && !inCapitals(text)) {
      // A line of words after a call or payload whose brackets have all closed ({@code })}, then {@code List users})
      // is the page's again, a title over what follows; a word in capitals between two payloads ({@code OR}) is not.
      state.setContext(null, false, "");
      return false;
    }
    int paragraph = state.reading == null ? -1 : state.reading.paragraph();
    if (state.answerFields && state.exampleLines.isEmpty() && paragraph >= 0
        && (listItem ? MarkdownParameterText.item(text, null).isPresent() : paragraph == answerFieldParagraph)) {
      // An item under an answer's label of fields ({@code + Attributes} under {@code + Response 200}) names a member
      // of the answer, not a parameter, and so do the lines its paragraph runs on to.
      answerFieldParagraph = paragraph;
      return true;
    }
    if (!isProse(text)) {
      state.exampleLines.add(text);
      return true;
    }
    if (state.headingContext) {
      state.finishExample();
      ProseStatuses.in(text).forEach(state.current::addResponse);
      state.statusLiterals();
      state.current.prose.add(text);
      return true;
    }
    state.setContext(null, false, "");
    return false;
  }

  /**
   * Whether a request line in an example names an endpoint, the one shown or the next: the line holds the call
   * alone, and its path holds no id ({@code GET /v1/jobs/7731} shows another call's answer).
   */
  private static boolean namesAnsweredCall(MarkdownRequest request) {
    UriTemplate uri = UriTemplate.parse(request.uri());
    return request.note().isEmpty() && uri != null
        && Arrays.stream(uri.path().split("/")).noneMatch(ExampleRequests::isValue);
  }

  /** Example lines are code-like; a sentence of several words after them ends the example. */
  private static boolean isProse(String text) {
    // A sentence of a script written without spaces ends with its own stop ({@code 修改设备信息。}).
    return (WORDS.matcher(text).matches() || text.endsWith("。")) && !RawMessages.isHeaderLine(text)
        && !text.startsWith("HTTP/") && MarkdownRequestLines.opening(text, 0).isEmpty();
  }

  /** Whether a text's letters are capitals, one at least ({@code OR}); a script without capitals has none. */
  private static boolean inCapitals(String text) {
    return text.chars().anyMatch(Character::isUpperCase) && text.chars().noneMatch(Character::isLowerCase);
  }

  /** Whether the example's lines so far are one line of words and nothing else, as a title is printed. */
  private boolean printsTitleOnly() {
    return state.exampleLines.size() == 1 && TITLE.matcher(state.exampleLines.get(0).strip()).matches();
  }

  /**
   * Whether the example's lines so far print a JSON payload whose brackets have all closed, or closed more than they
   * opened (a page printing an object's opening brace as a closing one, {@code Response body:} over {@code }}): a
   * request line after them stands outside it, while one inside an open array is a member's value.
   */
  private boolean printsClosedJson() {
    String first = state.exampleLines.get(0).strip();
    if (!first.startsWith("{") && !first.startsWith("[") && !first.startsWith("}")) {
      return false;
    }
    return bracketDepth() <= 0;
  }

  /**
   * Whether the example's lines print a call or a payload whose brackets, opened on its first line, have all closed
   * ({@code fetch('https://api.example.com/v1/users', {} … {@code })}).
   */
  private boolean printsClosedCall() {
    String first = state.exampleLines.get(0);
    return (first.indexOf('{') >= 0 || first.indexOf('[') >= 0 || first.indexOf('(') >= 0) && bracketDepth() <= 0;
  }

  /** How many brackets, of any kind, the example's lines leave open. */
  private int bracketDepth() {
    int depth = 0;
    for (String line : state.exampleLines) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        depth += c == '{' || c == '[' || c == '(' ? 1 : c == '}' || c == ']' || c == ')' ? -1 : 0;
      }
    }
    return depth;
  }
}
