package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.codegen.server.ServerWriter;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import io.mcdewey.testing.Compiler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guides the sample does not show: values no body can tell apart, nested body parameters, query and header
 * parameters, and a schema named like a class of the server. Both flavours compile strictly.
 */
class ServerCornerCasesTest {
  private static final Provenance SOURCE = new Provenance("widgets.md", 1, null, 1);
  private static final String SERVER = "src/main/java/com/example/widgets/server/";

  @TempDir static Path temp;
  private static SdkSymbols symbols;

  @BeforeAll
  static void generate() {
    symbols = SdkSymbols.of(api(), "com.example.widgets");
  }

  @Test
  void bothFlavoursCompileStrictly() throws Exception {
    for (ServerFlavour flavour : ServerFlavour.values()) {
      Path sources = ServerSdk.write(temp.resolve(flavour + "/src"), symbols, flavour);
      Compiler.compile(sources, temp.resolve(flavour + "/classes"), Compiler.STRICT,
          List.of(ServerSdk.jaxRsApi()));
    }
  }

  @Test
  void actionsSharingARouteWithoutATellingValueAreListedAsUnreachable() throws Exception {
    String routes = source("WidgetRoutes.java");

    assertTrue(routes.contains("if (request.mode() == Widget.Mode.ON) {"), routes);
    assertTrue(routes.contains("handler.pauseWidget("), "a value the enum cannot hold leaves the action default");
    assertTrue(routes.contains("no request reaches them"), routes);
    assertTrue(routes.contains("<li>Widget—Touch Widget"), routes);
  }

  @Test
  void routeSharedByTwoGroupsIsAnsweredByTheFirstGroupOnly() throws Exception {
    String dispatcher = source("WidgetsDispatcher.java");

    assertTrue(dispatcher.contains("new Route(\"PUT\", \"/things/{thingId}\""), dispatcher);
    assertFalse(dispatcher.contains("\"/things/{id}\""), dispatcher);
    assertTrue(source("WidgetRoutes.java").contains("<li>Gadget—Replace Thing"));
    assertFalse(source("GadgetRoutes.java").contains("handlePut"));
  }

  @Test
  void nestedBodyParametersAreReadThroughTheirParents() throws Exception {
    String routes = source("WidgetRoutes.java");

    assertTrue(routes.contains(
        "Requests.required(Optional.ofNullable(request.settings()).map(Settings::level).orElse(null), \"level\")"),
        routes);
  }

  @Test
  void queryAndHeaderParametersAreRouteInputs() throws Exception {
    String dispatcher = source("WidgetsDispatcher.java");

    assertTrue(dispatcher.contains("widgetRoutes.handleGetThingsParts(incoming.path(0), incoming.query(\"filter\"),"
        + " incoming.header(\"X-Trace\"))"), dispatcher);
  }

  @Test
  void guideShowingNoErrorBodyGetsAPlainOne() throws Exception {
    String errorResponse = source("ErrorResponse.java");

    assertTrue(errorResponse.contains("new StringBuilder(\"<errors><error>\")"), errorResponse);
    assertTrue(errorResponse.contains("element(xml, \"data\", data);"), errorResponse);
  }

  @Test
  void modelClassNamedLikeAServerClassIsWrittenQualified() throws Exception {
    String handler = source("WidgetHandler.java");

    assertTrue(handler.contains("default com.example.widgets.model.Reply listParts("), handler);
  }

  private static String source(String file) throws Exception {
    return ServerWriter.files(symbols, TemplateRenderer.builtIn(),
        ServerFlavour.JDK_HTTP_SERVER).stream()
        .filter(f -> f.path().equals(SERVER + file))
        .findFirst()
        .orElseThrow()
        .content();
  }

  private static Api api() {
    Schema widget = new Schema("Widget", "Widget", "", List.of(
        new SchemaProperty("name", PropertyType.STRING, null, false, List.of(), ""),
        new SchemaProperty("mode", PropertyType.ENUM, null, false, List.of("ON", "OFF"), ""),
        new SchemaProperty("settings", PropertyType.OBJECT, "Settings", false, List.of(), "")), SOURCE);
    Schema settings = new Schema("Settings", "settings", "", List.of(
        new SchemaProperty("level", PropertyType.STRING, null, false, List.of(), "")), SOURCE);
    Schema reply = new Schema("Reply", "Reply", "", List.of(
        new SchemaProperty("text", PropertyType.STRING, null, false, List.of(), "")), SOURCE);
    RequestBody widgetBody = new RequestBody("application/xml", "Widget", List.of());
    Parameter thingId = Parameter.of("thingId", ParameterLocation.PATH, true);
    return new Api("widgets", "", "", "", "", List.of(
        operation("switch-on", "Widget—Switch On", "PUT", "/things/{thingId}", 202)
            .addParameter(thingId).requestBody(widgetBody).addImpliedValue(new ImpliedValue("mode", "ON")).build(),
        operation("pause", "Widget—Pause Widget", "PUT", "/things/{thingId}", 202)
            .addParameter(thingId).requestBody(widgetBody).addImpliedValue(new ImpliedValue("mode", "PAUSE"))
            .build(),
        operation("touch", "Widget—Touch Widget", "PUT", "/things/{thingId}", 202)
            .addParameter(thingId).requestBody(widgetBody).build(),
        operation("parts", "Widget—List Parts", "GET", "/things/{thingId}/parts", 200)
            .addParameter(thingId)
            .addParameter(Parameter.of("filter", ParameterLocation.QUERY, true))
            .addParameter(Parameter.of("X-Trace", ParameterLocation.HEADER, false))
            .addExample(new Example(Example.Kind.RESPONSE, "", "application/xml", "<Reply><text>a</text></Reply>"))
            .build(),
        operation("tune", "Widget—Tune Widget", "POST", "/things", 201)
            .addParameter(Parameter.of("settings", ParameterLocation.BODY, true))
            .addParameter(new Parameter("level", ParameterLocation.BODY, true, "", "", List.of(), "settings"))
            .requestBody(widgetBody)
            .build(),
        operation("gadget-get", "Gadget—Get Gadget", "GET", "/gadgets/{gadgetId}", 200)
            .group("Gadget").addParameter(Parameter.of("gadgetId", ParameterLocation.PATH, true)).build(),
        operation("gadget-put", "Gadget—Replace Thing", "PUT", "/things/{id}", 204)
            .group("Gadget").addParameter(Parameter.of("id", ParameterLocation.PATH, true)).build()),
        List.of(widget, settings, reply), List.of());
  }

  private static Operation.Builder operation(String id, String title, String method, String path, int status) {
    return Operation.builder(id, SOURCE).group("Widget").title(title).method(method).path(path)
        .addResponse(new Response(status, "", ""));
  }
}
