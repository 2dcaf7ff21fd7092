package io.mcdewey.codegen.server;

import static io.mcdewey.codegen.server.ServerRouteCode.literal;

import com.palantir.javapoet.ClassName;
import io.mcdewey.codegen.DtoDocs;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.GroupSymbol;
import io.mcdewey.codegen.NameScope;
import io.mcdewey.codegen.Names;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.codegen.ServerFlavour;
import io.mcdewey.codegen.dto.DtoWriter;
import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.templates.ServerBootstrapVars;
import io.mcdewey.codegen.templates.ServerDispatcherVars;
import io.mcdewey.codegen.templates.ServerErrorVars;
import io.mcdewey.codegen.templates.ServerHandlerVars;
import io.mcdewey.codegen.templates.ServerReplyVars;
import io.mcdewey.codegen.templates.ServerRequestsVars;
import io.mcdewey.codegen.templates.ServerResourceVars;
import io.mcdewey.codegen.templates.ServerRoutesVars;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.codegen.templates.TemplateVars;
import io.mcdewey.model.Operation;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the server skeleton of an SDK from its templates: per resource group a handler interface whose methods
 * answer 501 Not Implemented until overridden, and the routes that read and check requests, pick the action where
 * several share a method and path, and answer with the documented status. The {@link ServerFlavour} adds what runs
 * them: a dispatcher and a server on the JDK's built-in HTTP server, or JAX-RS resource interfaces.
 *
 * <p>The server lives in the {@code server} subpackage of the SDK and shares its DTOs and names: a handler method is
 * named like the client method of the same action, and takes the same parameters, plus the request body as read.
 */
public final class ServerWriter {
  private static final String ERROR_RESPONSE = "ErrorResponse";
  private static final String REPLY = "Reply";
  private static final String REQUESTS = "Requests";
  private static final Set<String> JAX_RS_METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS",
      "PATCH");
  private static final String JAX_RS = "jakarta.ws.rs";
  private static final List<String> OBJECT_METHODS = List.of("equals", "hashCode", "toString", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");
  /** Names the dispatcher's constructor and the server's builder use for other things than handlers. */
  private static final List<String> BUILDER_MEMBERS = List.of("maxBodyBytes", "address", "authenticator", "threads",
      "start", "builder", "close", "incoming", "routes");
  /**
   * The routes the dispatcher adds in one method: about 25 bytes of code each, so that a method stays far below the
   * 64 KB a method's code may hold.
   */
  private static final int ROUTES_PER_METHOD = 250;

  private final SdkSymbols symbols;
  private final String packageName;
  private final String header;
  private final String dispatcher;
  private final String server;
  private final Map<GroupSymbol, List<ServerRoute>> routes;
  /** The Java names of the groups' handlers in the dispatcher's constructor and the server's builder. */
  private final Map<GroupSymbol, String> groupNames = new LinkedHashMap<>();
  private final Set<String> localNames;
  /** The groups as the skeleton serves them ({@link ServerOperations}). */
  private final List<GroupSymbol> groups;

  private ServerWriter(SdkSymbols symbols) {
    this.symbols = symbols;
    this.groups = ServerOperations.of(symbols);
    this.packageName = symbols.basePackage() + ".server";
    this.header = DtoDocs.fileComment(DtoDocs.guideFile(symbols));
    String client = symbols.client().simpleName();
    this.dispatcher = client.replaceFirst("Client(\\d*)$", "Dispatcher$1");
    this.server = client.replaceFirst("Client(\\d*)$", "Server$1");
    List<String> names = new ArrayList<>(List.of(ERROR_RESPONSE, REPLY, REQUESTS, dispatcher, server));
    NameScope handlerNames = reserving(OBJECT_METHODS.stream(), BUILDER_MEMBERS.stream());
    Map<GroupSymbol, NameScope> routeNames = new LinkedHashMap<>();
    for (GroupSymbol group : groups) {
      groupNames.put(group, handlerNames.claim(group.accessorName()));
      // Route names share the resource interface with the handler's methods and its response helper.
      routeNames.put(group, reserving(OBJECT_METHODS.stream(), Stream.of("response"),
          group.operations().stream().map(OperationSymbol::methodName)));
      names.addAll(List.of(handler(group), routesClass(group), resource(group)));
    }
    this.routes = ServerRoute.of(groups, routeNames);
    this.localNames = Set.copyOf(names);
  }

  /** The server's source files: handlers, routes, support classes, then what the flavour runs them with. */
  public static List<GeneratedFile> files(SdkSymbols symbols, TemplateRenderer templates, ServerFlavour flavour)
      throws TemplateException {
    ServerWriter writer = new ServerWriter(symbols);
    List<Source> sources = new ArrayList<>();
    for (GroupSymbol group : writer.groups) {
      sources.add(new Source(handler(group), writer.handlerVars(group)));
    }
    for (GroupSymbol group : writer.groups) {
      sources.add(new Source(routesClass(group), writer.routesVars(group)));
    }
    sources.add(new Source(ERROR_RESPONSE, writer.errorVars()));
    sources.add(new Source(REPLY, new ServerReplyVars(writer.header, writer.packageName, REPLY, ERROR_RESPONSE)));
    sources.add(new Source(REQUESTS,
        new ServerRequestsVars(writer.header, writer.packageName, REQUESTS, ERROR_RESPONSE)));
    switch (flavour) {
      case JDK_HTTP_SERVER -> {
        sources.add(new Source(writer.dispatcher, writer.dispatcherVars()));
        sources.add(new Source(writer.server, writer.bootstrapVars()));
      }
      case JAX_RS -> {
        for (GroupSymbol group : writer.groups) {
          sources.add(new Source(resource(group), writer.resourceVars(group)));
        }
      }
    }
    List<GeneratedFile> files = new ArrayList<>();
    for (Source source : sources) {
      files.add(new GeneratedFile("src/main/java/" + writer.packageName.replace('.', '/') + "/" + source.className()
          + ".java", templates.render(source.vars())));
    }
    return files;
  }

  /** The templates {@link #files} renders for a server of this flavour. */
  public static List<String> templates(ServerFlavour flavour) {
    List<String> templates = new ArrayList<>(List.of(ServerHandlerVars.TEMPLATE, ServerRoutesVars.TEMPLATE,
        ServerErrorVars.TEMPLATE, ServerReplyVars.TEMPLATE, ServerRequestsVars.TEMPLATE));
    switch (flavour) {
      case JDK_HTTP_SERVER -> templates.addAll(List.of(ServerDispatcherVars.TEMPLATE, ServerBootstrapVars.TEMPLATE));
      case JAX_RS -> templates.add(ServerResourceVars.TEMPLATE);
    }
    return templates;
  }

  /** A class of the server and the variables of the template rendering it. */
  private record Source(String className, TemplateVars vars) {}

  private ServerHandlerVars handlerVars(GroupSymbol group) {
    JavaImports imports = new JavaImports(packageName, localNames);
    List<ServerHandlerVars.Method> methods = group.operations().stream().map(o -> handlerMethod(o, imports)).toList();
    return new ServerHandlerVars(header, packageName, imports.imports(), group.group(), handler(group),
        ERROR_RESPONSE, methods);
  }

  private ServerHandlerVars.Method handlerMethod(OperationSymbol operation, JavaImports imports) {
    List<ServerHandlerVars.Parameter> parameters = new ArrayList<>();
    for (ParameterSymbol parameter : operation.parameters()) {
      parameters.add(new ServerHandlerVars.Parameter(imports.use(parameter.type()), parameter.javaName(),
          describe(parameter)));
    }
    ServerRouteCode.requestParameter(operation).ifPresent(name -> parameters.add(new ServerHandlerVars.Parameter(
        imports.use(operation.requestBody().className()), name, "the request body as sent")));
    String returnType = operation.responseBody() == null ? "void" : imports.use(operation.responseBody().className());
    Operation model = operation.operation();
    return new ServerHandlerVars.Method(operation.methodName(), returnType, parameters,
        DtoDocs.escape(title(model)), literal(title(model)), DtoDocs.escape(model.method() + " " + model.path()),
        status(operation), DtoDocs.escape(model.source().describe()), deprecation(model));
  }

  private static String deprecation(Operation operation) {
    if (!operation.deprecated()) {
      return "";
    }
    String note = operation.deprecation().note();
    return note.isEmpty() ? "The guide deprecates this action." : DtoDocs.escape(note);
  }

  /** The text of the parameter's {@code @param} tag, wrapped under the tag. */
  private static String describe(ParameterSymbol parameter) {
    String description = parameter.parameter().description().isEmpty()
        ? "the " + parameter.parameter().location().wireName() + " parameter " + parameter.parameter().name()
        : parameter.parameter().description();
    boolean optional = !parameter.required() && parameter.parameter().location() != ParameterLocation.PATH;
    String tag = "@param " + parameter.javaName();
    String text = DtoDocs.escape(description) + (optional ? " (optional: {@code null} when the request has none)" : "");
    return DtoDocs.wrap(tag + " " + text, "    ").substring(tag.length() + 1).replace("\n", "\n   * ");
  }

  private ServerRoutesVars routesVars(GroupSymbol group) {
    JavaImports imports = new JavaImports(packageName, localNames);
    imports.use(ClassName.get(Objects.class));
    List<ServerRoutesVars.Route> routeVars = routes.get(group).stream().map(r -> routeVars(r, imports)).toList();
    return new ServerRoutesVars(header, packageName, imports.imports(), group.group(), routesClass(group),
        handler(group), REPLY, REQUESTS, routeVars);
  }

  private ServerRoutesVars.Route routeVars(ServerRoute route, JavaImports imports) {
    ServerRouteCode code = new ServerRouteCode(imports, REQUESTS);
    List<ServerRoutesVars.Action> actions = new ArrayList<>();
    for (ServerRoute.Action action : route.actions()) {
      OperationSymbol operation = action.operation();
      String answerType = operation.responseBody() == null ? "" : imports.use(operation.responseBody().className());
      actions.add(new ServerRoutesVars.Action(DtoDocs.escape(title(operation.operation())), code.condition(action),
          operation.methodName(), code.arguments(route, operation), status(operation), answerType,
          isJson(operation.responseBody())));
    }
    return new ServerRoutesVars.Route(route.name(), DtoDocs.escape(route.method() + " " + route.path()),
        route.inputs().stream().map(ServerRoute.Input::javaName).toList(),
        route.request() == null ? "" : imports.use(route.request().className()), isJson(route.request()), actions,
        code.noAction(route),
        titles(route.unreachable().stream()),
        route.actions().stream().anyMatch(a -> a.operation().operation().deprecated()));
  }

  private ServerErrorVars errorVars() {
    ErrorBodyShape shape = ErrorBodyShape.of(symbols);
    return new ServerErrorVars(header, packageName, ERROR_RESPONSE, shape.open(), shape.close(), shape.typeElement(),
        shape.messageElement(), shape.dataElement());
  }

  private ServerDispatcherVars dispatcherVars() {
    NameScope names = reserving(OBJECT_METHODS.stream(), BUILDER_MEMBERS.stream(), groupNames.values().stream());
    List<ServerDispatcherVars.Group> groupVars = new ArrayList<>();
    Map<ServerRoute, String> routesNames = new LinkedHashMap<>();
    for (GroupSymbol group : groups) {
      String routesName = names.claim(Names.memberName(routesClass(group)));
      groupVars.add(new ServerDispatcherVars.Group(handler(group), groupNames.get(group), routesClass(group),
          routesName));
      routes.get(group).forEach(route -> routesNames.put(route, routesName));
    }
    // Only templates of as many segments compete for a path; of those, fewer variables is more specific.
    List<ServerRoute> ordered = new ArrayList<>(routesNames.keySet());
    ordered.sort(Comparator.comparingInt(route -> ServerRoute.variables(route.path()).size()));
    List<ServerDispatcherVars.Route> routeVars = new ArrayList<>();
    for (ServerRoute route : ordered) {
      List<String> arguments = new ArrayList<>();
      int variable = 0;
      for (ServerRoute.Input input : route.inputs()) {
        arguments.add(switch (input.location()) {
          case PATH -> "incoming.path(" + variable++ + ")";
          case QUERY -> "incoming.query(" + literal(input.wireName()) + ")";
          case HEADER -> "incoming.header(" + literal(input.wireName()) + ")";
          case BODY -> "incoming.body()";
        });
      }
      routeVars.add(new ServerDispatcherVars.Route(route.method(), literal(route.path()), routesNames.get(route),
          route.name(), arguments));
    }
    List<ServerDispatcherVars.RouteMethod> methods = new ArrayList<>();
    for (int from = 0; from < routeVars.size(); from += ROUTES_PER_METHOD) {
      List<ServerDispatcherVars.Route> some = routeVars.subList(from, Math.min(from + ROUTES_PER_METHOD,
          routeVars.size()));
      List<ServerDispatcherVars.Group> used = groupVars.stream()
          .filter(group -> some.stream().anyMatch(route -> route.routesName().equals(group.routesName())))
          .toList();
      methods.add(new ServerDispatcherVars.RouteMethod(names.claim("addRoutes"), used, some));
    }
    return new ServerDispatcherVars(header, packageName, dispatcher, ERROR_RESPONSE, REPLY, groupVars, methods);
  }

  private ServerBootstrapVars bootstrapVars() {
    List<ServerBootstrapVars.Group> groupVars = groups.stream()
        .map(g -> new ServerBootstrapVars.Group(DtoDocs.escape(g.group()), handler(g), groupNames.get(g)))
        .toList();
    return new ServerBootstrapVars(header, packageName, server, dispatcher, groupVars);
  }

  private ServerResourceVars resourceVars(GroupSymbol group) {
    JavaImports imports = new JavaImports(packageName, localNames);
    imports.use(ClassName.get(JAX_RS, "Path"));
    imports.use(ClassName.get(JAX_RS + ".core", "Response"));
    List<ServerResourceVars.Route> routeVars = new ArrayList<>();
    for (ServerRoute route : routes.get(group)) {
      if (!JAX_RS_METHODS.contains(route.method())) {
        continue;
      }
      List<ServerResourceVars.Parameter> parameters = new ArrayList<>();
      for (ServerRoute.Input input : route.inputs()) {
        String annotation = switch (input.location()) {
          case PATH -> "@" + imports.use(ClassName.get(JAX_RS, "PathParam")) + "(" + literal(input.wireName()) + ")";
          case QUERY -> "@" + imports.use(ClassName.get(JAX_RS, "QueryParam")) + "(" + literal(input.wireName()) + ")";
          case HEADER -> "@" + imports.use(ClassName.get(JAX_RS, "HeaderParam")) + "(" + literal(input.wireName())
              + ")";
          case BODY -> "";
        };
        parameters.add(new ServerResourceVars.Parameter(annotation, input.javaName()));
      }
      routeVars.add(new ServerResourceVars.Route(route.name(), DtoDocs.escape(route.method() + " " + route.path()),
          titles(route.actions().stream().map(ServerRoute.Action::operation)),
          imports.use(ClassName.get(JAX_RS, route.method())), literal(route.path()), parameters));
    }
    return new ServerResourceVars(header, packageName, imports.imports(), group.group(), resource(group),
        handler(group), routesClass(group), REPLY, routeVars);
  }

  private static boolean isJson(DtoSymbol dto) {
    return dto != null && dto.json();
  }

  @SafeVarargs
  private static NameScope reserving(Stream<String>... names) {
    return NameScope.reserving(Stream.of(names).flatMap(n -> n).toArray(String[]::new));
  }

  private static String handler(GroupSymbol group) {
    return group.handlerName().simpleName();
  }

  private static String routesClass(GroupSymbol group) {
    return handler(group).replaceFirst("Handler(\\d*)$", "Routes$1");
  }

  private static String resource(GroupSymbol group) {
    return handler(group).replaceFirst("Handler(\\d*)$", "Resource$1");
  }

  /** The success status of an action: the first 2xx the guide lists, else 200 with a body and 204 without. */
  private static int status(OperationSymbol operation) {
    return operation.operation().responses().stream()
        .mapToInt(Response::status)
        .filter(s -> s >= 200 && s < 300)
        .findFirst()
        .orElse(operation.responseBody() == null ? 204 : 200);
  }

  private static List<String> titles(Stream<OperationSymbol> operations) {
    return operations.map(o -> DtoDocs.escape(title(o.operation()))).toList();
  }

  private static String title(Operation operation) {
    return operation.title().isEmpty() ? operation.id() : operation.title();
  }

}
