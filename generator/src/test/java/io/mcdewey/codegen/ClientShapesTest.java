package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.Api;
import io.mcdewey.model.Deprecation;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations of awkward shapes, as unseen guides may have them: header parameters, body parameters nested in
 * objects and lists, names clashing with what the generated code uses itself, a path with literal text to encode
 * and a variable no parameter fills, a body the guide lists no fields of, a non-XML media type, text that would
 * break a comment. The client compiles strictly and puts each value where it belongs.
 */
class ClientShapesTest {
  private static final String PACKAGE = "com.example.shapes";
  private static final Provenance SOURCE = new Provenance("guides/shapes*/guide.md", 3, "shapes::1::guide::3", 0);

  @TempDir
  static Path work;
  private static ClientSdk sdk;
  @RegisterExtension
  static final ClientTestServer server = new ClientTestServer();

  @BeforeAll
  static void generateAndCompile() {
    sdk = ClientSdk.compile(api(), PACKAGE, work);
  }

  @Test
  void headersAreSentWhenGivenAndValuesNamedLikeTheGeneratedCodesOwnReachTheWire() {
    server.answer(200, "<Device><id>d 1</id><label>Lab</label></Device>");
    Object options = build(call(sdk.callStatic(nested("BaseUriApi", "UpdateDeviceOptions"), "builder"),
        "xTrace", "trace-9"));

    Object device = call(group("baseUri"), "updateDevice", "café/1", "tenant-a", "c", "b", "q", "r", options);

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("PATCH", request.method());
    assertEquals("/api/Caf%C3%A9%20Items/caf%C3%A9%2F1/%7Bmissing%7D", request.rawPath());
    assertEquals("client=c&body=b&query=q&request=r", request.rawQuery());
    assertEquals("tenant-a", request.header("X-Tenant"));
    assertEquals("trace-9", request.header("X-Trace"));
    assertEquals("application/xml", request.header("Content-Type"));
    assertEquals("d 1", call(device, "id"));
  }

  @Test
  void optionalHeadersAndNestedObjectsAreLeftOutWhenNotGiven() {
    server.answer(200, "");

    call(group("baseUri"), "updateDevice", "1", "tenant-a", null, null, null, null);

    ClientTestServer.Request request = server.nextRequest();
    assertNull(request.header("X-Trace"));
    assertNull(request.rawQuery());
    assertEquals("<Device><kind>SENSOR</kind><enabled>true</enabled></Device>", request.body());
  }

  @Test
  void nestedBodyParametersAreBuiltIntoTheirObjectsAndLists() {
    server.answer(200, "");
    Object options = build(call(call(sdk.callStatic(nested("BaseUriApi", "UpdateDeviceOptions"), "builder"),
        "mode", "NIGHTLY"), "name", "t1"));

    call(group("baseUri"), "updateDevice", "1", "tenant-a", null, null, null, null, options);

    assertEquals("<Device><kind>SENSOR</kind><enabled>true</enabled><schedule><mode>NIGHTLY</mode></schedule>"
        + "<tags><tag><name>t1</name></tag></tags></Device>", server.nextRequest().body());
  }

  @Test
  void aBodyWithoutListedFieldsIsTheMethodsArgument() {
    server.answer(204, "");
    Object device = build(call(call(sdk.callStatic(ClassName.get(PACKAGE + ".model", "Device"), "builder"), "id",
        "7"), "label", "Seven"));

    call(group("baseUri"), "replaceDevice", "7", device);

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("PUT", request.method());
    assertEquals("application/xml", request.header("Content-Type"), "the DTOs write XML whatever the guide says");
    assertEquals("<Device><id>7</id><label>Seven</label></Device>", request.body());
    assertThrows(NullPointerException.class, () -> call(group("baseUri"), "replaceDevice", "7", null));
  }

  @Test
  void anImpliedValueTheEnumDoesNotNameIsSentAsItsText() {
    server.answer(202, "");

    call(group("baseUri"), "resetDevice", "7", "Spare");

    assertEquals("<Device><label>Spare</label><kind>GATEWAY</kind></Device>", server.nextRequest().body());
  }

  @Test
  void deprecationWithoutANoteIsStillDeprecated() throws Exception {
    Class<?> api = sdk.type(nested("BaseUriApi"));

    assertNotNull(api.getMethod("replaceDevice", String.class, sdk.type(ClassName.get(PACKAGE + ".model",
        "Device"))).getAnnotation(Deprecated.class));
  }

  private static Object group(String accessor) {
    return call(build(sdk.clientBuilder(server.baseUri())), accessor);
  }

  private static Object build(Object builder) {
    return call(builder, "build");
  }

  private static ClassName nested(String first, String... rest) {
    return ClassName.get(PACKAGE, first, rest);
  }

  private static Api api() {
    return new Api("shapes", "1", "Shapes */ Guide", "test", "https://{host}:{port}",
        List.of(updateDevice(), replaceDevice(), resetDevice()), List.of(device(), schedule(), tags(), tag()),
        List.of());
  }

  /** One operation with every kind of parameter, some named like locals and fields of generated code. */
  private static Operation updateDevice() {
    return operation("Update Device", "PATCH", "api/Café Items/{id}/{missing}")
        .description("Updates a device. */ Closes no comment; @param and {@code x} and \\u0041 stay text <b>.")
        .addParameter(new Parameter("id", ParameterLocation.PATH, true, "The device's id", "String", List.of(),
            null))
        .addParameter(new Parameter("X-Tenant", ParameterLocation.HEADER, true, "", "String", List.of(), null))
        .addParameter(new Parameter("X-Trace", ParameterLocation.HEADER, false, "", "String", List.of(), null))
        .addParameter(Parameter.of("client", ParameterLocation.QUERY, true))
        .addParameter(Parameter.of("body", ParameterLocation.QUERY, true))
        .addParameter(Parameter.of("query", ParameterLocation.QUERY, true))
        .addParameter(Parameter.of("request", ParameterLocation.QUERY, true))
        .addParameter(Parameter.of("schedule", ParameterLocation.BODY, false))
        .addParameter(new Parameter("mode", ParameterLocation.BODY, false, "", "String", List.of(), "schedule"))
        .addParameter(Parameter.of("tags", ParameterLocation.BODY, false))
        .addParameter(new Parameter("name", ParameterLocation.BODY, false, "", "String", List.of(), "tags"))
        .requestBody(new RequestBody("application/xml", "Device", List.of()))
        .addImpliedValue(new ImpliedValue("kind", "SENSOR"))
        .addImpliedValue(new ImpliedValue("enabled", "true"))
        .addResponse(new Response(200, "OK", ""))
        .addResponse(new Response(409, "", "the device is busy"))
        .addExample(new Example(Example.Kind.RESPONSE, "", "application/xml", "<Device><id>1</id></Device>"))
        .build();
  }

  private static Operation replaceDevice() {
    return operation("Replace Device", "PUT", "/api/Devices/{id}")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
        .requestBody(new RequestBody("application/json", "Device", List.of()))
        .deprecation(new Deprecation(""))
        .build();
  }

  private static Operation resetDevice() {
    return operation("Reset Device", "PUT", "/api/Devices/{id}")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
        .addParameter(Parameter.of("label", ParameterLocation.BODY, true))
        .addImpliedValue(new ImpliedValue("kind", "GATEWAY"))
        .requestBody(new RequestBody("", "Device", List.of()))
        .build();
  }

  private static Operation.Builder operation(String action, String method, String path) {
    return Operation.builder(action.toLowerCase(Locale.ROOT).replace(' ', '-'), SOURCE)
        .group("Base Uri")
        .title("Base Uri—" + action)
        .method(method)
        .path(path);
  }

  private static Schema device() {
    return schema("Device", string("id"), string("label"),
        new SchemaProperty("kind", PropertyType.ENUM, null, false, List.of("SENSOR", "SWITCH"), ""),
        new SchemaProperty("enabled", PropertyType.BOOLEAN, null, false, List.of(), ""),
        new SchemaProperty("schedule", PropertyType.OBJECT, "schedule", false, List.of(), ""),
        new SchemaProperty("tags", PropertyType.OBJECT, "tags", false, List.of(), ""));
  }

  private static Schema schedule() {
    return schema("schedule", string("mode"));
  }

  private static Schema tags() {
    return schema("tags", new SchemaProperty("tag", PropertyType.OBJECT, "tag", true, List.of(), ""));
  }

  private static Schema tag() {
    return schema("tag", string("name"));
  }

  private static Schema schema(String name, SchemaProperty... properties) {
    return new Schema(name, name, "", List.of(properties), SOURCE);
  }

  private static SchemaProperty string(String name) {
    return new SchemaProperty(name, PropertyType.STRING, null, false, List.of(), "");
  }
}
