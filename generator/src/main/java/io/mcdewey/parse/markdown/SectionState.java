package io.mcdewey.parse.markdown;

import io.mcdewey.model.Example;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.label.UnknownLabelRequests;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.LabelledRequest;
import io.mcdewey.parse.markdown.request.MarkdownExampleUris;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import io.mcdewey.parse.markdown.status.StatusCaptions;
import io.mcdewey.parse.payload.LenientJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the reader of one section knows at a line: the parts read so far and the one the line belongs to, the field in
 * context (set by the last label or heading), the example being collected, and the request lines seen but not yet made
 * whole. The readers of each kind of element ({@link TextLineReader}, {@link LabelledFieldLines}, {@link TableReader},
 * {@link CodeBlockReader}) read against it and move it on. Its operations keep its parts consistent — a request line
 * opens a part or returns to the one holding it, a new context ends the example before it — while a rule that only
 * moves one mark (the method badge before a path, the caption of the next example) sets that field itself.
 */
final class SectionState {
  /** How many lines below a method's label a path printed alone may stand and still be its request's. */
  private static final int PATH_BELOW_METHOD = 4;
  /** The methods whose requests send no body: a JSON document under one shows the answer. */
  private static final Set<String> BODILESS = Set.of("GET", "HEAD");
  /** Words naming an answer, in the languages guides are written in. */
  private static final List<String> ANSWER_WORDS = List.of("response", "respuesta", "réponse", "resposta", "antwort",
      "ответ", "响应", "返回", "回應", "レスポンス", "応答", "응답", "risposta", "odpowied", "yanıt", "phản hồi");
  private final Profile profile;

  final MarkdownPart shared = new MarkdownPart();
  final List<MarkdownPart> endpoints = new ArrayList<>();
  /** The part the lines read now belong to. */
  MarkdownPart current = shared;
  /** Whether the last label alone on its line that set the context labelled an answer. */
  private boolean answerLabelled;
  /**
   * A heading naming a structure of data, in the languages guides are written in ({@code Data structure},
   * {@code Struktur Data}, {@code 数据结构}): one naming parameters, sorting or paging lists the request's.
   */
  private static final Pattern DATA_HEADING = Pattern.compile("(?iu)struct|struktur|estrutura|data\\b|datos|dados"
      + "|donn[ée]es|daten|object|objekt|objet|objeto|model|modèle|modelo|schema|esquema|schéma|entit"
      + "|数据|结构|对象|模型|データ|構造|オブジェクト|데이터|구조|객체");
  /** Whether the heading in context followed the answers' statuses of a section documenting its parameters first. */
  private boolean headedAfterAnswers;
  /** Whether the last table read listed statuses. */
  boolean statusTableLast;
  /** The text of the last heading read in the section. */
  String headingText = "";
  /** The members of the last JSON answer shown since a label last set the context, at any depth, or null. */
  private Set<String> answerMembers;
  final List<String> exampleTexts = new ArrayList<>();
  final ShownRequests shownRequests = new ShownRequests();
  /** The line of text read before the one read now, which a sentence may run on from. */
  MarkdownElement.TextLine lineBefore;
  /** Whether a label of an answer's fields was read last ({@code + Attributes} under {@code + Response 200}). */
  boolean answerFields;
  /** Path templates the section prints alone ({@code /{group}/kennels/{id}}, a caption), which its examples fill. */
  final List<String> printedTemplates = new ArrayList<>();
  /** Statuses of raw HTTP answers under no response label, given to their part once the section has an endpoint. */
  final List<Runnable> unlabelledStatuses = new ArrayList<>();
  final List<String> prose = new ArrayList<>();

  Field context;
  boolean headingContext;
  /** The level of the heading that set the context, when a heading did. */
  int contextLevel;
  String exampleCaption = "";
  /**
   * The statuses a caption the profile does not know named in parentheses ({@code Başarılı Yanıt (201):}), the
   * answer's once an example's block follows it (see {@link StatusCaptions}).
   */
  List<Response> captionedStatuses = List.of();
  final List<String> exampleLines = new ArrayList<>();
  boolean afterRequest;
  String lastProse = "";
  final ListedParameters listed = new ListedParameters();
  /** The requests the section's heading names. */
  List<MarkdownRequest> titled = List.of();
  /** A method printed alone on the line before, as documentation sites print a method badge over the URL. */
  String methodBadge;
  final LabelledRequest labelledRequest = new LabelledRequest();
  /** The path printed alone last since the heading, over which method captions make requests. */
  String pathOverCaptions;
  /** The line {@link #pathOverCaptions} was printed on. */
  private int pathOverCaptionsLine;
  /** The part read when {@link #pathOverCaptions} was printed, the parameters it held then and how many it read. */
  private MarkdownPart partAtPathAlone;
  private List<MarkdownParameter> parametersAtPathAlone = List.of();
  private int readsAtPathAlone;
  /** Whether a label of parameters has been read since the path printed alone. */
  private boolean parametersLabelledSincePathAlone;
  /** The line before, if it is a label the profile does not know, whose value the line after may be alone. */
  String labelAbove;
  final UnknownLabelRequests unknownLabelRequests = new UnknownLabelRequests();
  /** The requests of commands under a caption naming their method ({@code GET Request}). */
  final List<MarkdownRequest> captionedCommands = new ArrayList<>();
  /** The title of the section read, which may name the method of the paths its tables list. */
  String sectionTitle = "";
  /** The text line being read, when a line of the guide is: its literals and paragraph serve prose rules. */
  MarkdownElement.TextLine reading;

  SectionState(Profile profile) {
    this.profile = profile;
  }

  List<MarkdownPart> parts() {
    List<MarkdownPart> parts = new ArrayList<>();
    parts.add(shared);
    parts.addAll(endpoints);
    return parts;
  }

  void setContext(Field field, boolean heading, String caption) {
    boolean answer = describesResponse();
    // A request said to take no parameters ({@code Query Parameters Supported: None}) leaves a structure's table to
    // what comes back too.
    headedAfterAnswers = field == null && heading && ((context == Field.RESPONSES || statusTableLast)
        && !current.responses.isEmpty() && !current.parameters.isEmpty()
        || current.statesNoParameters && current.parameters.isEmpty());
    finishExample();
    if (field != null) {
      // A caption the profile does not know ({@code Each item holds:}) leaves the answer shown above it in view.
      answerMembers = null;
    }
    context = field == Field.OBJECT_FIELDS ? answer ? Field.RESPONSE_EXAMPLE : Field.REQUEST_PARAMETERS : field;
    parametersLabelledSincePathAlone |= context == Field.REQUEST_PARAMETERS || context == Field.QUERY_PARAMETERS
        || context == Field.PATH_PARAMETERS || context == Field.HEADERS;
    if (context != null || heading) {
      answerLabelled = false;
    }
    headingContext = heading;
    exampleCaption = caption;
    captionedStatuses = List.of();
    listed.forget();
    listed.introducedBy(null);
    answerFields = field == Field.OBJECT_FIELDS && answer;
  }

  /**
   * Records a block of code the section shows (an answer's example printed as lines of text is one too): the answer's
   * when it is a JSON document and an answer's label or caption stands over it, or the request read sends no body
   * (GET, HEAD) and no label says it is the request's. A code sample calling the endpoint shows no answer.
   */
  void shows(String code) {
    boolean bodiless = !current.requests.isEmpty() && BODILESS.contains(current.requests.get(0).method());
    answerMembers = describesResponse() || bodiless && context != Field.REQUEST_EXAMPLE
        ? LenientJson.memberNames(code).orElse(null) : null;
  }

  /** The members of the JSON answer a block of code showed since a label last set the context, if any. */
  Optional<Set<String>> answerMembers() {
    return Optional.ofNullable(answerMembers);
  }

  /**
   * Notes that a label alone on its line labels what follows as the answer, where its words name one ({@code Response},
   * {@code Respuesta}, {@code 响应}): a generic {@code Example} may show the request's body.
   */
  void answerLabelled(String label) {
    String words = label.toLowerCase(Locale.ROOT);
    answerLabelled = describesResponse() && ANSWER_WORDS.stream().anyMatch(words::contains);
  }

  /**
   * Whether the last label alone on its line labels an answer, though a sentence under it ended its context
   * ({@code Response} over {@code Paginated list of applications}): tables of names under it are the answer's
   * fields, up to the next label, heading or request. A label with its value ({@code Example: action=block}, a
   * parameter's example) labels no part of the page.
   */
  boolean underAnswerLabel() {
    return answerLabelled;
  }

  /**
   * Whether the heading in context names no label and follows the answers' statuses of a section that documented
   * its parameters before them ({@code ### Struktur Data} under {@code ### Status HTTP}), or a request said to take
   * none: the tables under it describe what comes back, as pages document the request first.
   */
  boolean headedAfterAnswers() {
    return headedAfterAnswers && context == null && DATA_HEADING.matcher(headingText).find();
  }

  /** Whether the field in context is an answer, whose tables of names describe its fields, not the request's. */
  boolean describesResponse() {
    return context == Field.RESPONSES || context == Field.RESPONSE_EXAMPLE
        || context == Field.FAILURE_RESPONSE_EXAMPLE;
  }

  boolean inExample() {
    return context != null && MarkdownLabels.isExample(context);
  }

  Example.Kind exampleKind() {
    if (context == Field.REQUEST_EXAMPLE) {
      return Example.Kind.REQUEST;
    }
    return context == Field.FAILURE_RESPONSE_EXAMPLE ? Example.Kind.FAILURE_RESPONSE : Example.Kind.RESPONSE;
  }

  void finishExample() {
    if (exampleLines.isEmpty()) {
      return;
    }
    String text = String.join("\n", exampleLines);
    exampleLines.clear();
    exampleTexts.add(text);
    current.examples.addAll(MarkdownExamples.read(text, exampleKind(), exampleCaption, ""));
    if (exampleKind() != Example.Kind.REQUEST) {
      answerMembers = LenientJson.memberNames(text).orElse(null);
    }
  }

  void keepAsProse(String text) {
    current.prose.add(text);
    if (reading != null) {
      current.proseLines.add(reading);
    }
    lastProse = text;
  }

  void deprecation(String text) {
    if (current.deprecation == null
        && profile.deprecationMarkers().stream().anyMatch(marker -> marker.find(text))) {
      current.deprecation = text;
    }
  }

  void addParameter(MarkdownParameter parameter) {
    listed.add(current, parameter);
  }

  /** Notes a path printed alone, over which method captions or a call filling it make requests. */
  void pathAlone(String path, int line) {
    pathOverCaptions = path;
    pathOverCaptionsLine = line;
    parametersLabelledSincePathAlone = false;
    if (current.requests.stream().anyMatch(request -> request.uri().split("\\?", 2)[0].equals(path)
        || ExampleRequests.fillsVariables(path, request.uri()))) {
      // The path of the request read last, printed again under it: what follows is still that request's.
      partAtPathAlone = null;
      return;
    }
    partAtPathAlone = current;
    parametersAtPathAlone = List.copyOf(current.parameters);
    readsAtPathAlone = current.read.size();
  }

  /**
   * Gives the part a call of the path printed alone opened the parameters read under a label since that path, which
   * went to the part before: a page printing a path, a label of parameters and their list, then a call of it documents
   * the call's parameters there. The part before keeps what it held then. Parameters listed right under the path, no
   * label between, may still be those of the request before it ({@code POST /sessions}, its new session's path
   * {@code /sessions/{id}}, then its parameters).
   */
  void takeParametersSincePathAlone() {
    MarkdownPart before = partAtPathAlone;
    partAtPathAlone = null;
    if (before == null || before == current || before.read.size() <= readsAtPathAlone
        || !parametersLabelledSincePathAlone) {
      return;
    }
    for (MarkdownParameter read : List.copyOf(before.read.subList(readsAtPathAlone, before.read.size()))) {
      // A parameter new since then is taken as it stands now, described by the lines after it too.
      MarkdownParameter now = parametersAtPathAlone.stream().anyMatch(known -> known.sameAs(read)) ? read
          : before.parameters.stream().filter(known -> known.sameAs(read)).findFirst().orElse(read);
      current.addParameter(now);
    }
    before.parameters.clear();
    before.parameters.addAll(parametersAtPathAlone);
  }

  /**
   * Adds request lines to the run being read, or opens a new one. A request line the section printed before (an
   * overview listing it, then its own paragraph) returns to the part that holds it.
   */
  void addRequests(List<MarkdownRequest> printed) {
    answerLabelled = false;
    answerFields = false;
    answerMembers = null;
    List<MarkdownRequest> requests = withoutQueryExamples(printed);
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
      if (context == Field.RESPONSES && !headingContext) {
        // The answers listed under a label were the part's before: what follows the new request line is its own
        // (GitBook's blocks print each request's body after the answers of the one before).
        context = null;
      }
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
   * The requests printed together, a request printed again with values in its query ({@code GET /messages} then
   * {@code GET /messages?since=123}) being an example of the one before it, which takes its query's names; calls
   * that each fill their query stay examples alike.
   */
  private static List<MarkdownRequest> withoutQueryExamples(List<MarkdownRequest> printed) {
    if (printed.size() < 2) {
      return printed;
    }
    List<MarkdownRequest> requests = new ArrayList<>();
    // The latest request of each method and path whose query fills nothing, by {@code METHOD path}: a page printing
    // thousands of request lines is read once, not each line against all the others.
    Map<String, Integer> templates = new HashMap<>();
    for (MarkdownRequest request : printed) {
      UriTemplate uri = UriTemplate.parse(request.uri());
      String endpoint = uri == null ? null : request.method() + " " + uri.path();
      boolean fillsQuery = uri != null && ExampleRequests.fillsQuery(uri);
      Integer earlier = fillsQuery ? templates.get(endpoint) : null;
      if (earlier == null) {
        if (endpoint != null && !fillsQuery) {
          templates.put(endpoint, requests.size());
        }
        requests.add(request);
      } else {
        MarkdownRequest known = requests.get(earlier);
        requests.set(earlier, known.withUri(MarkdownExampleUris.withQueryNamesOf(known.uri(), request.uri())));
      }
    }
    return requests;
  }

  /**
   * Makes the part that already holds the request's endpoint the current one, if a part does; the same endpoint shown
   * with query values names query parameters of it.
   */
  private boolean returnToHolder(MarkdownRequest request) {
    if (!endpoints.isEmpty() && titled.stream().anyMatch(known -> Objects.equals(known.method(), request.method())
        && ExampleRequests.fillsVariables(known.uri(), request.uri()))) {
      // A call under the heading that names its request, with a word in each variable's place, shows that request.
      current = endpoints.get(0);
      return true;
    }
    Optional<MarkdownRequest> shortened = endpoints.isEmpty() ? Optional.empty() : titled.stream()
        .filter(known -> Objects.equals(known.method(), request.method()) && underBasePath(request, known))
        .filter(known -> endpoints.get(0).requests.contains(known)).findFirst();
    if (shortened.isPresent()) {
      // The request the heading names, printed in full under the base path the heading leaves out
      // ({@code # DELETE /school/:id} over {@code DELETE /v1/school/:id}): the section's endpoint, on the full path;
      // once, since a second base path ({@code /v2/...}) shows another endpoint.
      current = endpoints.get(0);
      current.requests.replaceAll(known -> known.equals(shortened.get()) ? known.withUri(request.uri()) : known);
      return true;
    }
    Optional<MarkdownPart> shown = inExample() ? partFilledBy(request) : Optional.empty();
    if (shown.isPresent()) {
      // A call under an example's label, with a value in each variable's place, shows a request read before.
      current = shown.get();
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

  /** Whether a request's path is another's under a base path ({@code /v1/school/{id}} of {@code /school/{id}}). */
  private static boolean underBasePath(MarkdownRequest full, MarkdownRequest shortened) {
    UriTemplate longer = UriTemplate.parse(full.uri());
    UriTemplate shorter = UriTemplate.parse(shortened.uri());
    return longer != null && shorter != null && shorter.path().length() > 1
        && MarkdownOperations.differsByBasePath(longer.path(), shorter.path());
  }

  /** The part whose request a call makes: the same method on the same path, or on its variables filled in. */
  Optional<MarkdownPart> partCalledBy(MarkdownRequest call) {
    return partOf(call, known -> samePath(known, call) || ExampleRequests.fillsVariables(known.uri(), call.uri()));
  }

  /**
   * The part whose request a call fills in, with a value in each variable's place and the same method
   * ({@code POST /clusters/c1/credentials/db} of {@code POST /clusters/{clusterName}/credentials/{alias}}).
   */
  Optional<MarkdownPart> partFilledBy(MarkdownRequest call) {
    return partOf(call, known -> ExampleRequests.fillsVariablesWithValues(known.uri(), call.uri()));
  }

  /** The first part holding a request of the call's method that the test takes. */
  private Optional<MarkdownPart> partOf(MarkdownRequest call, Predicate<MarkdownRequest> takes) {
    return endpoints.stream().filter(part -> part.requests.stream()
        .anyMatch(known -> Objects.equals(known.method(), call.method()) && takes.test(known))).findFirst();
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

  /**
   * Gives methods under the profile's label, left without a URI, the path printed a few lines below them, under a label
   * the profile does not know ({@code Method: GET} over {@code Template: http://<host>/x/agents/}) or alone in a
   * paragraph ({@code Método HTTP: POST} over {@code /api/v1/costCenter}), before a heading, the next method's label or
   * the section's end closes the request: a path alone nearer the next method's label than this one is that one's.
   *
   * @param listItems whether a path printed as a list's item counts, as it does before a heading
   * @param nextMethodLine the line of the method's label that comes next, or {@link Integer#MAX_VALUE}
   */
  void pairWaitingMethods(boolean listItems, int nextMethodLine) {
    if (!labelledRequest.hasMethods()) {
      return;
    }
    int methodLine = labelledRequest.line();
    int pathLine = unknownLabelRequests.line();
    unknownLabelRequests.pathFor(methodLine, listItems)
        .ifPresent(path -> addLabelledRequests(labelledRequest.uri(path, pathLine)));
    // A path alone may as well stand over the next method's label as its own, as pages print one above its method.
    if (labelledRequest.hasMethods() && pathOverCaptions != null && pathOverCaptionsLine > methodLine
        && pathOverCaptionsLine - methodLine <= PATH_BELOW_METHOD
        && pathOverCaptionsLine - methodLine < nextMethodLine - pathOverCaptionsLine) {
      addLabelledRequests(labelledRequest.uri(pathOverCaptions, pathOverCaptionsLine));
      pathOverCaptions = null;
    }
  }

  /**
   * A method and a URI printed under labels of their own make a request line once both are seen; one that repeats a
   * request line of the part read now on its path ({@code POST /profiles}, then {@code URI: https://host/profiles?uid=
   * {uid}}) only adds the names of its query to it.
   */
  void addLabelledRequests(List<MarkdownRequest> requests) {
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
  boolean mergedIntoKnownRequest(MarkdownRequest request) {
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

  /**
   * A path alone captioning a section or a table ({@code # /user/{id}}) names the URI a method label under it
   * completes ({@code Method: PATCH}).
   */
  void pathCaption(String caption, int lineNumber) {
    if (LabelledPath.isPathAlone(caption)) {
      addLabelledRequests(labelledRequest.caption(caption.strip(), lineNumber));
    }
  }

  /**
   * The statuses a line of prose quotes as literals with their standard reason ({@code comes back with `201
   * Created`}): a status set apart as code is one the request answers with.
   */
  void statusLiterals() {
    if (reading != null) {
      reading.literals().forEach(literal -> MarkdownStatuses.opening(literal.text())
          .filter(MarkdownStatuses::hasStandardReason).filter(r -> r.description().isEmpty())
          .ifPresent(current::addResponse));
    }
  }
}
