package io.mcdewey.parse.markdown;

import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Example;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.label.GluedRequestLabels;
import io.mcdewey.parse.markdown.label.LabelledValue;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.LiteralRequests;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.rules.ContinuedSentences;
import io.mcdewey.parse.markdown.status.JoinedStatuses;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import io.mcdewey.parse.markdown.status.ProseStatuses;
import io.mcdewey.parse.markdown.status.StatusCaptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a section's lines of text: a label sets the field the lines after it document, a request line opens a part,
 * a line inside an example is its text until prose ends it, and any other line is read as the field in context
 * documents it ({@link LabelledFieldLines}) or kept as prose, whose statuses, notes and quoted requests still count.
 */
final class TextLineReader {
  private static final Pattern LEADING_ARROW = Pattern.compile("(?:->|=>|→|⇒|»|▶|►)\\s+");
  /** A path with a variable alone on a line, as a caption prints the template of a section's examples. */
  /** A status's code alone on its line ({@code 200}), as OpenAPI renderers saved as text print it over its words. */
  private static final Pattern STATUS_ALONE = Pattern.compile("[1-5]\\d\\d");
  private static final Pattern PATH_TEMPLATE = Pattern.compile("/[^\\s{}]*\\{[^\\s{}]+}[^\\s]*");
  /**
   * An answer's caption with its status in parentheses, then a sentence on its line
   * ({@code Response (200): Shaped like the list.}).
   */
  private static final Pattern CAPTIONED_SENTENCE = Pattern.compile("^(?i:response|success|error|status(?: code)?)"
      + "\\s*\\(\\s*([1-5]\\d\\d)\\s*\\)\\s*:\\s+(\\p{L}.*)$");
  /** The first letters of the words {@link #CAPTIONED_SENTENCE} opens with, in either case. */
  private static final String CAPTION_INITIALS = "rsesRSES";
  /** A further status a caption offers as an alternative ({@code 200 or 202}). */
  private static final Pattern ALTERNATIVE_STATUS = Pattern.compile("(?:,|\\bor|\\band|/)\\s*([1-5]\\d\\d)\\b");
  /** The media type an example's label names after its status ({@code Response 200 (application/json)}). */
  private static final Pattern MEDIA_TYPE_NOTE = Pattern.compile("\\s*\\(\\w+/[\\w.+-]+\\)\\s*$");
  /** The pattern of a note's line, by the profile's note marker: made once, as a guide's sections each read lines. */
  private static final Map<String, Pattern> NOTE_PATTERNS = new ConcurrentHashMap<>();

  private final SectionState state;
  /** The most lines a sentence naming the method of the URI under it runs over. */
  private static final int SENTENCE_LINES = 4;
  /** The lines of their paragraph the line read last runs on from, up to a sentence's stop. */
  private final List<String> sentence = new ArrayList<>();
  private final MarkdownLabels labels;
  private final LabelValues labelValues;
  private final LabelledFieldLines fields;
  private final ExampleLineReader examples;
  private final Diagnostics diagnostics;
  private final IntFunction<Provenance> where;
  private final Pattern notePattern;

  TextLineReader(SectionState state, MarkdownLabels labels, LabelledFieldLines fields, Profile profile,
      Diagnostics diagnostics, IntFunction<Provenance> where) {
    this.state = state;
    this.labels = labels;
    this.labelValues = new LabelValues(state);
    this.fields = fields;
    this.examples = new ExampleLineReader(state);
    this.diagnostics = diagnostics;
    this.where = where;
    this.notePattern = profile.noteMarker().isEmpty() ? null : NOTE_PATTERNS.computeIfAbsent(profile.noteMarker(),
        marker -> Pattern.compile("(?i)^" + Pattern.quote(marker) + "s?\\s*:\\s*(.*)$"));
  }

  /** Reads a line of the guide, whose literals and paragraph serve the rules of prose. */
  void line(MarkdownElement.TextLine line) {
    state.reading = line;
    MarkdownElement.TextLine before = state.lineBefore;
    String last = sentence.isEmpty() ? "" : sentence.get(sentence.size() - 1);
    boolean goesOn = before != null && before.paragraph() == line.paragraph() && !last.isEmpty()
        && !MarkdownParameterText.endsSentence(last) && !last.endsWith(":");
    // The sentence stands right above the URI, a blank line at most between them: no heading or block between.
    boolean nextToSentence = before != null && line.line() - before.line() <= 2;
    List<MarkdownRequest> captioned = line.listItem() || !nextToSentence ? List.of() : uriCaptioned(line);
    if (captioned.isEmpty()) {
      text(line.text(), line.line(), line.listItem());
    } else {
      // A request line read as any other: what the lines before it left waiting is no longer in view.
      state.lastProse = "";
      state.labelAbove = null;
      state.addRequests(captioned);
    }
    if (!goesOn || sentence.size() >= SENTENCE_LINES) {
      sentence.subList(0, goesOn ? 1 : sentence.size()).clear();
    }
    sentence.add(line.text().strip());
    state.reading = null;
    state.lineBefore = line;
  }

  /**
   * The request of a line holding a URI alone under a sentence closing with a colon that names its method
   * ({@code To remove a volume, use the HTTP DELETE method in the URI, with no message body:} over
   * {@code https://<storage system>:8080/api/v1/volumes/<volume name>}); empty for any other line.
   */
  private List<MarkdownRequest> uriCaptioned(MarkdownElement.TextLine line) {
    String uri = line.text().strip();
    if (sentence.isEmpty() || !sentence.get(sentence.size() - 1).endsWith(":")
        || !uri.startsWith("/") && !uri.regionMatches(true, 0, "http", 0, 4)) {
      return List.of();
    }
    // The sentence opens on one of its last lines: a title without a stop may stand on the lines above it.
    for (int opening = sentence.size() - 1; opening >= 0; opening--) {
      Optional<String> method =
          MethodNamedInProse.captioning(String.join(" ", sentence.subList(opening, sentence.size())));
      if (method.isPresent()) {
        List<MarkdownRequest> requests = MarkdownRequestLines.opening(method.get() + " " + uri, line.line());
        return requests.size() == 1 ? requests : List.of();
      }
    }
    return List.of();
  }

  void text(String line, int lineNumber, boolean listItem) {
    String text = withoutArrow(line.strip());
    state.lastProse = "";
    String above = state.labelAbove;
    state.labelAbove = null;
    if (text.isEmpty()) {
      return;
    }
    Optional<GluedRequestLabels.Parted> glued = GluedRequestLabels.parted(text, labels);
    if (glued.isPresent()) {
      text(glued.get().requestLine(), lineNumber, listItem);
      text(glued.get().label(), lineNumber, listItem);
      return;
    }
    Optional<List<String>> sideBySide = GluedRequestLabels.sideBySide(text, labels);
    if (sideBySide.isPresent()) {
      sideBySide.get().forEach(labelled -> text(labelled, lineNumber, listItem));
      return;
    }
    // The caption opens with one of its words, whose ASCII letters alone the pattern takes in either case.
    Matcher captioned = CAPTION_INITIALS.indexOf(text.charAt(0)) < 0 ? null : CAPTIONED_SENTENCE.matcher(text);
    if (captioned != null && captioned.matches()) {
      // The status names an answer the sentence after it describes.
      MarkdownStatuses.opening(captioned.group(1)).ifPresent(state.current::addResponse);
      state.setContext(Field.RESPONSE_EXAMPLE, false, text.substring(0, captioned.start(2)).strip());
      state.keepAsProse(captioned.group(2));
      return;
    }
    if (state.context == Field.PATH_PARAMETERS && PATH_TEMPLATE.matcher(text).matches()) {
      // The caption of a table of path parameters: the template of the section's examples, no description.
      state.printedTemplates.add(text);
      return;
    }
    Optional<List<String>> required = RequiredNames.of(text);
    if (required.isPresent()) {
      state.current.markRequired(required.get());
      state.keepAsProse(text);
      return;
    }
    Optional<String> methodCaption =
        state.pathOverCaptions == null ? Optional.empty() : MethodCaptions.method(text);
    if (methodCaption.isPresent()) {
      // A method's caption under a path printed alone ({@code api/v1/deals/} over {@code GET: Returns the deals}).
      state.afterRequest = false;
      state.addRequests(List.of(new MarkdownRequest(methodCaption.get(), state.pathOverCaptions, "", lineNumber)));
      String description = MethodCaptions.description(text);
      if (!description.isEmpty()) {
        state.keepAsProse(description);
      }
      return;
    }
    if (state.reading != null && state.reading.paragraph() == state.reading.line() && !listItem) {
      // A path opening a paragraph of its own, not one a sentence runs onto ({@code stored under} over a folder).
      MethodCaptions.pathAlone(text).ifPresent(path -> state.pathAlone(path, lineNumber));
    }
    Optional<MarkdownParameter> placed = listItem ? labels.match(text).flatMap(labelValues::placedParameter)
        : Optional.empty();
    if (placed.isPresent()) {
      state.addParameter(state.listed.introduced(placed.get()));
      return;
    }
    Optional<MarkdownLabels.Match> label =
        labels.match(text).filter(labelValues::takes).filter(match -> !describesStatusAbove(match));
    if (label.isEmpty() && LabelledValue.isLabel(text)) {
      state.labelAbove = text;
    }
    if (label.isEmpty() && !listItem && AnswerCaption.matches(text)) {
      // A caption standing for a heading over the answer's parts ({@code Response Structure}) ends an example before
      // it: what it lists is the answer's, not the request's.
      state.setContext(Field.RESPONSES, false, "");
      state.keepAsProse(text);
      return;
    }
    if (state.inExample() && state.exampleKind() == Example.Kind.REQUEST && label.isEmpty()) {
      // Under a request body's caption, a caption saying whether what follows is required introduces its fields
      // ({@code Request body:} over {@code REQUIRED:} and a list), not an example.
      Optional<ListIntroduction.Captioned> fieldsCaption =
          ListIntroduction.ofRequiredCaption(text, Field.REQUEST_PARAMETERS, listItem).filter(c -> c.rest().isEmpty());
      if (fieldsCaption.isPresent()) {
        state.setContext(Field.REQUEST_PARAMETERS, false, "");
        state.listed.introducedBy(fieldsCaption.get().introduction());
        return;
      }
    }
    if (state.inExample() && examples.read(text, lineNumber, listItem, label)) {
      return;
    }
    if (label.isPresent()) {
      state.afterRequest = false;
      state.setContext(label.get().field(), false, label.get().caption());
      text = MarkdownStatuses.unwrapped(label.get().value());
      if (text.isEmpty()) {
        state.answerLabelled(line);
        qualifiedParameterLabel(line);
        return;
      }
      if (state.inExample()) {
        String value = text;
        // An answer's status may close its caption after the reason ({@code Response OK (200):}).
        Optional<Response> status = MarkdownStatuses.opening(MEDIA_TYPE_NOTE.matcher(text).replaceFirst(""))
            .or(() -> state.exampleKind() == Example.Kind.REQUEST ? Optional.empty()
                : MarkdownStatuses.reasonThenStatus(value));
        if (status.isPresent()) {
          state.current.addResponse(status.get());
          // A caption naming alternatives ({@code Response (200 or 202):}) names each.
          Matcher more = ALTERNATIVE_STATUS.matcher(text);
          while (more.find()) {
            MarkdownStatuses.opening(more.group(1)).ifPresent(state.current::addResponse);
          }
          state.exampleCaption = label.get().caption().isEmpty() ? text : label.get().caption() + " " + text;
        } else {
          state.exampleLines.add(text);
        }
        return;
      }
    }
    if (label.isEmpty() && listItem && state.context != Field.URI && text.startsWith("/")
        && LabelledPath.isPathAlone(text)) {
      // A path alone as an item of a list of routes ({@code 1. /trader/order}) is a request's path when the label of
      // methods follows it in its item ({@code method:POST}), as a path under a label of its own is.
      state.unknownLabelRequests.takeRoute(text, lineNumber);
    }
    List<MarkdownParameter> form =
        state.afterRequest && state.current.takesBody() ? FormTemplate.parameters(text) : List.of();
    if (!form.isEmpty()) {
      // A form body's template on the line under the request line names its parameters.
      form.forEach(state.current::addParameter);
      state.afterRequest = false;
      return;
    }
    Optional<LabelledValue> valueUnder = above == null ? Optional.empty() : LabelledValue.under(above, text);
    if (valueUnder.isPresent()) {
      // The value under a label the profile does not know, before a method alone is taken for a badge.
      takeUnknownLabelValue(above, valueUnder.get(), lineNumber);
      return;
    }
    String badge = state.methodBadge;
    state.methodBadge = null;
    if (state.context != Field.HTTP_METHOD && MarkdownRequestLines.isMethod(text)) {
      state.methodBadge = MarkdownRequestLines.method(text);
      return;
    }
    List<MarkdownRequest> requests = badge != null && LabelledFieldLines.ABSOLUTE_OR_PATH.matcher(text).lookingAt()
        ? List.of(new MarkdownRequest(badge, UriTemplate.printedAt(text).uri(), "", lineNumber))
        : MarkdownRequestLines.ofTextLine(LiteralRequests.opening(state.reading).orElse(text), lineNumber);
    if (!requests.isEmpty()) {
      String pathAbove = state.pathOverCaptions;
      List<MarkdownRequest> templated = withTemplateAbove(requests);
      state.addRequests(templated);
      if (templated != requests || requests.size() == 1 && pathAbove != null
          && requests.get(0).uri().split("\\?", 2)[0].equals(pathAbove)) {
        state.takeParametersSincePathAlone();
      }
      String after = templated.get(templated.size() - 1).note();
      if (templated.size() == 1 && !after.isEmpty() && labels.match(after).filter(match -> !match.spaced())
          .isPresent()) {
        // A label after the request line on its line ({@code Endpoint: GET /api/qr Query Parameters:}), as a page
        // saved as text joins a request's box and the caption under it, captions what follows.
        text(after, lineNumber, listItem);
      }
      return;
    }
    // A badge before the request's name ({@code GET Get Sermon by ID}) is the method of the URL on the next line;
    // the name is read on as prose.
    MarkdownRequestLines.namedBadge(text).ifPresent(method -> state.methodBadge = method);
    Optional<MarkdownRequest> literalRequest =
        state.reading == null ? Optional.empty() : LabelledPath.request(state.reading);
    if (literalRequest.isPresent()) {
      state.addRequests(List.of(literalRequest.get()));
      return;
    }
    Optional<String> labelledPath = state.reading == null ? Optional.empty() : LabelledPath.of(state.reading);
    if (label.isEmpty() && labelledPath.isPresent()) {
      state.addLabelledRequests(state.labelledRequest.uri(labelledPath.get(), lineNumber));
      return;
    }
    // Under a label of statuses, a caption before a status says when it is sent ({@code On success: 302 ...}).
    boolean captionedStatus = state.context == Field.RESPONSES && MarkdownStatuses.afterCaption(text).isPresent();
    Optional<LabelledValue> value =
        label.isPresent() || captionedStatus ? Optional.empty() : LabelledValue.afterLabel(text);
    if (value.isPresent()) {
      takeUnknownLabelValue(text, value.get(), lineNumber);
      return;
    }
    List<MarkdownRequest> quoted = LiteralRequests.quoted(state.reading);
    if (!quoted.isEmpty()) {
      state.addRequests(quoted);
    }
    state.afterRequest = false;
    state.prose.add(text);
    state.deprecation(text);
    if (note(text)) {
      return;
    }
    if (!listItem && listIntroduction(text)) {
      return;
    }
    if (!listItem && ListIntroduction.introducesValues(text)) {
      state.listed.valuesFollow();
      state.keepAsProse(text);
      return;
    }
    if (!listItem) {
      state.listed.endValues();
    } else if (state.listed.listsValues()) {
      return;
    }
    if (!fields.documents(text, lineNumber, listItem) && !qualifiedParameter(text, listItem)) {
      if (state.reading == null) {
        ProseStatuses.in(text).forEach(state.current::addResponse);
      }
      statusAlone(text);
      state.statusLiterals();
      other(text, lineNumber);
    }
  }

  /**
   * Whether a line worded as an answer's caption ({@code Successful response}) stands right under a status alone in a
   * list of statuses, as OpenAPI renderers print a status over its description: it describes that status.
   */
  private boolean describesStatusAbove(MarkdownLabels.Match match) {
    List<Response> responses = state.current.responses;
    return state.context == Field.RESPONSES && MarkdownLabels.isExample(match.field()) && match.value().isEmpty()
        && state.lineBefore != null && STATUS_ALONE.matcher(state.lineBefore.text().strip()).matches()
        && !responses.isEmpty() && responses.get(responses.size() - 1).description().isEmpty();
  }

  /**
   * The requests, the first filling in the variables of the path printed alone above it with values
   * ({@code /dev/task/:id} over {@code GET /dev/task/task_123} and its headers) taking that path, its query kept: a
   * page showing a call under its template documents the template. A word in a variable's place ({@code /users/me})
   * may be a route of its own, and the template is the one call's under it.
   */
  private List<MarkdownRequest> withTemplateAbove(List<MarkdownRequest> requests) {
    String template = state.pathOverCaptions;
    if (template == null || template.indexOf(':') < 0 && template.indexOf('{') < 0 && template.indexOf('<') < 0
        || requests.size() != 1 || !ExampleRequests.fillsVariablesWithValues(template, requests.get(0).uri())) {
      return requests;
    }
    state.pathOverCaptions = null;
    String uri = requests.get(0).uri();
    int query = uri.indexOf('?');
    return List.of(requests.get(0).withUri(query < 0 ? template : template + uri.substring(query)));
  }

  /**
   * A list item no label introduces that names a parameter with a type or required mark in parentheses
   * ({@code limit (integer, optional) At most ...}), as guides list parameters right under the request line, or
   * under a heading naming the request ({@code #### Request} over its body and {@code **Fields:**}).
   */
  private boolean qualifiedParameter(String text, boolean listItem) {
    boolean underRequestHeading = state.context == Field.URI && state.headingContext;
    if (state.context != null && !underRequestHeading || !listItem) {
      return false;
    }
    if (underRequestHeading && !Character.isLowerCase(text.codePointAt(0)) && text.indexOf('_') < 0
        && MarkdownParameterText.qualifiedItem(text).filter(item -> !item.type().isEmpty()).isEmpty()) {
      // Under a heading, a capitalised word with a mark alone opens a note's item ({@code Sandbox (optional) - try it
      // there first}); a field's gives its type ({@code QueueUrl (string, required)}).
      return false;
    }
    Optional<MarkdownParameter> item = MarkdownParameterText.qualifiedItem(text);
    item.ifPresent(state::addParameter);
    return item.isPresent();
  }

  /**
   * A line that is a status and its standard reason and nothing else ({@code 204 No Content}), as pages generated from
   * OpenAPI list an operation's answers, or a status after a word captioning it ({@code Status-Code: 401}), names one
   * the request answers with.
   */
  private void statusAlone(String text) {
    if (state.current == state.shared) {
      // Lists of statuses outside any endpoint's part (retries, troubleshooting, a changelog) say nothing of one.
      return;
    }
    // A cell joining statuses ({@code | Error Output | 404 Not Found ou 400 Bad Request |}) names the request's; a
    // line of prose may name another party's (what a webhook's receiver answers, what a client retries on).
    List<Response> joined = state.reading == null ? JoinedStatuses.of(text) : List.of();
    if (!joined.isEmpty()) {
      joined.forEach(state.current::addResponse);
      return;
    }
    MarkdownStatuses.opening(text).filter(MarkdownStatuses::hasStandardReason)
        .or(() -> MarkdownStatuses.captioned(text))
        .or(() -> state.context == Field.RESPONSES ? MarkdownStatuses.alone(text)
            .or(() -> MarkdownStatuses.closingAnswerCaption(text)) : Optional.empty())
        .filter(status -> status.description().isEmpty()).ifPresent(state.current::addResponse);
  }

  /**
   * A sentence introducing a list of parameters sets the field it names, as a label would; one introducing what the
   * answer holds ({@code The response ... consists of a dictionary containing the following keys:}), wrapped over
   * lines of its paragraph or not, sets the answer's, whose items are no parameters.
   */
  private boolean listIntroduction(String text) {
    if (ListIntroduction.of(text, labels).isEmpty() && ListIntroduction.introducesAnswer(withLineBefore(text))) {
      state.setContext(Field.RESPONSES, false, "");
      // The items under it name the answer's fields: neither parameters nor what a status means.
      state.listed.valuesFollow();
      state.keepAsProse(text);
      return true;
    }
    Optional<ListIntroduction> introduced = ListIntroduction.of(text, labels);
    if (introduced.isEmpty()) {
      return false;
    }
    state.setContext(introduced.get().field(), false, "");
    state.keepAsProse(text);
    state.listed.introducedBy(introduced.get());
    return true;
  }

  private boolean note(String text) {
    // A note's pattern holds a colon: a line without one is told before it runs.
    if (notePattern == null || text.indexOf(':') < 0) {
      return false;
    }
    Matcher matcher = notePattern.matcher(text);
    if (!matcher.matches()) {
      return false;
    }
    if (!matcher.group(1).isBlank()) {
      state.current.notes.add(matcher.group(1).strip());
    }
    return true;
  }

  /**
   * A label of parameters qualified as required or optional in its parentheses ({@code Parámetros (opcional, para
   * filtrar):}) introduces its list as such.
   */
  private void qualifiedParameterLabel(String line) {
    if (line.indexOf('(') < 0
        || LabelledFieldLines.locationOf(state.context) == null && state.context != Field.REQUEST_PARAMETERS) {
      return;
    }
    // Any word of the parentheses may be the mark ({@code (opcional, para filtrar)}, {@code (all optional)}).
    Boolean required = null;
    for (String word : line.substring(line.indexOf('(') + 1).split("[\\s,;:()]+")) {
      Boolean mark = word.isEmpty() ? null : MarkdownRequired.fromNameMark(word);
      if (mark != null && required != null && !mark.equals(required)) {
        return;
      }
      required = mark != null ? mark : required;
    }
    if (required != null) {
      // A label stands over what it lists as a heading does, the table under it included.
      state.listed.introducedByLabel(new ListIntroduction(state.context, required, true));
    }
  }

  /**
   * Takes a method or path under a label the profile does not know; a method alone under a label naming a method or
   * a type ({@code Type: PUT}, as smart-doc prints it; not {@code Cache: HEAD} or {@code Removed in v2: PUT})
   * completes a URI a known label printed a few lines above it and left waiting.
   *
   * @param labelled the line of the label, with its value or above it
   */
  private void takeUnknownLabelValue(String labelled, LabelledValue value, int lineNumber) {
    state.unknownLabelRequests.take(value, lineNumber);
    if (state.labelledRequest.uriWaits() && LabelledValue.namesMethodOrType(labelled)) {
      int uriLine = state.labelledRequest.line();
      state.unknownLabelRequests.methodsFor(uriLine).ifPresent(methods -> state.addLabelledRequests(
          state.labelledRequest.methods(methods, uriLine)));
    }
  }

  /** The line with the one before it when both are of one paragraph and it continues that one's sentence. */
  private String withLineBefore(String text) {
    MarkdownElement.TextLine before = state.lineBefore;
    boolean continues = state.reading != null && before != null && !before.listItem()
        && before.paragraph() == state.reading.paragraph() && ContinuedSentences.continues(before.text(), text);
    return continues ? before.text().strip() + " " + text : text;
  }

  /** A label without the arrow pointing at it ({@code -> Request body :}): decoration, as a bullet would be. */
  private static String withoutArrow(String text) {
    if (!text.endsWith(":") && !text.endsWith("：")) {
      return text;
    }
    Matcher arrow = LEADING_ARROW.matcher(text);
    return arrow.lookingAt() ? text.substring(arrow.end()) : text;
  }

  /** A line no field claims: prose, or a label the profile does not know. */
  private void other(String text, int lineNumber) {
    List<Response> captioned = StatusCaptions.statuses(text);
    if (!captioned.isEmpty() && LabelledValue.isLabel(text)) {
      // An answer's caption in words the profile does not know, naming its statuses ({@code Başarılı Yanıt (201):}):
      // the example's block under it makes them the answer's.
      state.setContext(Field.RESPONSE_EXAMPLE, false, text);
      state.captionedStatuses = captioned;
      return;
    }
    // A label of words in capitals, as labels open: one in lower case is more likely a sentence cut short.
    if (Character.isUpperCase(text.codePointAt(0)) && LabelledValue.isLabel(text)) {
      if (labels.within(text.substring(0, text.length() - 1)).filter(field -> field == Field.RESPONSES).isPresent()) {
        // A label naming the statuses among words of its own ({@code Error Response status codes to handle:}).
        state.setContext(Field.RESPONSES, false, "");
        return;
      }
      if (!state.headingContext) {
        diagnostics.report(DiagnosticKind.UNKNOWN_LABEL, "'" + text + "' reads as a label the profile does not know;"
            + " the lines after it are read as prose", where.apply(lineNumber));
        state.setContext(null, false, "");
      }
      return;
    }
    state.keepAsProse(text);
  }

}
