package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name and type of a generated SDK, decided once from the model so that the client, the DTOs and the server
 * skeleton agree: the symbol provider of the pipeline model → symbols → writers.
 *
 * <p>Operations that cannot be called (no method or no path visible) and parameters that have no place in the
 * request are left out and listed in {@link #omissions()}.
 */
public final class SdkSymbols {
  private static final Pattern ROOT_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.-]*)");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** Members of every DTO, from Object, the record and the DTO writer, that no component may hide. */
  static final String[] RECORD_MEMBERS = {"equals", "hashCode", "toString", "getClass", "builder",
      "toBuilder", "toXml", "fromXml", "writeXml", "toJson", "fromJson", "writeJson", "notify", "notifyAll", "wait",
      "clone", "finalize"};

  private final Api api;
  private final String basePackage;
  private final String modelPackage;
  private final ClassName client;
  private final ClassName apiException;
  private final ClassName response;
  private final ClassName request;
  private ClassName xmlSupport;
  private ClassName jsonSupport;
  private final Map<String, DtoSymbol> dtos = new LinkedHashMap<>();
  private final List<GroupSymbol> groups = new ArrayList<>();
  private final List<String> omissions = new ArrayList<>();
  private final NameScope packageScope;

  private SdkSymbols(Api api, String basePackage) {
    this.api = api;
    this.basePackage = basePackage;
    this.modelPackage = basePackage + ".model";
    String product = Names.typeName(api.product().isEmpty() ? api.title().isEmpty() ? "Api" : api.title()
        : api.product());
    this.packageScope = new NameScope();
    this.client = ClassName.get(basePackage, packageScope.claim(product + "Client"));
    this.apiException = ClassName.get(basePackage, packageScope.claim(product + "ApiException"));
    this.response = ClassName.get(basePackage, packageScope.claim(product + "Response"));
    this.request = ClassName.get(basePackage, packageScope.claim(product + "Request"));
  }

  /**
   * The symbols of the SDK for {@code api}.
   *
   * @param basePackage the package of the client; DTOs go to its {@code model} subpackage
   * @throws IllegalArgumentException when {@code basePackage} is not a package generated code can go in
   */
  public static SdkSymbols of(Api api, String basePackage) {
    Optional<String> problem = ProjectNaming.packageProblem(basePackage);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    SdkSymbols symbols = new SdkSymbols(api, basePackage);
    symbols.nameDtos();
    symbols.nameGroups();
    symbols.omitNonApiPayloads();
    return symbols;
  }

  public Api api() {
    return api;
  }

  public String basePackage() {
    return basePackage;
  }

  public String modelPackage() {
    return modelPackage;
  }

  /** The client's entry class ({@code FinesseClient}). */
  public ClassName client() {
    return client;
  }

  /** The exception a non-2xx answer raises ({@code FinesseApiException}). */
  public ClassName apiException() {
    return apiException;
  }

  /**
   * The generated class, in the model package, that reads and writes JSON with the JDK alone, for the JSON DTOs'
   * {@code fromJson} and {@code writeJson} and for JSON answers of no known shape; empty when no schema or answer is
   * JSON.
   */
  public Optional<ClassName> jsonSupport() {
    return Optional.ofNullable(jsonSupport);
  }

  /** The answer of a call with its status and headers ({@code FinesseResponse<T>}). */
  public ClassName response() {
    return response;
  }

  /** A request built by hand for any method and path, sent through the client ({@code FinesseRequest}). */
  public ClassName request() {
    return request;
  }

  /**
   * The generated class, in the model package, that reads and writes XML with hardened StAX factories, for the DTOs'
   * {@code fromXml} and {@code writeXml}.
   */
  public ClassName xmlSupport() {
    return xmlSupport;
  }


  public List<DtoSymbol> dtos() {
    return List.copyOf(dtos.values());
  }

  public Optional<DtoSymbol> dto(String schemaName) {
    return Optional.ofNullable(dtos.get(schemaName));
  }

  /** The DTO of the guide's error bodies: the root most failure examples show, if it is a schema. */
  public Optional<DtoSymbol> errorBody() {
    Map<String, Integer> roots = new LinkedHashMap<>();
    for (Operation operation : api.operations()) {
      for (Example example : operation.examples()) {
        if (example.kind() == Example.Kind.FAILURE_RESPONSE) {
          rootElement(example.content()).ifPresent(root -> roots.merge(root, 1, Integer::sum));
        }
      }
    }
    return roots.entrySet().stream().max(Map.Entry.comparingByValue())
        .flatMap(root -> dtoByXmlName(root.getKey()));
  }

  public List<GroupSymbol> groups() {
    return List.copyOf(groups);
  }

  /** What the model holds but the SDK leaves out, and why. */
  public List<String> omissions() {
    return List.copyOf(omissions);
  }

  /** The DTO of an element, its name compared without case as the schemas know elements. */
  private Optional<DtoSymbol> dtoByXmlName(String xmlName) {
    return dtos.values().stream().filter(d -> d.xmlName().equalsIgnoreCase(xmlName)).findFirst();
  }

  private void nameDtos() {
    DtoNames names = DtoNames.of(api, modelPackage);
    xmlSupport = names.xmlSupport();
    jsonSupport = names.jsonSupport();
    dtos.putAll(names.dtos());
  }

  /** The payloads the guide prints that are no API body: the parser made no schema of them. */
  private void omitNonApiPayloads() {
    for (Diagnostic diagnostic : api.diagnostics()) {
      if (diagnostic.kind().filter(kind -> kind == DiagnosticKind.NON_API_PAYLOAD).isPresent()) {
        Provenance at = diagnostic.location();
        String where = at.page() != null ? "page " + at.page() : at.line() > 0 ? "line " + at.line() : at.file();
        omissions.add(where + ": " + diagnostic.message());
      }
    }
  }

  private void nameGroups() {
    Map<String, List<Operation>> byGroup = new LinkedHashMap<>();
    for (Operation operation : api.operations()) {
      if (operation.method() == null || operation.path() == null) {
        omissions.add(describe(operation) + ": not generated, the guide shows no "
            + (operation.method() == null ? "HTTP method" : "URI"));
        continue;
      }
      byGroup.computeIfAbsent(groupOf(operation), g -> new ArrayList<>()).add(operation);
    }
    NameScope accessors = NameScope.reserving(RECORD_MEMBERS);
    accessors.claim("close");
    for (Map.Entry<String, List<Operation>> entry : byGroup.entrySet()) {
      String type = Names.typeName(entry.getKey());
      ClassName api = ClassName.get(basePackage, packageScope.claim(type + "Api"));
      ClassName handler = ClassName.get(basePackage + ".server", packageScope.claim(type + "Handler"));
      String accessor = accessors.claim(Names.memberName(plural(entry.getKey())));
      NameScope methods = NameScope.reserving(RECORD_MEMBERS);
      NameScope nested = NameScope.reserving(api.simpleName());
      List<OperationSymbol> operations = new ArrayList<>();
      for (Operation operation : entry.getValue()) {
        operations.add(operation(operation, api, methods, nested));
      }
      groups.add(new GroupSymbol(entry.getKey(), api, handler, accessor, operations));
    }
  }

  /** The group the guide gives, or for an untitled operation the root of its body, or its last fixed path word. */
  private String groupOf(Operation operation) {
    if (!operation.group().isEmpty()) {
      return operation.group();
    }
    if (operation.requestBody() != null && operation.requestBody().schema() != null) {
      return operation.requestBody().schema();
    }
    String[] segments = operation.path().split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
        return segments[i];
      }
    }
    return "Default";
  }

  private static String plural(String group) {
    if (group.contains(" ") || group.contains("-")) {
      return group;
    }
    String lower = group.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("ia") || lower.endsWith("data") || lower.endsWith("info")) {
      return group;
    }
    if (lower.matches(".*[^aeiou]y")) {
      return group.substring(0, group.length() - 1) + "ies";
    }
    if (lower.matches(".*(x|z|ch|sh)")) {
      return group + "es";
    }
    return group + "s";
  }

  private OperationSymbol operation(Operation operation, ClassName groupClass, NameScope methods, NameScope nested) {
    String methodName = methods.claim(methodName(operation));
    DtoSymbol request = operation.requestBody() == null || operation.requestBody().schema() == null ? null
        : dtoByXmlName(operation.requestBody().schema()).orElse(null);
    NameScope parameterNames = NameScope.reserving("options");
    List<ParameterSymbol> arguments = new ArrayList<>();
    List<ParameterSymbol> options = new ArrayList<>();
    List<OperationSymbol.Implied> implied = new ArrayList<>();
    Set<String> impliedNames = new java.util.HashSet<>();
    for (ImpliedValue value : operation.impliedValues()) {
      Optional<PropertySymbol> property = request == null ? Optional.empty() : request.property(value.name());
      if (property.isPresent()) {
        implied.add(new OperationSymbol.Implied(value, property.get()));
        impliedNames.add(value.name());
      }
    }
    boolean bodyParameterPlaced = false;
    for (Parameter parameter : operation.parameters()) {
      if (impliedNames.contains(parameter.name()) || isContainer(parameter, operation)) {
        continue;
      }
      ParameterSymbol symbol;
      if (parameter.location() == ParameterLocation.BODY && OperationSymbol.sendsForm(operation)) {
        symbol = new ParameterSymbol(parameter, parameterNames.claim(Names.memberName(parameter.name())),
            ClassName.get(String.class), List.of());
      } else if (parameter.location() == ParameterLocation.BODY) {
        List<PropertySymbol> path = bodyPath(parameter, operation, request);
        if (path.isEmpty()) {
          omissions.add(describe(operation) + ": body parameter '" + parameter.name()
              + "' has no element in the request body's schema and is not generated");
          continue;
        }
        bodyParameterPlaced = true;
        symbol = new ParameterSymbol(parameter, parameterNames.claim(Names.memberName(parameter.name())),
            path.get(path.size() - 1).type(), path);
      } else {
        symbol = new ParameterSymbol(parameter, parameterNames.claim(Names.memberName(parameter.name())),
            ClassName.get(String.class), List.of());
      }
      (symbol.required() || parameter.location() == ParameterLocation.PATH ? arguments : options).add(symbol);
    }
    if (request != null && !bodyParameterPlaced && implied.isEmpty()) {
      Parameter body = new Parameter("body", ParameterLocation.BODY, true,
          "the request body; the guide does not list its fields", "", List.of(), null);
      arguments.add(new ParameterSymbol(body, parameterNames.claim("body"), request.className(), List.of()));
    }
    ClassName optionsClass = options.isEmpty() ? null
        : groupClass.nestedClass(nested.claim(Names.typeName(methodName) + "Options"));
    return new OperationSymbol(operation, methodName, arguments, options, optionsClass, request, implied,
        responseBody(operation).orElse(null));
  }

  /** A body parameter other parameters are nested in; its children are set instead. */
  private static boolean isContainer(Parameter parameter, Operation operation) {
    return parameter.location() == ParameterLocation.BODY
        && operation.parameters().stream().anyMatch(p -> parameter.name().equals(p.parent()));
  }

  /** The components leading from the request root to a body parameter, following the parameter's parents. */
  private List<PropertySymbol> bodyPath(Parameter parameter, Operation operation, DtoSymbol request) {
    if (request == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Parameter at = parameter; at != null; at = at.parent() == null ? null : operation.parameter(at.parent())
        .orElse(null)) {
      names.add(0, at.name());
      if (at.parent() != null && operation.parameter(at.parent()).isEmpty()) {
        break;
      }
    }
    if (!names.isEmpty() && names.get(0).equals(request.xmlName())) {
      names.remove(0);
    }
    List<PropertySymbol> path = new ArrayList<>();
    DtoSymbol at = request;
    for (String name : names) {
      Optional<PropertySymbol> property = at == null ? Optional.empty() : at.property(name);
      if (property.isEmpty()) {
        return List.of();
      }
      path.add(property.get());
      at = property.get().kind() == PropertySymbol.Kind.OBJECT ? dtos.values().stream()
          .filter(d -> d.className().equals(property.get().valueType())).findFirst().orElse(null) : null;
    }
    return path;
  }

  /** The DTO of a successful answer: the schema the model names, else the one of an example's root element. */
  private Optional<DtoSymbol> responseBody(Operation operation) {
    if (operation.responseSchema() != null && dtos.containsKey(operation.responseSchema())) {
      return Optional.of(dtos.get(operation.responseSchema()));
    }
    return operation.examples().stream()
        .filter(e -> e.kind() == Example.Kind.RESPONSE)
        .map(e -> rootElement(e.content()))
        .flatMap(Optional::stream)
        .map(this::dtoByXmlName)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> rootElement(String content) {
    Matcher matcher = ROOT_ELEMENT.matcher(content);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The action part of the title without articles or asides: {@code Dialog—Create a New Dialog (Make a Call)}. */
  private static String methodName(Operation operation) {
    String title = operation.title();
    String action = title;
    if (!operation.group().isEmpty() && title.startsWith(operation.group())) {
      action = title.substring(operation.group().length()).replaceFirst("^\\s*(?:—|–|-|:)\\s*", "");
    }
    action = action.replaceAll("\\([^)]*\\)", " ");
    List<String> words = new ArrayList<>();
    for (String word : action.split("\\s+")) {
      if (!word.isBlank() && !ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        words.add(word);
      }
    }
    return Names.memberName(words.isEmpty() ? untitledName(operation) : String.join(" ", words));
  }

  /**
   * The words naming an untitled operation, from what stays the same between releases: the values it fixes
   * ({@code BARGE_CALL}), else its method and the last fixed word of its path ({@code post Dialogs}, {@code get
   * Dialog by dialogId}).
   */
  private static String untitledName(Operation operation) {
    if (!operation.impliedValues().isEmpty()) {
      return String.join(" ", operation.impliedValues().stream().map(ImpliedValue::value).toList());
    }
    List<String> segments = List.of(operation.path().split("/")).stream().filter(s -> !s.isEmpty()).toList();
    String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    String fixed = segments.stream().filter(s -> !s.startsWith("{")).reduce((a, b) -> b).orElse("");
    String by = last.startsWith("{") ? " by " + last.substring(1, last.length() - 1) : "";
    return operation.method().toLowerCase(Locale.ROOT) + " " + fixed + by;
  }

  private static String describe(Operation operation) {
    return operation.title().isEmpty() ? operation.id() : operation.title();
  }
}
