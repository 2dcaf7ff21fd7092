package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every call gives beside its body (status and headers), and the escape hatch: a request built by hand for any
 * method and path, with a DTO or a raw body, answered as text or as a DTO.
 */
class ClientEscapeHatchTest {
  private static final String MODEL = DtoFixtures.SAMPLE_PACKAGE + ".model";

  @TempDir
  static Path work;
  private static ClientSdk sdk;
  @RegisterExtension
  static final ClientTestServer server = new ClientTestServer();

  @BeforeAll
  static void generateAndCompile() {
    sdk = ClientSdk.compile(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE, work);
  }

  @Test
  void everyCallGivesItsStatusAndHeadersWithoutLengtheningTheSimpleCall() {
    server.answer(202, "", Map.of("requestId", "4b1c9f0e"));

    Object answer = call(call(client(), "agents"), "signInWithResponse", "5001", "1001");

    assertEquals(202, call(answer, "status"));
    assertEquals(Optional.of("4b1c9f0e"), call(answer, "header", "REQUESTID"));
    assertEquals(null, call(answer, "body"));
    server.nextRequest();
  }

  @Test
  void theAnswerOfACallWithABodyGivesTheTypedAndTheRawBody() throws Exception {
    String agent = "<Agent><id>5001</id><state>READY</state></Agent>";
    server.answer(200, agent, Map.of("ETag", "\"v7\""));

    Object answer = ((CompletableFuture<?>) call(call(client(), "agents"), "getAgentWithResponseAsync", "5001")).get();

    assertEquals("5001", call(call(answer, "body"), "id"));
    assertEquals(agent, call(answer, "rawBody"));
    assertEquals(Optional.of("\"v7\""), call(answer, "header", "etag"));
    server.nextRequest();
  }

  @Test
  void aRequestBuiltByHandSendsAnyMethodAndPathWithARawBody() throws Exception {
    server.answer(200, "<Call><id>7</id></Call>");
    Object request = build(call(call(call(call(requestBuilder("PUT", "/northwind/api/Call/{callId}/Park"),
        "pathVariable", "callId", "73 104"), "query", "reason", "lunch & rest"), "header", "X-Trace", "t-1"),
        "body", "<Call><requestedAction>PARK</requestedAction></Call>", "application/xml"));

    Object answer = call(client(), "send", request);

    ClientTestServer.Request sent = server.nextRequest();
    assertEquals("PUT", sent.method());
    assertEquals("/northwind/api/Call/73%20104/Park", sent.rawPath());
    assertEquals("reason=lunch+%26+rest", sent.rawQuery());
    assertEquals("t-1", sent.header("X-Trace"));
    assertEquals("application/xml", sent.header("Content-Type"));
    assertTrue(sent.header("Authorization").startsWith("Basic "));
    assertEquals("<Call><requestedAction>PARK</requestedAction></Call>", sent.body());
    assertEquals("<Call><id>7</id></Call>", call(answer, "body"));
  }

  @Test
  void aRequestBuiltByHandTakesADtoWithAValueTheGuideDoesNotNameAndReadsATypedAnswer() throws Exception {
    server.answer(200, "<Call><id>7</id><state>PARKED</state></Call>");
    Object call = build(call(call(sdk.callStatic(ClassName.get(MODEL, "Call"), "builder"), "requestedActionValue",
        "PARK"), "targetMediaAddress", "1001"));
    Object request = build(call(call(requestBuilder("PUT", "/northwind/api/Call/{callId}"), "pathVariable", "callId",
        "7"), "body", call));
    Function<String, Object> reader = xml -> sdk.callStatic(ClassName.get(MODEL, "Call"), "fromXml", xml);

    Object answer = call(client(), "send", request, reader);

    assertTrue(XmlTrees.sameAsideFromOrder("<Call><targetMediaAddress>1001</targetMediaAddress>"
        + "<requestedAction>PARK</requestedAction></Call>", server.nextRequest().body()));
    assertEquals("PARKED", call(call(answer, "body"), "stateValue"));
  }

  @Test
  void aRequestBuiltByHandRaisesTheApiExceptionOnAFailureStatus() {
    server.answer(404, "<ApiErrors><ApiError><ErrorType>Not Found</ErrorType></ApiError></ApiErrors>");
    Object request = build(requestBuilder("GET", "/northwind/api/Nothing"));

    RuntimeException failure = assertThrows(RuntimeException.class, () -> call(client(), "send", request));

    assertEquals("ApiApiException", failure.getClass().getSimpleName());
    assertEquals(404, call(failure, "status"));
    server.nextRequest();
  }

  @Test
  void aPathVariableLeftUnsetIsRefusedBeforeSending() {
    Object builder = requestBuilder("GET", "/northwind/api/Call/{callId}");

    RuntimeException refused = assertThrows(IllegalStateException.class, () -> build(builder));

    assertTrue(refused.getMessage().contains("callId"), refused.getMessage());
  }

  private static Object requestBuilder(String method, String path) {
    return sdk.callStatic(ClassName.get(DtoFixtures.SAMPLE_PACKAGE, "ApiRequest"), "builder", method, path);
  }

  private static Object client() {
    return sdk.client(server.baseUri(), "supervisor", "s3cret");
  }

  private static Object build(Object builder) {
    return call(builder, "build");
  }
}
