package io.mcdewey.parse.markdown;

import io.mcdewey.model.Deprecation;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.OperationIds;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.MarkdownExampleUris;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds an {@link Operation} for every request line of the sections read: each shares its section's title and
 * what the section documents before its first request line, and owns what follows its own run of request lines.
 */
final class MarkdownOperations {
  /** Methods whose parameters, when a guide does not say where they go, travel in the query. */
  private static final Set<String> QUERY_METHODS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");
  static final Pattern VARIABLE = Pattern.compile("\\{[^{}]*}");
  /**
   * A base path: literal segments, one of them naming the API or its version ({@code /api/v1.0}, {@code /rest},
   * {@code /v1beta}).
   */
  static final Pattern BASE_PATH =
      Pattern.compile("(?:/[\\w.-]+)*/(?:api|rest|v\\d+(?:\\.\\d+)*(?:alpha|beta)?\\d*)(?:/[\\w.-]+)*");

  /** A word of letters, in any script. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}+");
  /** A scheme and host printed before a path ({@code https://api.example.com}). */
  private static final Pattern URL_TOKEN = Pattern.compile("\\S*://\\S*");
  private final Profile profile;
  private final Diagnostics diagnostics;
  private final IntFunction<Provenance> where;

  MarkdownOperations(Profile profile, Diagnostics diagnostics, IntFunction<Provenance> where) {
    this.profile = profile;
    this.diagnostics = diagnostics;
    this.where = where;
  }

  /**
   * The operations the sections read document.
   *
   * @param basePath the path of the base URL the guide names on a line of its own, or empty
   */
  List<Operation> build(List<MarkdownSectionReader.Reading> readings, String basePath) {
    templatesOfExamples(readings);
    MarkdownPlaceholders placeholders = new MarkdownPlaceholders(readings);
    boolean guideListsStatuses = readings.stream()
        .flatMap(reading -> Stream.concat(Stream.of(reading.shared()), reading.endpoints().stream()))
        .anyMatch(part -> !part.responses.isEmpty());
    List<Operation> operations = new ArrayList<>();
    Set<Operation> listed = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Operation> saysNothing = Collections.newSetFromMap(new IdentityHashMap<>());
    for (MarkdownSectionReader.Reading reading : readings) {
      boolean overview = reading.endpoints().stream().mapToInt(part -> part.requests.size()).sum() > 1;
      for (String token : placeholders.literals(reading)) {
        diagnostics.report(DiagnosticKind.LITERAL_SEGMENT, "'" + token + "' in a request line of '"
            + reading.section().title() + "' is kept as literal text: the guide neither explains it nor shows"
            + " another value in its place", where.apply(reading.section().line()));
      }
      for (MarkdownPart part : reading.endpoints()) {
        for (MarkdownRequest request : part.requests) {
          UriTemplate template = UriTemplate.parse(placeholders.template(reading, request.uri()));
          if (template == null) {
            diagnostics.report(DiagnosticKind.UNREADABLE_URI, "'" + request.uri() + "' after " + request.method()
                + " is no path or URL", where.apply(request.line()));
            continue;
          }
          Operation operation = operation(reading, part, request, template, isCut(reading, part, request,
              guideListsStatuses));
          operations.add(operation);
          if (overview) {
            listed.add(operation);
          }
          // A row of a table of endpoints says nothing its own section would not, though it names a status.
          if (overview && part.parameters.isEmpty() && (part.responses.isEmpty() || part.tableRow)
              && part.examples.isEmpty()) {
            saysNothing.add(operation);
          }
        }
      }
    }
    return ExampleCallSections.merged(withoutSummaryMentions(operations, listed, saysNothing, basePath));
  }

  /**
   * Gives an endpoint known only by the values of its examples ({@code curl …/milestones/1}) the template the guide
   * prints for it elsewhere, as an overview table does ({@code /milestones/{milestoneId}}).
   */
  private static void templatesOfExamples(List<MarkdownSectionReader.Reading> readings) {
    List<MarkdownRequest> printed = readings.stream().flatMap(reading -> reading.endpoints().stream())
        .filter(part -> !part.requestsFromExamples).flatMap(part -> part.requests.stream()).toList();
    for (MarkdownSectionReader.Reading reading : readings) {
      for (MarkdownPart part : reading.endpoints()) {
        if (part.requestsFromExamples) {
          part.requests.replaceAll(request -> ExampleRequests.templateOf(request, printed).orElse(request));
        }
      }
    }
  }

  /**
   * Whether the request's text is cut short: inside a table, or right after its request line where the guide
   * otherwise goes on to list statuses.
   */
  private boolean isCut(MarkdownSectionReader.Reading reading, MarkdownPart part, MarkdownRequest request,
      boolean guideListsStatuses) {
    boolean endsHere = part.endsAtRequest && guideListsStatuses
        && request == part.requests.get(part.requests.size() - 1);
    if (endsHere) {
      diagnostics.report(DiagnosticKind.ENDS_AT_REQUEST_LINE, "the text of '" + reading.section().title()
          + "' ends right after the request line '" + request.uri() + "', perhaps inside it; what follows is missing",
          where.apply(request.line()));
    }
    return part.cutShort || endsHere;
  }

  /**
   * Whether a title prints the request's path and a word at most besides its method ({@code /users}, {@code Endpoint:
   * /auth/login}), which names the request no better than its method and path do.
   */
  private static boolean printsPathOnly(String title, String method, String path) {
    int at = path.length() > 1 ? title.indexOf(path) : -1;
    if (at < 0) {
      return false;
    }
    String rest = URL_TOKEN.matcher(title.substring(0, at) + " " + title.substring(at + path.length())).replaceAll(" ");
    return WORDS.matcher(rest).results().filter(word -> !word.group().equals(method)).count() <= 1;
  }

  private Operation operation(MarkdownSectionReader.Reading reading, MarkdownPart part, MarkdownRequest request,
      UriTemplate template, boolean cut) {
    MarkdownSection section = reading.section();
    MarkdownPart shared = reading.shared();
    int requestCount = reading.endpoints().stream().mapToInt(endpoint -> endpoint.requests.size()).sum();
    // A title written without Latin letters or digits ({@code プロジェクト追加}) gives no id, nor one printing the path
    // with a word at most besides ({@code Endpoint: /auth/login}): the request does.
    String titleId = requestCount == 1 && !printsPathOnly(section.title(), request.method(), template.path())
        ? OperationIds.fromTitle(section.title()) : "";
    String id = !titleId.isEmpty() ? titleId
        : OperationIds.fromRequest(request.method(), template.path() + queryNames(template));
    Provenance source = where.apply(section.line());
    Operation.Builder builder = Operation.builder(id, source)
        .group(group(section))
        .title(section.title())
        .description(description(section.title(), part, shared))
        .method(request.method())
        .path(template.path())
        .uriTemplate(template.uri() + query(request.uri()))
        .parameters(parameters(request.method(), template, shared, part, section))
        .complete(!cut)
        .addExtent(source)
        .addExtent(where.apply(request.line()));
    List<Response> responses = new ArrayList<>(shared.responses);
    part.responses.stream().filter(r -> !responses.contains(r)).forEach(responses::add);
    responses.forEach(builder::addResponse);
    List<Example> bodies = new ArrayList<>();
    for (MarkdownPart origin : List.of(shared, part)) {
      for (Example example : origin.examples) {
        if (example.kind() != Example.Kind.REQUEST) {
          builder.addExample(example);
        } else if (MarkdownExamples.hasBody(example)) {
          bodies.add(example);
        }
      }
      origin.notes.forEach(builder::addNote);
    }
    if (!bodies.isEmpty()) {
      builder.requestBody(new RequestBody(bodies.get(0).mediaType(), null, bodies));
    }
    String deprecation = part.deprecation != null ? part.deprecation : shared.deprecation;
    if (deprecation != null) {
      builder.deprecation(new Deprecation(deprecation));
    }
    return builder.build();
  }

  private String group(MarkdownSection section) {
    for (String separator : profile.titleSeparators()) {
      int at = section.title().indexOf(separator);
      if (at > 0) {
        return section.title().substring(0, at).strip();
      }
    }
    return section.group();
  }

  /**
   * The first paragraph of prose that is not the title, its lines joined: where a paragraph's lines break is the
   * converter's choice, not the guide's.
   */
  private static String description(String title, MarkdownPart part, MarkdownPart shared) {
    for (MarkdownPart source : List.of(part, shared)) {
      for (String sentence : source.prose) {
        if (!sentence.equalsIgnoreCase(title)) {
          return paragraphOf(sentence, source.proseLines);
        }
      }
    }
    return "";
  }

  /** The prose line with the lines of its paragraph that follow it, or the line alone when it has none. */
  private static String paragraphOf(String first, List<MarkdownElement.TextLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().strip().equals(first)) {
        StringBuilder paragraph = new StringBuilder(first);
        for (int j = i + 1; j < lines.size() && lines.get(j).paragraph() == lines.get(i).paragraph()
            && !lines.get(j).listItem(); j++) {
          paragraph.append(' ').append(lines.get(j).text().strip());
        }
        return paragraph.toString();
      }
    }
    return first;
  }

  /**
   * The operation's parameters, path then query, header and body: the URI's own, completed by what the section
   * documents; a parameter documented without a place goes where the request puts such parameters, or with the
   * headers when it is named as one.
   */
  private List<Parameter> parameters(String method, UriTemplate template, MarkdownPart shared, MarkdownPart part,
      MarkdownSection section) {
    Map<String, MarkdownParameter> documented = new LinkedHashMap<>();
    for (MarkdownPart source : List.of(shared, part)) {
      for (MarkdownParameter parameter : source.parameters) {
        documented.merge(key(parameter.location(), parameter.name()), parameter, MarkdownParameter::completedBy);
      }
    }
    Map<ParameterLocation, Map<String, MarkdownParameter>> placed = new LinkedHashMap<>();
    for (ParameterLocation location : ParameterLocation.values()) {
      placed.put(location, new LinkedHashMap<>());
    }
    for (Parameter fromUri : template.parameters()) {
      boolean path = fromUri.location() == ParameterLocation.PATH;
      List<String> allowed = fromUri.allowedValues().size() > 1 ? fromUri.allowedValues() : List.of();
      placed.get(fromUri.location()).put(fromUri.name(), new MarkdownParameter(fromUri.name(), fromUri.location(),
          path ? Boolean.TRUE : null, "", "", allowed));
    }
    for (MarkdownParameter parameter : documented.values()) {
      ParameterLocation location = parameter.location();
      String pathName = matching(placed.get(ParameterLocation.PATH), parameter.name());
      // A query parameter named as a variable of the path, which the URI's query does not hold, is that variable:
      // the page's table says where it thinks the value goes, the template where it does.
      boolean pathByName = location == null || location == ParameterLocation.PATH
          || location == ParameterLocation.QUERY
              && matching(placed.get(ParameterLocation.QUERY), parameter.name()) == null;
      if (pathName != null && pathByName) {
        placed.get(ParameterLocation.PATH).computeIfPresent(pathName, (name, known) -> known.completedBy(parameter));
        continue;
      }
      String queryName = matching(placed.get(ParameterLocation.QUERY), parameter.name());
      if (queryName != null && location != ParameterLocation.HEADER && location != ParameterLocation.BODY) {
        // "URI parameters" tables document the URI's query parameters too.
        placed.get(ParameterLocation.QUERY).computeIfPresent(queryName, (name, known) -> known.completedBy(parameter));
        continue;
      }
      if (location == ParameterLocation.PATH
          && (everyPathVariableDocumented(placed, documented) || namesNoPathVariable(placed, documented))) {
        // "URL parameters" lists that hold what is not in the path list the query's: those that hold the path's
        // variables too, and those of several names none of which is in the path (Slate's "URL Parameters" heading
        // over what a curl sends in the query).
        location = ParameterLocation.QUERY;
      } else if (location == ParameterLocation.PATH) {
        diagnostics.report(DiagnosticKind.STRAY_PATH_PARAMETER, "path parameter '" + parameter.name() + "' of '"
            + section.title() + "' does not occur in the path " + template.path(), where.apply(section.line()));
        continue;
      }
      if (location == null && HeaderNames.isRequestHeader(parameter.name())) {
        location = ParameterLocation.HEADER;
      } else if (location == null) {
        location = method == null || QUERY_METHODS.contains(method) ? ParameterLocation.QUERY : ParameterLocation.BODY;
      }
      placed.get(location).merge(parameter.name(), parameter, MarkdownParameter::completedBy);
    }
    List<Parameter> parameters = new ArrayList<>();
    placed.forEach((location, byName) -> byName.values().forEach(p -> parameters.add(p.at(location))));
    return parameters;
  }

  /** Whether the section documents every variable of the path, so that no documented name can be a misspelt one. */
  private static boolean everyPathVariableDocumented(Map<ParameterLocation, Map<String, MarkdownParameter>> placed,
      Map<String, MarkdownParameter> documented) {
    return placed.get(ParameterLocation.PATH).keySet().stream().allMatch(variable -> documented.values().stream()
        .anyMatch(parameter -> parameter.name().equalsIgnoreCase(variable)));
  }

  /** Whether the section documents several parameters as the path's, none of them a variable of the path. */
  private static boolean namesNoPathVariable(Map<ParameterLocation, Map<String, MarkdownParameter>> placed,
      Map<String, MarkdownParameter> documented) {
    List<MarkdownParameter> asPath = documented.values().stream()
        .filter(parameter -> parameter.location() == ParameterLocation.PATH).toList();
    // Names spelt another way than the path's variables ({@code user_id} for {@code {userId}}) are those variables.
    return asPath.size() > 1 && asPath.stream().allMatch(parameter -> placed.get(ParameterLocation.PATH).keySet()
        .stream().noneMatch(variable -> spelling(variable).equals(spelling(parameter.name()))));
  }

  /** A name in lower case without its separators, as different spellings of one name agree on it. */
  private static String spelling(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  private static String matching(Map<String, MarkdownParameter> pathParameters, String name) {
    return pathParameters.keySet().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  private static String key(ParameterLocation location, String name) {
    return (location == null ? "" : location.name()) + " " + name;
  }

  private static String queryNames(UriTemplate template) {
    StringBuilder names = new StringBuilder();
    template.parameters().stream().filter(p -> p.location() == ParameterLocation.QUERY)
        .forEach(p -> names.append(names.length() == 0 ? "?" : "&").append(p.name()));
    return names.toString();
  }

  private static String query(String uri) {
    String braced = UriTemplate.withVariablesBraced(uri);
    int query = MarkdownExampleUris.queryStart(braced);
    return query < 0 ? "" : braced.substring(query);
  }

  /**
   * Drops request lines that merely mention an endpoint another section documents (an overview listing
   * {@code GET /users} before the section on it): same method and path, whatever its variables are named, and
   * nothing documented of their own — in a section listing several requests, what the section says of them all is
   * none of one's own. Where no section documents more of it, the section given to that request alone holds it
   * rather than a section listing several.
   *
   * @param listed the operations of sections that list several requests
   * @param saysNothing those of them whose own part of their section documents nothing
   */
  private List<Operation> withoutSummaryMentions(List<Operation> operations, Set<Operation> listed,
      Set<Operation> saysNothing, String basePath) {
    Predicate<Operation> mention = operation -> isBare(operation) || saysNothing.contains(operation);
    Map<String, Boolean> documented = new LinkedHashMap<>();
    Map<String, Boolean> alone = new LinkedHashMap<>();
    for (Operation operation : operations) {
      documented.merge(endpoint(operation), !mention.test(operation), Boolean::logicalOr);
      alone.merge(endpoint(operation), !listed.contains(operation), Boolean::logicalOr);
    }
    Set<String> relativeTo = basesListedUnder(operations, listed, documented, basePath);
    List<Operation> kept = new ArrayList<>();
    Map<String, List<Response>> mentionedStatuses = new LinkedHashMap<>();
    for (Operation operation : operations) {
      boolean heldElsewhere = documented.get(endpoint(operation))
          || listed.contains(operation) && alone.get(endpoint(operation))
          || listed.contains(operation) && underBasePath(operation, documented, relativeTo);
      if (mention.test(operation) && operation.method() != null && heldElsewhere) {
        diagnostics.report(DiagnosticKind.SUMMARY_MENTION, operation.method() + " " + operation.path() + " under '"
            + operation.title() + "' only mentions an endpoint documented elsewhere", operation.source());
        mentionedStatuses.computeIfAbsent(endpoint(operation), e -> new ArrayList<>()).addAll(operation.responses());
        continue;
      }
      kept.add(operation);
    }
    return kept.stream().map(operation -> withStatuses(operation, mentionedStatuses.get(endpoint(operation))))
        .toList();
  }

  /**
   * The operation with the statuses a summary gives it besides its own ({@code | GET | /users | 200 / 401 |}): a
   * table of endpoints with a column of statuses says what each answers, though its sections say more of the rest.
   */
  private static Operation withStatuses(Operation operation, List<Response> mentioned) {
    if (mentioned == null) {
      return operation;
    }
    List<Integer> known = new ArrayList<>(operation.responses().stream().map(Response::status).toList());
    Operation.Builder builder = null;
    for (Response response : mentioned) {
      if (!known.contains(response.status())) {
        known.add(response.status());
        builder = builder == null ? operation.toBuilder() : builder;
        builder.addResponse(response);
      }
    }
    return builder == null ? operation : builder.build();
  }

  /**
   * The base paths listed requests leave out, as a table of endpoints relative to the base URL prints them: the path
   * of the base URL the guide names, and a base path ({@code /api/v1}) under which sections document two listed
   * requests at least ({@code /contacts} and {@code /contacts/{id}} listed, {@code /api/v1/contacts} and
   * {@code /api/v1/contacts/{id}} documented). One such pair alone may be an endpoint served at the root
   * ({@code /health} beside {@code /api/v1/health}).
   */
  private static Set<String> basesListedUnder(List<Operation> operations, Set<Operation> listed,
      Map<String, Boolean> documented, String basePath) {
    Map<String, Integer> pairs = new LinkedHashMap<>();
    for (Operation operation : operations) {
      if (!listed.contains(operation)) {
        continue;
      }
      String endpoint = endpoint(operation);
      String method = Objects.toString(operation.method()) + " ";
      documented.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
          .filter(known -> known.startsWith(method) && known.length() > endpoint.length() && known.endsWith(
              endpoint.substring(method.length())))
          .map(known -> known.substring(method.length(), known.length() - endpoint.length() + method.length()))
          .filter(prefix -> BASE_PATH.matcher(prefix).matches())
          .distinct().forEach(prefix -> pairs.merge(prefix, 1, Integer::sum));
    }
    Set<String> bases = new HashSet<>();
    pairs.forEach((prefix, count) -> {
      if (count >= 2) {
        bases.add(prefix);
      }
    });
    if (!basePath.isEmpty()) {
      bases.add(basePath.toLowerCase(Locale.ROOT));
    }
    return bases;
  }

  /**
   * Whether an operation's path and that of an endpoint documented elsewhere differ by a base path: one the operation
   * prints ({@code GET /api/v1.0/boards} for {@code GET /boards}, as prose mentioning calls prints them), or one
   * listed requests leave out ({@code GET /complaints} for {@code GET /api/complaints}). A parent resource
   * ({@code /teams/{team_id}/boards}) is no base path.
   *
   * @param relativeTo the base paths listed requests leave out, in lower case
   */
  private static boolean underBasePath(Operation operation, Map<String, Boolean> documented, Set<String> relativeTo) {
    String endpoint = endpoint(operation);
    String method = Objects.toString(operation.method()) + " ";
    String path = endpoint.substring(method.length());
    return documented.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
        .filter(known -> known.startsWith(method) && known.length() > method.length() + 1)
        .map(known -> known.substring(method.length()))
        .anyMatch(known -> differsByBasePath(path, known)
            || relativeTo.stream().anyMatch(base -> known.equals(base + path)));
  }

  /** Whether a path is another under a base path ({@link #BASE_PATH}: {@code /v1/users} of {@code /users}). */
  static boolean differsByBasePath(String path, String shorter) {
    return path.length() > shorter.length() && path.endsWith(shorter)
        && BASE_PATH.matcher(path.substring(0, path.length() - shorter.length())).matches();
  }

  /** The method and path of an operation, its variables unnamed: {@code GET /users/{}}. */
  private static String endpoint(Operation operation) {
    return Objects.toString(operation.method()) + " "
        + VARIABLE.matcher(operation.path().toLowerCase(Locale.ROOT)).replaceAll("{}");
  }

  private static boolean isBare(Operation operation) {
    return operation.responses().isEmpty() && operation.examples().isEmpty() && operation.requestBody() == null
        && operation.parameters().stream().allMatch(p -> p.location() == ParameterLocation.PATH);
  }
}
