package io.mcdewey.parse.markdown;

import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.dialect.HttpDomainFields;
import io.mcdewey.parse.markdown.label.LabelledBlocks;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.label.UnknownLabelRequests;
import io.mcdewey.parse.markdown.request.MarkdownExampleUris;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.MethodTitle;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import io.mcdewey.parse.markdown.status.ProseStatuses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@link MarkdownSection} element by element. Labels set the field that the lines after them document
 * (request line, parameters, status codes, examples) until the next label; a label printed as a heading holds until
 * the next heading. Request lines may stand anywhere: each run of them opens a {@link MarkdownPart} that owns what
 * follows. Each kind of element has its reader ({@link TextLineReader}, {@link TableReader}, {@link CodeBlockReader})
 * moving one {@link SectionState} on; this class reads headings and field lists, and what only the whole section
 * tells: requests shown only by examples, statuses said in prose, a text cut short.
 */
final class MarkdownSectionReader {
  /**
   * A sentence opening with a request's method as Spring REST Docs' guides open each section: {@code A POST request
   * is used to create a note}.
   */
  private static final Pattern METHOD_SENTENCE =
      Pattern.compile("(?:^|[.!?]\\s+)An?\\s+`?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`?\\s+request\\b");
  /** Words of a heading about the answer ({@code Response Content}), under which tables describe its fields. */
  private static final Pattern ANSWER =
      Pattern.compile("(?i)\\b(responses?|returns?|results?|output|success|errors? \\dxx)\\b");
  /** A heading about an answer that closes with its status in parentheses ({@code Example Response (200 OK)}). */
  private static final Pattern ANSWER_HEADING_STATUS =
      Pattern.compile("(?iu)\\b(?:response|answer|result|respuesta|resposta|réponse|risposta|antwort)\\b.*"
          + "\\(\\s*(?:code|c[oó]digo|codice)?\\s*([1-5]\\d\\d(?:\\s+[a-z][\\w -]*)?)\\)\\s*:?$");

  private final MarkdownLabels labels;
  private final Diagnostics diagnostics;
  private final IntFunction<Provenance> where;
  private final SectionState state;
  private final TextLineReader textLines;
  private final TableReader tables;
  private final CodeBlockReader codeBlocks;

  /**
   * @param where the provenance of a line of the guide
   */
  MarkdownSectionReader(MarkdownLabels labels, Profile profile, Diagnostics diagnostics,
      IntFunction<Provenance> where) {
    this.labels = labels;
    this.diagnostics = diagnostics;
    this.where = where;
    this.state = new SectionState(profile);
    LabelledFieldLines fields = new LabelledFieldLines(state);
    this.textLines = new TextLineReader(state, labels, fields, profile, diagnostics, where);
    this.tables = new TableReader(state, labels, textLines);
    this.codeBlocks = new CodeBlockReader(state, fields);
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
    state.sectionTitle = section.title();
    state.deprecation(section.title());
    state.titled = section.requests();
    if (!state.titled.isEmpty()) {
      state.addRequests(state.titled);
      state.afterRequest = false;
    } else {
      // A title naming its endpoint under a URI label ({@code Endpoint: /auth/login}) captions the section by its path.
      state.pathCaption(labels.match(section.title()).filter(MarkdownSection::namesEndpoint)
          .map(MarkdownLabels.Match::value).orElse(section.title()), section.line());
    }
    List<MarkdownElement> elements = section.elements();
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.Heading heading) {
        heading(heading);
      } else if (element instanceof MarkdownElement.TextLine line) {
        textLines.line(line);
      } else if (element instanceof MarkdownElement.Table table) {
        tables.table(table);
      } else if (element instanceof MarkdownElement.Code code) {
        LabelledBlocks.lines(code, labels).ifPresentOrElse(lines -> lines.forEach(textLines::line),
            () -> codeBlocks.code(code));
      } else if (element instanceof MarkdownElement.FieldListItem field) {
        field(field);
      }
    }
    state.finishExample();
    state.pairWaitingMethods(false, Integer.MAX_VALUE);
    UnknownLabelRequests unknownLabels = state.unknownLabelRequests;
    if (state.endpoints.isEmpty() && unknownLabels.requests().isEmpty() && state.labelledRequest.hasMethods()) {
      unknownLabels.lonePath().ifPresent(
          path -> state.addLabelledRequests(state.labelledRequest.uri(path, unknownLabels.line())));
    }
    pathAloneForMethods();
    if (state.endpoints.isEmpty() && state.labelledRequest.uriWaits()) {
      // A URI printed under a label without a method takes the one the section's title names with the call's name.
      MethodTitle.ofNamedCall(section.title()).ifPresent(method -> state.addLabelledRequests(
          state.labelledRequest.methods(List.of(method), state.labelledRequest.line())));
    }
    if (state.endpoints.isEmpty() && state.labelledRequest.uriWaits()) {
      // A URI printed under a label without a method takes the one the section's prose names for it.
      MethodNamedInProse.in(elements).ifPresent(method -> state.addLabelledRequests(
          state.labelledRequest.methods(List.of(method), state.labelledRequest.line())));
    }
    finishLabelledRequest();
    if (state.endpoints.isEmpty() && !state.unknownLabelRequests.requests().isEmpty()) {
      // Requests printed only under labels the profile does not know are the section's, and what it documents
      // theirs, when nothing else in it makes one.
      state.current = state.shared;
      state.afterRequest = false;
      state.addRequests(state.unknownLabelRequests.requests());
      // The blocks of code printed before they were known are theirs too: a body template among them is theirs.
      state.current.codes.addAll(state.shared.codes);
      state.shared.codes.clear();
    }
    // Statuses said in prose come first: they tell whether a section's examples show its endpoint.
    for (MarkdownPart part : state.parts()) {
      for (ProseParameters.Paragraph paragraph : part.proseParagraphs()) {
        // A status whose code the part already holds, with its reason or not, is not added again.
        Sentences.of(paragraph.text()).forEach(sentence -> ProseStatuses
            .in(paragraph.text().substring(sentence.start(), sentence.stop())).stream()
            .filter(status -> part.responses.stream().noneMatch(known -> known.status() == status.status()))
            .forEach(part::addResponse));
      }
    }
    requestsOfExamples();
    requestOfTemplateAndSentence(section.line());
    if (!state.endpoints.isEmpty()) {
      state.unlabelledStatuses.forEach(Runnable::run);
    }
    for (MarkdownPart part : state.endpoints) {
      // Prose names parameters where no table or list documents them; where one does, its literals name the
      // fields those parameters fill ({@code to populate the `author` field}) and only complete the ones listed.
      // A sentence naming where its parameters go ({@code the `status` query parameter}) still adds those of a place
      // no list documents, where every list says its place.
      List<ParameterLocation> listed = part.parameters.stream().map(MarkdownParameter::location)
          .filter(location -> location != ParameterLocation.PATH).toList();
      ProseParameters.read(part.proseParagraphs()).stream()
          .filter(named -> listed.isEmpty()
              || named.location() != null && !listed.contains(named.location()) && !listed.contains(null)
              || part.parameters.stream().anyMatch(known -> known.name().equalsIgnoreCase(named.name())))
          .forEach(part::addOrComplete);
      if (part.takesBody()) {
        bodyTemplates(part).forEach(part::addOrComplete);
      }
    }
    if (!elements.isEmpty()) {
      checkEnd(section, elements.get(elements.size() - 1));
    }
    return new Reading(section, state.shared, List.copyOf(state.endpoints), List.copyOf(state.exampleTexts),
        List.copyOf(state.prose));
  }

  /**
   * A heading sets the field its label names, or the one its words name ({@code Optional request headers}); a
   * heading inside an example heading only captions the payloads under it, and names their status if it opens with
   * one ({@code 201: Created}).
   */
  private void heading(MarkdownElement.Heading heading) {
    state.afterRequest = false;
    state.methodBadge = null;
    state.labelAbove = null;
    pairLonePath();
    state.pathOverCaptions = null;
    state.unknownLabelRequests.headingPassed();
    state.deprecation(heading.text());
    List<String> methods = MarkdownRequestLines.methods(heading.text());
    if (!methods.isEmpty()) {
      // A heading naming a method alone, under a URI label or a path heading ({@code Endpoint: /clusters/{name}}
      // over {@code GET} and {@code PUT}), documents that request under it.
      boolean capitals = heading.text().equals(heading.text().toUpperCase(Locale.ROOT));
      List<MarkdownRequest> requests = state.labelledRequest.methodsHeading(methods, capitals, heading.line());
      if (!requests.isEmpty()) {
        state.setContext(null, true, "");
        state.contextLevel = heading.level();
        state.addRequests(requests);
        // What follows the heading is that request's, not a further request line's run.
        state.afterRequest = false;
        return;
      }
    }
    state.labelledRequest.headingPassed();
    state.headingText = heading.text();
    Optional<MarkdownLabels.Match> label = labels.match(heading.text()).filter(match -> !match.spaced());
    if (state.inExample() && state.headingContext && heading.level() > state.contextLevel) {
      state.finishExample();
      Optional<Response> status = MarkdownStatuses.opening(heading.text());
      status.ifPresent(state.current::addResponse);
      state.context = label.map(match -> MarkdownLabels.exampleField(match.field()))
          .orElse(status.isPresent() ? Field.RESPONSE_EXAMPLE : state.context);
      state.exampleCaption = heading.text();
      return;
    }
    Optional<ListIntroduction> marked = label.isEmpty() && state.headingContext && heading.level() > state.contextLevel
        ? ListIntroduction.ofRequiredHeading(heading.text(), state.context) : Optional.empty();
    if (marked.isPresent()) {
      // A heading saying only whether the parameters under it are required ({@code ### Optional}) keeps them
      // those of the heading above.
      state.listed.forget();
      state.listed.introducedBy(marked.get());
      return;
    }
    state.contextLevel = heading.level();
    Matcher answerStatus = ANSWER_HEADING_STATUS.matcher(heading.text());
    if (answerStatus.find()) {
      // A heading over an answer naming its status in parentheses ({@code Example Response (200 OK)}).
      // Words after the number are its standard reason, or the number is a count ({@code Antwort (500 Zeichen)}).
      MarkdownStatuses.opening(answerStatus.group(1))
          .filter(status -> status.reason().isEmpty() || MarkdownStatuses.hasStandardReason(status))
          .ifPresent(state.current::addResponse);
    }
    if (label.isEmpty()) {
      Optional<Response> status = MarkdownStatuses.ofHeading(heading.text());
      if (status.isPresent() || ANSWER.matcher(heading.text()).find()) {
        state.setContext(Field.RESPONSES, true, "");
        status.ifPresent(state.current::addResponse);
      } else {
        state.setContext(labels.within(heading.text()).orElse(null), true, "");
        // A heading of parameters saying whether they are required ({@code Optional Query Parameters}) says it of
        // every one under it that does not.
        ListIntroduction.ofParameterHeading(heading.text(), state.context).ifPresent(state.listed::introducedBy);
      }
      return;
    }
    state.setContext(label.get().field(), true, label.get().caption());
    // A label qualified by a word saying whether what it lists is required ({@code Optional query parameters}).
    ListIntroduction.ofParameterHeading(heading.text(), state.context).ifPresent(state.listed::introducedBy);
    if (!label.get().value().isEmpty()) {
      textLines.text(label.get().value(), heading.line(), false);
    }
  }

  /** A field of a field list documents a parameter or a status by its own name, whatever the context. */
  private void field(MarkdownElement.FieldListItem field) {
    state.methodBadge = null;
    state.finishExample();
    state.setContext(null, false, "");
    state.afterRequest = false;
    Optional<MarkdownParameter> parameter = HttpDomainFields.parameter(field);
    Optional<Response> status = HttpDomainFields.status(field);
    parameter.ifPresent(state::addParameter);
    status.ifPresent(state.current::addResponse);
    state.deprecation(field.body());
    Optional<Field> requestLabel = field.arguments().isEmpty() && !field.body().isEmpty()
        ? labels.match(field.name()).filter(label -> label.value().isEmpty()).map(MarkdownLabels.Match::field)
            .filter(named -> named == Field.HTTP_METHOD || named == Field.URI)
        : Optional.empty();
    if (parameter.isEmpty() && status.isEmpty() && requestLabel.isPresent()) {
      // A field named by a method's or a URI's label ({@code :method: PATCH}, {@code :url: https://...}, the options
      // of a directive naming the endpoint) reads as that label's line.
      textLines.text(field.name() + ": " + field.body(), field.line(), false);
    } else if (parameter.isEmpty() && status.isEmpty() && field.body().isEmpty()) {
      // A field named by a label over the list it holds ({@code :JSON Parameters:}, as the domain prints its fields'
      // names) reads as that label.
      String name = String.join(" ", field.name(), String.join(" ", field.arguments())).strip();
      state.setContext(labels.match(name).map(MarkdownLabels.Match::field).or(() -> labels.within(name))
          .orElse(null), false, "");
    }
  }

  /**
   * A section that prints no request line but documents parameters (perhaps that it takes none) or statuses, or
   * captions its command by its method, shows its endpoint in its examples: curl commands and raw HTTP messages, whose
   * example values stand for the path parameters it documents. Commands that send form fields with placeholders for
   * values document their parameters themselves: each is an endpoint of its own, with the fields it sends, unless a
   * request line of the section prints it (its path, perhaps under a base path the command adds); commands that send
   * none stay examples.
   */
  private void requestsOfExamples() {
    // Statuses alone make an endpoint of a curl command, not of a raw HTTP message: tutorials show exchanges.
    MarkdownPart shared = state.shared;
    List<MarkdownRequest> shown = state.shownRequests.all();
    if (shared.parameters.isEmpty() && state.shownRequests.sendsFormFields()) {
      List<List<String>> fields = state.shownRequests.formFields();
      for (int i = 0; i < shown.size(); i++) {
        if (fields.get(i).isEmpty() || printed(shown.get(i))) {
          continue;
        }
        state.afterRequest = false;
        state.addRequests(List.of(shown.get(i).withUri(MarkdownExampleUris.queryNames(shown.get(i).uri()))));
        fields.get(i).forEach(name -> state.current.addParameter(MarkdownParameter.named(name, null)));
        state.current.requestsFromExamples = true;
      }
      state.afterRequest = false;
      return;
    }
    // Saying there are no parameters documents one command's endpoint, not each of several a tutorial may chain.
    boolean documented = !shared.parameters.isEmpty()
        || shared.statesNoParameters && shown.size() == 1
        || state.shownRequests.byCurl() && !shared.responses.isEmpty();
    if (state.endpoints.isEmpty() && !state.shownRequests.isEmpty()
        && (documented || !state.captionedCommands.isEmpty())) {
      List<String> pathParameters = state.shared.parameters.stream()
          .filter(parameter -> parameter.location() == ParameterLocation.PATH).map(MarkdownParameter::name).toList();
      state.current = state.shared;
      state.afterRequest = false;
      // Where only captions tell the commands' requests apart from examples, only the captioned ones are requests.
      state.addRequests((documented ? state.shownRequests.all() : state.captionedCommands).stream()
          .map(request -> request.withUri(MarkdownExampleUris.templated(MarkdownExampleUris.queryNames(
              MarkdownExampleUris.filledTemplate(request.uri(), state.printedTemplates)), pathParameters)))
          .toList());
      state.current.requestsFromExamples = true;
      state.afterRequest = false;
    }
  }

  /**
   * A section that prints no request but one path template alone (a table's caption) and opens a sentence with the
   * request's method ({@code A DELETE request is used to delete a note.}, as Spring REST Docs' guides write each
   * section) documents that request.
   */
  private void requestOfTemplateAndSentence(int sectionLine) {
    if (!state.endpoints.isEmpty() || state.printedTemplates.stream().distinct().count() != 1) {
      return;
    }
    List<String> methods = state.prose.stream().flatMap(line -> METHOD_SENTENCE.matcher(line).results())
        .map(match -> match.group(1).toUpperCase(Locale.ROOT)).distinct().toList();
    if (methods.size() == 1) {
      state.current = state.shared;
      state.afterRequest = false;
      state.addRequests(List.of(new MarkdownRequest(methods.get(0), state.printedTemplates.get(0), "",
          sectionLine)));
      state.afterRequest = false;
    }
  }

  /** Whether a request line of the section prints the request a command makes: its method and its path. */
  private boolean printed(MarkdownRequest command) {
    UriTemplate shown = UriTemplate.parse(command.uri());
    return shown != null && state.endpoints.stream().flatMap(part -> part.requests.stream())
        .anyMatch(request -> request.method().equals(command.method()) && withoutEndSlash(shown.path()).endsWith(
            Optional.ofNullable(UriTemplate.parse(request.uri())).map(UriTemplate::path).map(path ->
                withoutEndSlash(path)).orElse("\u0000")));
  }

  private static String withoutEndSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * Gives methods under the profile's label, left without a URI, the path printed a few lines from them under a label
   * the profile does not know, before a heading ends the part that printed them: a URI under a known label in the
   * part would have said more surely; then a path printed alone above them.
   */
  private void pairLonePath() {
    state.pairWaitingMethods(true, Integer.MAX_VALUE);
    pathAloneForMethods();
  }

  /**
   * A method's label still waiting for its URI where no request was made takes the path printed alone above it
   * ({@code /<userid>/ads/} over {@code Metodo: GET}); a URI under a label of its own, had one come, would have won.
   */
  private void pathAloneForMethods() {
    if (state.endpoints.isEmpty() && state.labelledRequest.hasMethods() && state.pathOverCaptions != null) {
      state.addLabelledRequests(state.labelledRequest.uri(state.pathOverCaptions, state.labelledRequest.line()));
      state.pathOverCaptions = null;
    }
  }

  private void finishLabelledRequest() {
    state.labelledRequest.withoutMethod().ifPresent(uri -> diagnostics.report(DiagnosticKind.URI_WITHOUT_METHOD,
        "'" + uri + "' is printed without a method; no endpoint is made of it",
        where.apply(state.labelledRequest.line())));
  }

  /** Reports a section whose text stops short: inside a table row, or right after a request line. */
  private void checkEnd(MarkdownSection section, MarkdownElement last) {
    if (last instanceof MarkdownElement.Table table && table.openEnded()) {
      state.current.cutShort = true;
      diagnostics.report(DiagnosticKind.CUT_SHORT, "the text of '" + section.title() + "' ends inside a table row; what"
          + " follows is missing", where.apply(last.line()));
    } else if (state.afterRequest) {
      state.current.endsAtRequest = true;
    }
  }

  /** The body parameters of the JSON templates among the code blocks a part prints outside its answers. */
  private static List<MarkdownParameter> bodyTemplates(MarkdownPart part) {
    List<MarkdownParameter> parameters = new ArrayList<>();
    part.codes.forEach(text -> JsonTemplates.parameters(text).ifPresent(parameters::addAll));
    return parameters;
  }
}
