package io.mcdewey.parse.markdown;

import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Example;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.dialect.HtmlElements;
import io.mcdewey.parse.markdown.dialect.HttpDomainFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@link MarkdownSection} line by line. Labels set the field that the lines after them document (request
 * line, parameters, status codes, examples) until the next label; a label printed as a heading holds until the next
 * heading. Request lines may stand anywhere: each run of them opens a {@link MarkdownPart} that owns what follows.
 */
final class MarkdownSectionReader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** What goes on with a URI right after it: a segment, a variable, a query, a suffix. */
  private static final String URI_GOES_ON = "/{}:?<>*_.[]&=%$~+";
  /** An HTML block in a table's cell: a list, a table or a paragraph. */
  private static final Pattern HTML_BLOCK = Pattern.compile("(?i)<(?:ul|ol|table|p|dl)\\b");
  private static final Pattern WORDS = Pattern.compile("^[\\p{L}\\p{N}(].*\\S+\\s+\\S+\\s+\\S+.*");
  /** A parameter's name alone: a word of letters, digits, underscores, dots, brackets or hyphens. */
  private static final Pattern BARE_NAME = Pattern.compile("^[A-Za-z_][\\w.\\[\\]-]*$");
  private static final Pattern NONE = Pattern.compile("(?i)^(none|n/a|-|—)\\.?$");
  /** Words of a heading about the answer ({@code Response Content}), under which tables describe its fields. */
  private static final Pattern ANSWER =
      Pattern.compile("(?i)\\b(responses?|returns?|results?|output|success|errors? \\dxx)\\b");
  /**
   * An answer's caption with its status in parentheses, then a sentence on its line
   * ({@code Response (200): Shaped like the list.}).
   */
  private static final Pattern CAPTIONED_SENTENCE = Pattern.compile("^(?i:response|success|error|status(?: code)?)"
      + "\\s*\\(\\s*([1-5]\\d\\d)\\s*\\)\\s*:\\s+(\\p{L}.*)$");
  /** A heading about an answer that closes with its status in parentheses ({@code Example Response (200 OK)}). */
  private static final Pattern ANSWER_HEADING_STATUS =
      Pattern.compile("(?i)\\b(?:response|answer|result)\\b.*\\(\\s*([1-5]\\d\\d)(?:\\s+[a-z][\\w -]*)?\\)\\s*:?$");
  /** A further status a caption offers as an alternative ({@code 200 or 202}). */
  private static final Pattern ALTERNATIVE_STATUS = Pattern.compile("(?:,|\\bor|\\band|/)\\s*([1-5]\\d\\d)\\b");
  /** The media type an example's label names after its status ({@code Response 200 (application/json)}). */
  private static final Pattern MEDIA_TYPE_NOTE = Pattern.compile("\\s*\\(\\w+/[\\w.+-]+\\)\\s*$");
  /** The word before a status in a heading about one answer ({@code Response 200}, {@code Status code: 404}). */
  private static final Pattern EXAMPLE_STATUS_LINE =
      Pattern.compile("^(?:HTTP(?:/\\d(?:\\.\\d)?)?\\s+|Status(?: [Cc]ode)?:\\s*)"
          + "([1-5]\\d\\d(?:[ \\t]+[A-Z][\\w -]*|[ \\t]*(?=\\n|$)))");
  /** The first line of a payload: an object, an array or an element. */
  private static final Pattern BODY_OPENING = Pattern.compile("\\s*[\\[{<]");
  /** A query whose values are placeholders ({@code ?device=:name}, {@code ?id={id}}, {@code ?q=<text>}). */
  private static final Pattern QUERY_PLACEHOLDER = Pattern.compile("[?&][^=&]+=(?::|\\{|<)");
  private static final Pattern ABSOLUTE_OR_PATH = Pattern.compile("(?i)^(https?://\\S|/\\S*)");

  private final MarkdownLabels labels;
  private final Profile profile;
  private final Diagnostics diagnostics;
  private final IntFunction<Provenance> where;
  private final Pattern notePattern;

  private final MarkdownPart shared = new MarkdownPart();
  private final List<MarkdownPart> endpoints = new ArrayList<>();
  /** The part the lines read now belong to. */
  private MarkdownPart current = shared;
  private final List<String> exampleTexts = new ArrayList<>();
  private final ShownRequests shownRequests = new ShownRequests();
  /** Statuses of raw HTTP answers under no response label, given to their part once the section has an endpoint. */
  private final List<Runnable> unlabelledStatuses = new ArrayList<>();
  private final List<String> prose = new ArrayList<>();

  private Field context;
  private boolean headingContext;
  /** The level of the heading that set the context, when a heading did. */
  private int contextLevel;
  private String exampleCaption = "";
  private final List<String> exampleLines = new ArrayList<>();
  private boolean afterRequest;
  private String lastProse = "";
  private final ListedParameters listed = new ListedParameters();
  /** The requests the section's heading names. */
  private List<MarkdownRequest> titled = List.of();
  /** A method printed alone on the line before, as documentation sites print a method badge over the URL. */
  private String methodBadge;
  private final LabelledRequest labelledRequest = new LabelledRequest();
  /** The line before, if it is a label the profile does not know, whose value the line after may be alone. */
  private String labelAbove;
  private final UnknownLabelRequests unknownLabelRequests = new UnknownLabelRequests();
  /** The requests of commands under a caption naming their method ({@code GET Request}). */
  private final List<MarkdownRequest> captionedCommands = new ArrayList<>();
  /** The title of the section read, which may name the method of the paths its tables list. */
  private String sectionTitle = "";
  /** The text line being read, when a line of the guide is: its literals and paragraph serve prose rules. */
  private MarkdownElement.TextLine reading;

  /**
   * @param where the provenance of a line of the guide
   */
  MarkdownSectionReader(MarkdownLabels labels, Profile profile, Diagnostics diagnostics,
      IntFunction<Provenance> where) {
    this.labels = labels;
    this.profile = profile;
    this.diagnostics = diagnostics;
    this.where = where;
    this.notePattern = profile.noteMarker().isEmpty() ? null
        : Pattern.compile("(?i)^" + Pattern.quote(profile.noteMarker()) + "s?\\s*:\\s*(.*)$");
  }

  /**
   * What a section documents.
   *
   * @param section the section read
   * @param shared what the text before the first request line documents, for all requests
   * @param endpoints each run of request lines with what follows it
   * @param exampleTexts the text of every example, which shows placeholders filled in
   * @param prose every line of text outside examples, which may explain placeholders
   */
  record Reading(MarkdownSection section, MarkdownPart shared, List<MarkdownPart> endpoints,
      List<String> exampleTexts, List<String> prose) {}

  Reading read(MarkdownSection section) {
    sectionTitle = section.title();
    deprecation(section.title());
    titled = section.requests();
    if (!titled.isEmpty()) {
      addRequests(titled);
      afterRequest = false;
    } else {
      pathCaption(section.title(), section.line());
    }
    List<MarkdownElement> elements = section.elements();
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.Heading heading) {
        heading(heading);
      } else if (element instanceof MarkdownElement.TextLine line) {
        reading = line;
        text(line.text(), line.line(), line.listItem());
        reading = null;
      } else if (element instanceof MarkdownElement.Table table) {
        table(table);
      } else if (element instanceof MarkdownElement.Code code) {
        code(code);
      } else if (element instanceof MarkdownElement.FieldListItem field) {
        field(field);
      }
    }
    finishExample();
    if (endpoints.isEmpty() && unknownLabelRequests.requests().isEmpty() && labelledRequest.hasMethods()) {
      unknownLabelRequests.lonePath()
          .ifPresent(path -> addLabelledRequests(labelledRequest.uri(path, unknownLabelRequests.line())));
    }
    finishLabelledRequest();
    if (endpoints.isEmpty() && !unknownLabelRequests.requests().isEmpty()) {
      // Requests printed only under labels the profile does not know are the section's, and what it documents
      // theirs, when nothing else in it makes one.
      current = shared;
      afterRequest = false;
      addRequests(unknownLabelRequests.requests());
    }
    // Statuses said in prose come first: they tell whether a section's examples show its endpoint.
    for (MarkdownPart part : parts()) {
      for (ProseParameters.Paragraph paragraph : part.proseParagraphs()) {
        Sentences.of(paragraph.text()).forEach(
            sentence -> statusInProse(paragraph.text().substring(sentence.start(), sentence.stop()), part));
      }
    }
    requestsOfExamples();
    if (!endpoints.isEmpty()) {
      unlabelledStatuses.forEach(Runnable::run);
    }
    for (MarkdownPart part : endpoints) {
      ProseParameters.read(part.proseParagraphs()).forEach(part::addOrComplete);
      bodyTemplates(part).forEach(part::addOrComplete);
    }
    if (!elements.isEmpty()) {
      checkEnd(section, elements.get(elements.size() - 1));
    }
    return new Reading(section, shared, List.copyOf(endpoints), List.copyOf(exampleTexts), List.copyOf(prose));
  }

  /**
   * A heading sets the field its label names, or the one its words name ({@code Optional request headers}); a
   * heading inside an example heading only captions the payloads under it, and names their status if it opens with
   * one ({@code 201: Created}).
   */
  private void heading(MarkdownElement.Heading heading) {
    afterRequest = false;
    methodBadge = null;
    labelAbove = null;
    unknownLabelRequests.headingPassed();
    deprecation(heading.text());
    List<String> methods = MarkdownRequestLines.methods(heading.text());
    if (!methods.isEmpty()) {
      // A heading naming a method alone, under a URI label or a path heading ({@code Endpoint: /clusters/{name}}
      // over {@code GET} and {@code PUT}), documents that request under it.
      boolean capitals = heading.text().equals(heading.text().toUpperCase(Locale.ROOT));
      List<MarkdownRequest> requests = labelledRequest.methodsHeading(methods, capitals, heading.line());
      if (!requests.isEmpty()) {
        setContext(null, true, "");
        contextLevel = heading.level();
        addRequests(requests);
        // What follows the heading is that request's, not a further request line's run.
        afterRequest = false;
        return;
      }
    }
    labelledRequest.headingPassed();
    Optional<MarkdownLabels.Match> label = labels.match(heading.text()).filter(match -> !match.spaced());
    if (inExample() && headingContext && heading.level() > contextLevel) {
      finishExample();
      Optional<Response> status = MarkdownStatuses.opening(heading.text());
      status.ifPresent(current::addResponse);
      context = label.map(match -> exampleField(match.field()))
          .orElse(status.isPresent() ? Field.RESPONSE_EXAMPLE : context);
      exampleCaption = heading.text();
      return;
    }
    Optional<ListIntroduction> marked = label.isEmpty() && headingContext && heading.level() > contextLevel
        ? ListIntroduction.ofRequiredHeading(heading.text(), context) : Optional.empty();
    if (marked.isPresent()) {
      // A heading saying only whether the parameters under it are required ({@code ### Optional}) keeps them
      // those of the heading above.
      listed.forget();
      listed.introducedBy(marked.get());
      return;
    }
    contextLevel = heading.level();
    Matcher answerStatus = ANSWER_HEADING_STATUS.matcher(heading.text());
    if (answerStatus.find()) {
      // A heading over an answer naming its status in parentheses ({@code Example Response (200 OK)}).
      MarkdownStatuses.opening(answerStatus.group(1)).ifPresent(current::addResponse);
    }
    if (label.isEmpty()) {
      Optional<Response> status = MarkdownStatuses.ofHeading(heading.text());
      if (status.isPresent() || ANSWER.matcher(heading.text()).find()) {
        setContext(Field.RESPONSES, true, "");
        status.ifPresent(current::addResponse);
      } else {
        setContext(labels.within(heading.text()).orElse(null), true, "");
      }
      return;
    }
    setContext(label.get().field(), true, label.get().caption());
    if (!label.get().value().isEmpty()) {
      text(label.get().value(), heading.line(), false);
    }
  }

  private void setContext(Field field, boolean heading, String caption) {
    boolean answer = describesResponse();
    finishExample();
    context = field == Field.OBJECT_FIELDS ? answer ? Field.RESPONSE_EXAMPLE : Field.REQUEST_PARAMETERS : field;
    headingContext = heading;
    exampleCaption = caption;
    listed.forget();
    listed.introducedBy(null);
  }

  private void text(String line, int lineNumber, boolean listItem) {
    String text = line.strip();
    lastProse = "";
    String above = labelAbove;
    labelAbove = null;
    if (text.isEmpty()) {
      return;
    }
    Matcher captioned = CAPTIONED_SENTENCE.matcher(text);
    if (captioned.matches()) {
      // The status names an answer the sentence after it describes.
      MarkdownStatuses.opening(captioned.group(1)).ifPresent(current::addResponse);
      setContext(Field.RESPONSE_EXAMPLE, false, text.substring(0, captioned.start(2)).strip());
      keepAsProse(captioned.group(2));
      return;
    }
    Optional<List<String>> required = RequiredNames.of(text);
    if (required.isPresent()) {
      current.markRequired(required.get());
      keepAsProse(text);
      return;
    }
    Optional<MarkdownLabels.Match> label = labels.match(text).filter(this::takes);
    if (label.isEmpty() && LabelledValue.isLabel(text)) {
      labelAbove = text;
    }
    if (label.isEmpty() && !listItem && AnswerCaption.matches(text)) {
      // A caption standing for a heading over the answer's parts ({@code Response Structure}) ends an example before
      // it: what it lists is the answer's, not the request's.
      setContext(Field.RESPONSES, false, "");
      keepAsProse(text);
      return;
    }
    if (inExample() && example(text, lineNumber, listItem, label)) {
      return;
    }
    if (label.isPresent()) {
      afterRequest = false;
      setContext(label.get().field(), false, label.get().caption());
      text = MarkdownStatuses.unwrapped(label.get().value());
      if (text.isEmpty()) {
        return;
      }
      if (inExample()) {
        Optional<Response> status = MarkdownStatuses.opening(MEDIA_TYPE_NOTE.matcher(text).replaceFirst(""));
        if (status.isPresent()) {
          current.addResponse(status.get());
          // A caption naming alternatives ({@code Response (200 or 202):}) names each.
          Matcher more = ALTERNATIVE_STATUS.matcher(text);
          while (more.find()) {
            MarkdownStatuses.opening(more.group(1)).ifPresent(current::addResponse);
          }
          exampleCaption = label.get().caption().isEmpty() ? text : label.get().caption() + " " + text;
        } else {
          exampleLines.add(text);
        }
        return;
      }
    }
    List<MarkdownParameter> form = afterRequest && takesBody(current) ? FormTemplate.parameters(text) : List.of();
    if (!form.isEmpty()) {
      // A form body's template on the line under the request line names its parameters.
      form.forEach(current::addParameter);
      afterRequest = false;
      return;
    }
    Optional<LabelledValue> valueUnder = above == null ? Optional.empty() : LabelledValue.of(text);
    if (valueUnder.isPresent()) {
      // The value under a label the profile does not know, before a method alone is taken for a badge.
      unknownLabelRequests.take(valueUnder.get(), lineNumber);
      return;
    }
    String badge = methodBadge;
    methodBadge = null;
    if (context != Field.HTTP_METHOD && MarkdownRequestLines.isMethod(text)) {
      methodBadge = MarkdownRequestLines.method(text);
      return;
    }
    List<MarkdownRequest> requests = badge != null && ABSOLUTE_OR_PATH.matcher(text).lookingAt()
        ? List.of(new MarkdownRequest(badge, UriTemplate.printedAt(text).uri(), "", lineNumber))
        : MarkdownRequestLines.ofTextLine(openingRequestLiteral().orElse(text), lineNumber);
    if (!requests.isEmpty()) {
      addRequests(requests);
      return;
    }
    // A badge before the request's name ({@code GET Get Sermon by ID}) is the method of the URL on the next line;
    // the name is read on as prose.
    MarkdownRequestLines.namedBadge(text).ifPresent(method -> methodBadge = method);
    Optional<MarkdownRequest> literalRequest = reading == null ? Optional.empty() : LabelledPath.request(reading);
    if (literalRequest.isPresent()) {
      addRequests(List.of(literalRequest.get()));
      return;
    }
    Optional<String> labelledPath = reading == null ? Optional.empty() : LabelledPath.of(reading);
    if (label.isEmpty() && labelledPath.isPresent()) {
      addLabelledRequests(labelledRequest.uri(labelledPath.get(), lineNumber));
      return;
    }
    Optional<LabelledValue> value = label.isPresent() ? Optional.empty() : LabelledValue.afterLabel(text);
    if (value.isPresent()) {
      unknownLabelRequests.take(value.get(), lineNumber);
      return;
    }
    List<MarkdownRequest> quoted = quotedRequests();
    if (!quoted.isEmpty()) {
      addRequests(quoted);
    }
    afterRequest = false;
    prose.add(text);
    deprecation(text);
    if (note(text)) {
      return;
    }
    if (!listItem && listIntroduction(text)) {
      return;
    }
    if (!documents(text, lineNumber, listItem) && !qualifiedParameter(text, listItem)) {
      if (reading == null) {
        statusInProse(text, current);
      }
      statusAlone(text);
      statusLiterals();
      other(text, lineNumber);
    }
  }

  /** The body parameters of the JSON templates among the code blocks a part prints outside its answers. */
  private static List<MarkdownParameter> bodyTemplates(MarkdownPart part) {
    List<MarkdownParameter> parameters = new ArrayList<>();
    part.codes.forEach(text -> JsonTemplates.parameters(text).ifPresent(parameters::addAll));
    return parameters;
  }

  private List<MarkdownPart> parts() {
    List<MarkdownPart> parts = new ArrayList<>();
    parts.add(shared);
    parts.addAll(endpoints);
    return parts;
  }

  /**
   * The statuses a line of prose quotes as literals with their standard reason ({@code comes back with `201
   * Created`}): a status set apart as code is one the request answers with.
   */
  private void statusLiterals() {
    if (reading != null) {
      reading.literals().forEach(literal -> MarkdownStatuses.opening(literal.text())
          .filter(MarkdownStatuses::hasStandardReason).filter(r -> r.description().isEmpty())
          .ifPresent(current::addResponse));
    }
  }

  /**
   * The requests a line of prose quotes whole as literals ({@code a legacy endpoint, `POST /v1/x/<id>`, does the
   * same}): a request line set apart as code documents an endpoint wherever it stands.
   */
  private List<MarkdownRequest> quotedRequests() {
    if (reading == null) {
      return List.of();
    }
    List<MarkdownRequest> quoted = new ArrayList<>();
    for (MarkdownElement.TextLine.Literal literal : reading.literals()) {
      // A call with its query filled in (`GET /entries?ids=1,2`) shows how to use an endpoint, not which it is.
      MarkdownRequestLines.opening(literal.text(), reading.line()).stream()
          .filter(request -> !ExampleRequests.fillsQuery(UriTemplate.parse(request.uri())))
          .forEach(quoted::add);
    }
    return quoted;
  }

  /**
   * A list item no label introduces that names a parameter with a type or required mark in parentheses
   * ({@code limit (integer, optional) At most ...}), as guides list parameters right under the request line.
   */
  private boolean qualifiedParameter(String text, boolean listItem) {
    if (context != null || !listItem) {
      return false;
    }
    Optional<MarkdownParameter> item = MarkdownParameterText.qualifiedItem(text);
    item.ifPresent(this::addParameter);
    return item.isPresent();
  }

  /**
   * A line that is a status and its standard reason and nothing else ({@code 204 No Content}), as pages generated from
   * OpenAPI list an operation's answers, or a status after a word captioning it ({@code Status-Code: 401}), names one
   * the request answers with.
   */
  private void statusAlone(String text) {
    if (current == shared) {
      // Lists of statuses outside any endpoint's part (retries, troubleshooting, a changelog) say nothing of one.
      return;
    }
    MarkdownStatuses.opening(text).filter(MarkdownStatuses::hasStandardReason)
        .or(() -> MarkdownStatuses.captioned(text))
        .filter(status -> status.description().isEmpty()).ifPresent(current::addResponse);
  }

  /** Adds the statuses a sentence names as those the request answers with ({@link ProseStatuses}). */
  private static void statusInProse(String text, MarkdownPart part) {
    ProseStatuses.in(text).forEach(part::addResponse);
  }

  /**
   * Reads a line met inside an example: code-like lines are its text, labels under an example heading caption the
   * next payload, sentences under one describe it. False when the line ends the example and is read as any other.
   */
  private boolean example(String text, int lineNumber, boolean listItem, Optional<MarkdownLabels.Match> label) {
    if (label.isPresent() && headingContext) {
      finishExample();
      context = exampleField(label.get().field());
      exampleCaption = label.get().caption();
      String value = label.get().value();
      Optional<Response> status = describesResponse() ? MarkdownStatuses.opening(value)
          .filter(response -> MarkdownStatuses.isCode(value) || MarkdownStatuses.hasStandardReason(response))
          : Optional.empty();
      if (status.isPresent()) {
        // The next answer's caption under the heading of the one before ({@code Response 401} after a body).
        current.addResponse(status.get());
        exampleCaption = text;
      } else if (!value.isEmpty()) {
        exampleLines.add(value);
      }
      return true;
    }
    if (label.isPresent()) {
      return false;
    }
    if (MarkdownRequestLines.isMethod(text)) {
      // A method alone is a badge over the next endpoint's path, never a line of an example.
      setContext(null, false, "");
      return false;
    }
    if (context == Field.REQUEST_EXAMPLE && MarkdownStatuses.captioned(text).isEmpty()
        && (listItem && MarkdownParameterText.item(text, null).isPresent()
            || MarkdownParameterText.marked(text, null).isPresent())) {
      // Items naming fields after a request's example ({@code * username (String) − the account's name}), or names
      // marked required under its label ({@code job (required)}), document the request's fields.
      setContext(Field.REQUEST_PARAMETERS, false, "");
      return false;
    }
    List<MarkdownRequest> printed =
        text.contains("HTTP/") ? List.of() : MarkdownRequestLines.ofTextLine(text, lineNumber);
    if (!exampleLines.isEmpty() && RawMessages.writesVariables(printed)) {
      // A request line writing variables after an example's lines is the next endpoint, as an example shows values
      // ({@code Example: /users/42}, then {@code DELETE /users/{id}}).
      setContext(null, false, "");
      return false;
    }
    List<MarkdownRequest> answered = exampleLines.isEmpty()
        ? printed.stream().filter(MarkdownSectionReader::namesAnsweredCall).toList() : List.of();
    if (!answered.isEmpty()) {
      // A request line printed over an example ({@code GET /api/users} above its JSON) names the call it shows, or
      // the next endpoint after it; one with a protocol version opens a raw exchange, whose request is an example.
      addRequests(answered);
      return true;
    }
    Optional<Response> status = context == Field.REQUEST_EXAMPLE ? Optional.empty()
        : exampleLines.isEmpty() ? MarkdownStatuses.opening(text).filter(MarkdownStatuses::hasStandardReason)
            .or(() -> MarkdownStatuses.captioned(text))
        : MarkdownStatuses.captioned(text);
    if (status.isPresent()) {
      // A response example opening with its status line ({@code 404 Not Found}) or a caption naming one
      // ({@code Status code: 200}) names its status; a caption after lines of an example opens the next one
      // ({@code Code: 401} after the 404's body and an {@code OR}).
      finishExample();
      current.addResponse(status.get());
      exampleCaption = text;
      return true;
    }
    if (!isProse(text)) {
      exampleLines.add(text);
      return true;
    }
    if (headingContext) {
      finishExample();
      statusInProse(text, current);
      statusLiterals();
      current.prose.add(text);
      return true;
    }
    setContext(null, false, "");
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

  /** A sentence introducing a list of parameters sets the field it names, as a label would. */
  private boolean listIntroduction(String text) {
    Optional<ListIntroduction> introduced = ListIntroduction.of(text, labels);
    if (introduced.isEmpty()) {
      return false;
    }
    setContext(introduced.get().field(), false, "");
    keepAsProse(text);
    listed.introducedBy(introduced.get());
    return true;
  }

  /** Whether a label's value, when only a space parts them, is one the field takes rather than a sentence. */
  private boolean takes(MarkdownLabels.Match label) {
    if (!label.spaced()) {
      return true;
    }
    String value = label.value();
    return switch (label.field()) {
      case URI -> !MarkdownRequestLines.opening(value, 0).isEmpty();
      case RESPONSES, RESPONSE_EXAMPLE, FAILURE_RESPONSE_EXAMPLE ->
          MarkdownStatuses.opening(MarkdownStatuses.unwrapped(value)).isPresent();
      case QUERY_PARAMETERS, PATH_PARAMETERS, REQUEST_PARAMETERS ->
          WHITESPACE.split(value, 2)[0].contains("=") && !MarkdownParameterText.assignments(value, null).isEmpty();
      default -> false;
    };
  }

  /** Reads a line as the field in context documents it; false when it is not such a line. */
  private boolean documents(String text, int lineNumber, boolean listItem) {
    if (context == null) {
      return false;
    }
    return switch (context) {
      case RESPONSES -> status(text);
      case QUERY_PARAMETERS, PATH_PARAMETERS, REQUEST_PARAMETERS -> parameters(text, listItem);
      case HEADERS -> headers(text, listItem);
      // A label's value may stand as a bullet of its own, as a plain-text list prints it ({@code * /api/docs}).
      case URI -> uri(LabelledValue.withoutBullet(text), lineNumber);
      case HTTP_METHOD -> method(LabelledValue.withoutBullet(text), lineNumber);
      default -> false;
    };
  }

  private boolean status(String text) {
    Optional<Response> response = MarkdownStatuses.opening(text);
    if (response.isPresent()) {
      current.addResponse(response.get());
      // Further statuses on the line, each with its standard reason ({@code 403 Forbidden ..., 422 Unprocessable}).
      ProseStatuses.withStandardReasons(text, 3).stream()
          .filter(r -> current.responses.stream().noneMatch(known -> known.status() == r.status()))
          .forEach(current::addResponse);
      return true;
    }
    List<Response> responses = current.responses;
    if (!responses.isEmpty() && responses.get(responses.size() - 1).description().isEmpty()) {
      Response last = responses.remove(responses.size() - 1);
      responses.add(new Response(last.status(), last.reason(), text));
      return true;
    }
    return false;
  }

  private boolean parameters(String text, boolean listItem) {
    if (NONE.matcher(text).matches()) {
      return true;
    }
    ParameterLocation location = locationOf(context);
    List<MarkdownParameter> assigned = MarkdownParameterText.assignments(text, location);
    if (!assigned.isEmpty()) {
      assigned.forEach(parameter -> addParameter(listed.introduced(parameter)));
      return true;
    }
    boolean nested = reading != null && reading.nested();
    if (listItem && !nested && !listed.hasIntroduction() && BARE_NAME.matcher(text).matches()) {
      // An item that is a name and nothing else, under a label of parameters, names one ({@code * repo-id}); under a
      // sentence, names may be values ({@code These fields are accepted for sorting:}).
      addParameter(listed.introduced(new MarkdownParameter(text, location, null, "", "", List.of())));
      return true;
    }
    if (listItem && nested && listed.hasItem(current)) {
      // An item inside a parameter's item details that parameter ({@code Valid values are:} then one item each).
      listed.describeItem(current, text);
      return true;
    }
    Optional<MarkdownParameter> item = listItem ? MarkdownParameterText.item(text, location) : Optional.empty();
    Optional<MarkdownParameter> named = item.or(() -> MarkdownParameterText.typed(text, location))
        .or(() -> MarkdownParameterText.marked(text, location))
        .or(() -> listItem && reading != null ? MarkdownParameterText.literalItem(reading, location)
            : Optional.empty());
    if (listItem && !nested) {
      listed.endItem();
    }
    if (named.isPresent()) {
      if (listItem && reading != null && !nested) {
        listed.addItem(current, listed.introduced(named.get()), reading.paragraph());
      } else {
        addParameter(listed.introduced(named.get()));
      }
      return true;
    }
    return listed.describe(current, text) || listed.continueItem(current, reading, text);
  }

  private boolean headers(String text, boolean listItem) {
    if (NONE.matcher(text).matches()) {
      return true;
    }
    Optional<MarkdownParameter> header = (listItem ? MarkdownParameterText.item(text, ParameterLocation.HEADER)
        : Optional.<MarkdownParameter>empty())
        .or(() -> MarkdownParameterText.typed(text, ParameterLocation.HEADER))
        .or(() -> MarkdownParameterText.headerLine(text));
    if (header.isPresent()) {
      addParameter(header.get());
      return true;
    }
    return listed.describe(current, text);
  }

  /**
   * The request line a line opens with set apart as code, where the text after the code runs into it without a space
   * but cannot go on with the URI ({@code `GET /connector-plugins`- lists ...}): the code's end is the URI's. Text
   * that goes on with a path, a variable or a query ({@code `GET /files/`{path}}) is the URI's, and a line of
   * several requests is read whole.
   */
  private Optional<String> openingRequestLiteral() {
    if (reading == null || reading.literals().isEmpty() || reading.literals().get(0).start() != 0) {
      return Optional.empty();
    }
    String literal = reading.literals().get(0).text();
    String text = reading.text();
    if (text.length() <= literal.length() || !text.startsWith(literal)) {
      return Optional.empty();
    }
    char next = text.charAt(literal.length());
    boolean goesOn = Character.isWhitespace(next) || Character.isLetterOrDigit(next) || URI_GOES_ON.indexOf(next) >= 0;
    return !goesOn && MarkdownRequestLines.ofTextLine(literal, reading.line()).size() == 1
        && MarkdownRequestLines.ofTextLine(text, reading.line()).size() == 1 ? Optional.of(literal) : Optional.empty();
  }

  /** Whether the last request of a part may send a body: any method but those that read ({@code GET}, HEAD). */
  private static boolean takesBody(MarkdownPart part) {
    String method = part.requests.isEmpty() ? "GET" : part.requests.get(part.requests.size() - 1).method();
    return !"GET".equals(method) && !"HEAD".equals(method);
  }

  private void addParameter(MarkdownParameter parameter) {
    listed.add(current, parameter);
  }

  private boolean uri(String text, int lineNumber) {
    // A route printed after a placeholder for its host ({@code [server root]/users}) is the URI's path.
    String uri = MarkdownRequestLines.routeAfterHost(text).orElse(text);
    if (!ABSOLUTE_OR_PATH.matcher(uri).lookingAt()) {
      return false;
    }
    String printed = UriTemplate.printedAt(uri).uri();
    if (!labelledRequest.hasMethods() && QUERY_PLACEHOLDER.matcher(printed).find()
        && mergedIntoKnownRequest(new MarkdownRequest(null, printed, "", lineNumber))) {
      // The URI of the request read, printed again with a query of placeholders ({@code URL:
      // /travelers/?device=:name}); one with values ({@code ?force=true}) may be another method's.
      return true;
    }
    addLabelledRequests(labelledRequest.uri(printed, lineNumber));
    return true;
  }

  private boolean method(String text, int lineNumber) {
    List<String> methods = MarkdownRequestLines.methods(text);
    if (methods.isEmpty()) {
      return false;
    }
    addLabelledRequests(labelledRequest.methods(methods, lineNumber));
    return true;
  }

  /**
   * A path alone captioning a section or a table ({@code # /user/{id}}) names the URI a method label under it
   * completes ({@code Method: PATCH}).
   */
  private void pathCaption(String caption, int lineNumber) {
    if (LabelledPath.isPathAlone(caption)) {
      addLabelledRequests(labelledRequest.caption(caption.strip(), lineNumber));
    }
  }

  /**
   * A method and a URI printed under labels of their own make a request line once both are seen; one that repeats a
   * request line of the part read now on its path ({@code POST /profiles}, then {@code URI: https://host/profiles?uid=
   * {uid}}) only adds the names of its query to it.
   */
  private void addLabelledRequests(List<MarkdownRequest> requests) {
    List<MarkdownRequest> fresh = new ArrayList<>();
    for (MarkdownRequest request : requests) {
      if (!mergedIntoKnownRequest(request)) {
        fresh.add(request);
      }
    }
    if (!fresh.isEmpty()) {
      addRequests(fresh);
      afterRequest = false;
    }
  }

  /**
   * Gives the query names of the request to the current part's request of its method and path, if it has one.
   *
   * @return whether the part had one
   */
  private boolean mergedIntoKnownRequest(MarkdownRequest request) {
    UriTemplate uri = UriTemplate.parse(request.uri());
    for (int i = 0; uri != null && i < current.requests.size(); i++) {
      MarkdownRequest known = current.requests.get(i);
      UriTemplate knownUri = UriTemplate.parse(known.uri());
      boolean sameMethod = request.method() == null || known.method().equals(request.method());
      if (sameMethod && knownUri != null && knownUri.pathShape().equals(uri.pathShape())) {
        current.requests.set(i, known.withUri(MarkdownExampleUris.withQueryNamesOf(known.uri(), request.uri())));
        return true;
      }
    }
    return false;
  }

  /** A URI printed without any method makes no endpoint: guides print base URLs and links that way too. */
  private void finishLabelledRequest() {
    labelledRequest.withoutMethod().ifPresent(uri -> diagnostics.report(DiagnosticKind.URI_WITHOUT_METHOD,
        "'" + uri + "' is printed without a method; no endpoint is made of it", where.apply(labelledRequest.line())));
  }

  /**
   * Adds request lines to the run being read, or opens a new one. A request line the section printed before (an
   * overview listing it, then its own paragraph) returns to the part that holds it.
   */
  private void addRequests(List<MarkdownRequest> requests) {
    List<MarkdownRequest> fresh = new ArrayList<>();
    for (MarkdownRequest request : requests) {
      if (!returnToHolder(request)) {
        fresh.add(request);
      }
    }
    if (fresh.isEmpty()) {
      afterRequest = true;
      listed.forget();
      return;
    }
    if (!afterRequest) {
      current = new MarkdownPart();
      endpoints.add(current);
      listed.introducedBy(null);
    }
    current.requests.addAll(fresh);
    for (MarkdownRequest request : requests) {
      if (!request.note().isEmpty()) {
        prose.add(request.note());
      }
    }
    afterRequest = true;
    listed.forget();
  }

  /**
   * Makes the part that already holds the request's endpoint the current one, if a part does; the same endpoint shown
   * with query values names query parameters of it.
   */
  private boolean returnToHolder(MarkdownRequest request) {
    if (titled.stream().anyMatch(known -> Objects.equals(known.method(), request.method())
        && ExampleRequests.fillsVariables(known.uri(), request.uri()))) {
      // A call under the heading that names its request, with a word in each variable's place, shows that request.
      current = endpoints.get(0);
      return true;
    }
    for (MarkdownPart part : endpoints) {
      for (int i = 0; i < part.requests.size(); i++) {
        MarkdownRequest known = part.requests.get(i);
        if (Objects.equals(known.method(), request.method()) && samePath(known, request)) {
          if (!known.uri().equals(request.uri())) {
            part.requests.set(i, known.withUri(MarkdownExampleUris.withQueryNamesOf(known.uri(), request.uri())));
          }
          current = part;
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two requests print one path and query, whatever host they print them on
   * ({@code https://{{host}}/v1/tags}).
   */
  private static boolean samePath(MarkdownRequest one, MarkdownRequest other) {
    if (one.uri().equals(other.uri())) {
      return true;
    }
    UriTemplate first = UriTemplate.parse(one.uri());
    UriTemplate second = UriTemplate.parse(other.uri());
    return first != null && second != null && (first.path().equals(second.path())
        && first.parameters().equals(second.parameters()) || ExampleRequests.instantiates(first, second));
  }

  private boolean note(String text) {
    if (notePattern == null) {
      return false;
    }
    Matcher matcher = notePattern.matcher(text);
    if (!matcher.matches()) {
      return false;
    }
    if (!matcher.group(1).isBlank()) {
      current.notes.add(matcher.group(1).strip());
    }
    return true;
  }

  /** A line no field claims: prose, or a label the profile does not know. */
  private void other(String text, int lineNumber) {
    // A label of words in capitals, as labels open: one in lower case is more likely a sentence cut short.
    if (Character.isUpperCase(text.codePointAt(0)) && LabelledValue.isLabel(text)) {
      if (!headingContext) {
        diagnostics.report(DiagnosticKind.UNKNOWN_LABEL, "'" + text + "' reads as a label the profile does not know;"
            + " the lines after it are read as prose", where.apply(lineNumber));
        setContext(null, false, "");
      }
      return;
    }
    keepAsProse(text);
  }

  private void keepAsProse(String text) {
    current.prose.add(text);
    if (reading != null) {
      current.proseLines.add(reading);
    }
    lastProse = text;
  }

  private void deprecation(String text) {
    if (current.deprecation == null
        && profile.deprecationMarkers().stream().anyMatch(marker -> marker.matcher(text).find())) {
      current.deprecation = text;
    }
  }

  /** A field of a field list documents a parameter or a status by its own name, whatever the context. */
  private void field(MarkdownElement.FieldListItem field) {
    methodBadge = null;
    finishExample();
    setContext(null, false, "");
    afterRequest = false;
    HttpDomainFields.parameter(field).ifPresent(this::addParameter);
    HttpDomainFields.status(field).ifPresent(current::addResponse);
    deprecation(field.body());
  }

  private void table(MarkdownElement.Table table) {
    methodBadge = null;
    finishExample();
    boolean answer = describesResponse();
    MarkdownTableRows rows = MarkdownTableRows.of(table);
    boolean fields = rows.has(MarkdownColumn.NAME) || rows.has(MarkdownColumn.HEADER_NAME);
    if (inExample() && !headingContext && !(answer && fields)) {
      // A table ends an example; tables of an answer's fields, one per nested object, are the answer's.
      setContext(null, false, "");
    }
    afterRequest = false;
    if (table.header().stream().filter(cell -> !cell.isBlank()).count() == 1) {
      // A table captioned by a path alone ({@code /api_versions} over a {@code Verb: GET} row, as generated REST
      // references print one table per endpoint) names the URI its method row completes.
      pathCaption(table.header().get(0), table.line());
    }
    // A section titled by a method alone lists that method's requests in a table of paths, unless it prints a request
    // of its own, whose table of paths is something else (the fields a JSON Patch changes).
    List<MarkdownRequest> titledRequests = endpoints.isEmpty() && rows.has(MarkdownColumn.PATH)
        && !rows.has(MarkdownColumn.METHOD) ? MethodTitle.of(sectionTitle).map(rows::requestsOf).orElse(List.of())
        : List.of();
    if (rows.has(MarkdownColumn.METHOD) && rows.has(MarkdownColumn.PATH) || rows.isMethodMatrix()
        || !titledRequests.isEmpty()) {
      List<MarkdownRequest> requests = titledRequests.isEmpty() ? rows.requests() : titledRequests;
      if (!requests.isEmpty()) {
        addRequests(requests);
        afterRequest = false;
      }
    } else if (rows.has(MarkdownColumn.STATUS)) {
      rows.statuses().forEach(current::addResponse);
    } else if ((rows.has(MarkdownColumn.NAME) || rows.has(MarkdownColumn.HEADER_NAME))
        && (rows.has(MarkdownColumn.LOCATION) || !isLabelTable(table))) {
      // A column of places ({@code Body}, {@code Header}) holds no labels, though its words are some.
      if (!answer) {
        rows.parameters(locationOf(context), MarkdownRequired.fromIntroduction(lastProse))
            .forEach(current::addParameter);
      }
    } else if ((context == Field.RESPONSES || MarkdownStatuses.isCode(table.header().get(0)))
        && !isLabelTable(table) && !table.header().get(0).strip().endsWith(":")) {
      // A table whose first column holds labels with their colons (a Sphinx field list: Request Headers:, Status
      // Codes:) is read by its labels, even under an answer's caption.
      rows.statusesByPosition().forEach(current::addResponse);
    } else {
      labelRows(table);
    }
    lastProse = "";
  }

  /** Whether the field in context is an answer, whose tables of names describe its fields, not the request's. */
  private boolean describesResponse() {
    return context == Field.RESPONSES || context == Field.RESPONSE_EXAMPLE
        || context == Field.FAILURE_RESPONSE_EXAMPLE;
  }

  /** Whether a table's first column holds field labels ({@code | URI | /users |}): its rows are label lines. */
  private boolean isLabelTable(MarkdownElement.Table table) {
    long labelled = table.rows().stream()
        .filter(row -> labels.match(MarkdownTableRows.cell(row, 0)).filter(match -> !match.spaced()).isPresent())
        .count();
    return labelled * 2 > table.rows().size();
  }

  private void labelRows(MarkdownElement.Table table) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.header());
    rows.addAll(table.rows());
    for (List<String> row : rows) {
      for (String cell : row) {
        if (HTML_BLOCK.matcher(cell).find()) {
          htmlCell(cell, table.line());
        } else {
          text(cell, table.line(), false);
        }
      }
    }
  }

  /**
   * A cell holding HTML blocks, as pipe tables print what a cell cannot hold in markdown (a list of labels, a table
   * of statuses): read as the blocks it holds, each at the table's line.
   */
  private void htmlCell(String cell, int line) {
    for (MarkdownElement element : HtmlElements.read(cell)) {
      if (element instanceof MarkdownElement.TextLine text) {
        text(text.text(), line, text.listItem());
      } else if (element instanceof MarkdownElement.Table inner) {
        table(new MarkdownElement.Table(inner.header(), inner.rows(), line, inner.openEnded()));
      }
    }
  }

  private static ParameterLocation locationOf(Field field) {
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

  /**
   * A section that prints no request line but documents parameters or statuses, or captions its command by its
   * method, shows its endpoint in its examples: curl commands and raw HTTP messages, whose example values stand for
   * the path parameters it documents.
   */
  private void requestsOfExamples() {
    // Statuses alone make an endpoint of a curl command, not of a raw HTTP message: tutorials show exchanges.
    boolean documented = !shared.parameters.isEmpty() || shownRequests.byCurl() && !shared.responses.isEmpty();
    if (endpoints.isEmpty() && !shownRequests.isEmpty() && (documented || !captionedCommands.isEmpty())) {
      List<String> pathParameters = shared.parameters.stream()
          .filter(parameter -> parameter.location() == ParameterLocation.PATH).map(MarkdownParameter::name).toList();
      current = shared;
      afterRequest = false;
      // Where only captions tell the commands' requests apart from examples, only the captioned ones are requests.
      addRequests((documented ? shownRequests.all() : captionedCommands).stream()
          .map(request -> request.withUri(
              MarkdownExampleUris.templated(MarkdownExampleUris.queryNames(request.uri()), pathParameters)))
          .toList());
      current.requestsFromExamples = true;
      afterRequest = false;
    }
  }

  private void code(MarkdownElement.Code code) {
    String badge = methodBadge;
    methodBadge = null;
    if (!describesResponse()) {
      current.codes.add(code.content().replace('\n', ' '));
    }
    exampleTexts.add(code.content());
    Optional<MarkdownRequest> curl = MarkdownCurl.request(code.content(), code.line());
    curl.map(List::of).ifPresent(shownRequests::addCurl);
    // A command under a caption naming its method as the request's ({@code .GET Request}) is the section's request.
    if (curl.isPresent() && curl.get().method().equals(badge)) {
      captionedCommands.add(curl.get());
    }
    for (String word : WHITESPACE.split(code.info())) {
      // A code block captioned by a status in its info string ({@code ```json 201}) shows that answer.
      if (MarkdownStatuses.isCode(word)) {
        MarkdownStatuses.opening(word).ifPresent(current::addResponse);
      }
    }
    // A block indented as a whole ({@code   PUT /groups/x HTTP/1.0} over its headers, as AsciiDoc listings indent raw
    // messages) is read without the indent, which would hide its header lines.
    String content = String.join("\n", Whitespace.dedented(code.content().lines().toList())).strip();
    List<String> lines = content.lines().toList();
    if (describesResponse() && lines.size() == 1) {
      // An answer's status printed as a block of its own ({@code 200 OK}), as generated Slate pages print it.
      MarkdownStatuses.opening(lines.get(0)).filter(MarkdownStatuses::hasStandardReason)
          .filter(status -> status.description().isEmpty()).ifPresent(current::addResponse);
    }
    Matcher statusLine = EXAMPLE_STATUS_LINE.matcher(content);
    if (statusLine.lookingAt()) {
      // An answer shown with its status line ({@code HTTP/1.1 404 Not Found}, {@code Status: 201 Created}). A status
      // line followed by header fields is an HTTP response whatever the label above it, but one of an endpoint only
      // where the section documents one: a tutorial's exchange shows no endpoint of its own.
      // HTTP/2 and many servers send no reason phrase ({@code HTTP/1.1 200}); one that is sent must be standard.
      Optional<Response> status = MarkdownStatuses.opening(statusLine.group(1).strip())
          .filter(response -> response.reason().isEmpty() || MarkdownStatuses.hasStandardReason(response));
      if (describesResponse()) {
        status.ifPresent(current::addResponse);
      } else if (RawMessages.isRawMessage(lines, 1)
          || lines.size() > 1 && BODY_OPENING.matcher(lines.get(1)).lookingAt()) {
        // A status line over header fields, or over the body alone ({@code HTTP 404 Not Found} then {@code {...}}).
        MarkdownPart part = current;
        status.ifPresent(response -> unlabelledStatuses.add(() -> part.addResponse(response)));
      }
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
    if (inExample()) {
      // An example request printed as a raw HTTP message shows its endpoint as a curl command does.
      if (RawMessages.isRawMessage(lines, requestLines)) {
        shownRequests.add(requests);
      }
      finishExample();
      current.examples.addAll(MarkdownExamples.read(code.content(), exampleKind(), exampleCaption, mediaType));
      return;
    }
    if (!requests.isEmpty() && (context != Field.URI || !endpoints.isEmpty())
        && RawMessages.isRawMessage(lines, requestLines) && !RawMessages.writesVariables(requests)) {
      shownRequests.add(requests);
      return;
    }
    if (!requests.isEmpty()) {
      addRequests(requests);
      afterRequest = requestLines == lines.size();
      if (!afterRequest) {
        current.examples.addAll(MarkdownExamples.read(content, Example.Kind.REQUEST, "", mediaType));
      }
      return;
    }
    afterRequest = false;
    if (context == Field.URI && lines.size() == 1 && uri(lines.get(0).strip(), code.line())) {
      // A URI label's value printed as a block of code ({@code **URL**} over an indented {@code /api/users}).
      return;
    }
    if (context == Field.URI || context == Field.REQUEST_PARAMETERS) {
      current.examples.addAll(MarkdownExamples.read(content, Example.Kind.REQUEST, "", mediaType));
    } else if (context == Field.RESPONSES) {
      current.examples.addAll(MarkdownExamples.read(content, Example.Kind.RESPONSE, "", mediaType));
    }
  }

  /**
   * Under an example heading, labels only caption the payloads that follow: a request label a request, any other a
   * response.
   */
  private static Field exampleField(Field labelled) {
    if (MarkdownLabels.isExample(labelled)) {
      return labelled;
    }
    return labelled == Field.URI || labelled == Field.HTTP_METHOD ? Field.REQUEST_EXAMPLE : Field.RESPONSE_EXAMPLE;
  }

  private boolean inExample() {
    return context != null && MarkdownLabels.isExample(context);
  }

  private Example.Kind exampleKind() {
    if (context == Field.REQUEST_EXAMPLE) {
      return Example.Kind.REQUEST;
    }
    return context == Field.FAILURE_RESPONSE_EXAMPLE ? Example.Kind.FAILURE_RESPONSE : Example.Kind.RESPONSE;
  }

  private void finishExample() {
    if (exampleLines.isEmpty()) {
      return;
    }
    String text = String.join("\n", exampleLines);
    exampleLines.clear();
    exampleTexts.add(text);
    current.examples.addAll(MarkdownExamples.read(text, exampleKind(), exampleCaption, ""));
  }

  /** Example lines are code-like; a sentence of several words after them ends the example. */
  private static boolean isProse(String text) {
    return WORDS.matcher(text).matches() && !RawMessages.isHeaderLine(text)
        && !text.startsWith("HTTP/") && MarkdownRequestLines.opening(text, 0).isEmpty();
  }

  /** Reports a section whose text stops short: inside a table row, or right after a request line. */
  private void checkEnd(MarkdownSection section, MarkdownElement last) {
    if (last instanceof MarkdownElement.Table table && table.openEnded()) {
      current.cutShort = true;
      diagnostics.report(DiagnosticKind.CUT_SHORT, "the text of '" + section.title() + "' ends inside a table row; what"
          + " follows is missing", where.apply(last.line()));
    } else if (afterRequest) {
      current.endsAtRequest = true;
    }
  }
}
