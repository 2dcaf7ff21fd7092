package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The client generated for the sample guide, compiled with its DTOs and loaded, calling a local HTTP server: what
 * goes on the wire for a representative set of operations, and what comes back to the caller.
 */
class ClientBehaviourTest {
  private static final String MODEL = DtoFixtures.SAMPLE_PACKAGE + ".model";
  private static final String ERROR_400 = "<ApiErrors><ApiError><ErrorType>Invalid State</ErrorType>"
      + "<ErrorMessage>CALL_NOT_RINGING</ErrorMessage><ErrorData>73104</ErrorData></ApiError></ApiErrors>";

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
  void signInPutsTheAgentWithTheImpliedStateToTheEncodedPath() throws Exception {
    server.answer(202, "");

    call(agents(), "signIn", "agent 7/ü", "1001");

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("PUT", request.method());
    assertEquals("/northwind/api/Agent/agent%207%2F%C3%BC", request.rawPath());
    assertNull(request.rawQuery());
    assertEquals("Basic " + base64("supervisor:s3cret:pass"), request.header("Authorization"));
    assertEquals("application/xml", request.header("Content-Type"));
    assertEquals("application/xml", request.header("Accept"));
    assertSameXml("<Agent><extension>1001</extension><state>LOGIN</state></Agent>", request.body());
  }

  @Test
  void singleStepTransferSendsTheImpliedActionWithABearerToken() throws Exception {
    server.answer(202, "");
    Object client = build(call(sdk.clientBuilder(server.baseUri()), "bearerToken", "t0k3n"));

    call(call(client, "calls"), "makeSingleStepTransfer", "73104", "5550100", "1001");

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("PUT", request.method());
    assertEquals("/northwind/api/Call/73104", request.rawPath());
    assertEquals("Bearer t0k3n", request.header("Authorization"));
    assertSameXml("<Call><toAddress>5550100</toAddress><requestedAction>TRANSFER_SST</requestedAction>"
        + "<targetMediaAddress>1001</targetMediaAddress></Call>", request.body());
  }

  @Test
  void getAgentParsesTheAnswerIntoTheAgentRecord() {
    server.answer(200, "<Agent><id>5001</id><firstName>Dana</firstName><state>READY</state>"
        + "<skillGroups><skillGroup>Billing</skillGroup><skillGroup>Sales</skillGroup></skillGroups></Agent>");

    Object agent = call(agents(), "getAgent", "5001");

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("GET", request.method());
    assertEquals("/northwind/api/Agent/5001", request.rawPath());
    assertNull(request.header("Content-Type"));
    assertEquals("", request.body());
    assertEquals("Dana", call(agent, "firstName"));
    assertEquals(sdk.enumValue(ClassName.get(MODEL, "Agent", "State"), "READY"), call(agent, "state"));
    assertEquals(List.of("Billing", "Sales"), call(agent, "skillGroups"));
  }

  @Test
  void anEmptyAnswerToAnOperationDocumentingABodyIsNull() {
    server.answer(200, "");

    assertNull(call(agents(), "getAgent", "5001"));
    server.nextRequest();
  }

  @Test
  void queryValuesAreFormEncoded() {
    server.answer(200, "<ReasonCodes><ReasonCode><code>12</code><label>Lunch &amp; rest</label></ReasonCode>"
        + "</ReasonCodes>");

    Object reasonCodes = call(agents(), "getReasonCodeList", "5001", "NOT_READY & more/é");

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("/northwind/api/Agent/5001/ReasonCodes", request.rawPath());
    assertEquals("category=NOT_READY+%26+more%2F%C3%A9", request.rawQuery());
    List<?> codes = (List<?>) call(reasonCodes, "reasonCode");
    assertEquals("Lunch & rest", call(codes.get(0), "label"));
  }

  @Test
  void optionsGoIntoTheBodyAndAreLeftOutWhenNotGiven() throws Exception {
    server.answer(202, "");
    Object calls = call(client(), "calls");
    ClassName options = ClassName.get(DtoFixtures.SAMPLE_PACKAGE, "CallApi", "MakeCallOptions");
    Object variable = build(call(call(sdk.callStatic(ClassName.get(MODEL, "CallVariable"), "builder"), "name",
        "account"), "value", "77"));

    call(calls, "makeCall", "5001", "1001", "5550100",
        build(call(sdk.callStatic(options, "builder"), "callVariables", List.of(variable))));
    call(calls, "makeCall", "5001", "1001", "5550100");

    ClientTestServer.Request withOptions = server.nextRequest();
    assertEquals("POST", withOptions.method());
    assertEquals("/northwind/api/Agent/5001/Calls", withOptions.rawPath());
    assertSameXml("<Call><fromAddress>1001</fromAddress><toAddress>5550100</toAddress><callVariables>"
        + "<callVariable><name>account</name><value>77</value></callVariable></callVariables>"
        + "<requestedAction>MAKE_CALL</requestedAction></Call>", withOptions.body());
    assertSameXml("<Call><fromAddress>1001</fromAddress><toAddress>5550100</toAddress>"
        + "<requestedAction>MAKE_CALL</requestedAction></Call>", server.nextRequest().body());
  }

  @Test
  void booleanOptionsAreWrittenAsWireValues() throws Exception {
    server.answer(201, "");
    ClassName options = ClassName.get(DtoFixtures.SAMPLE_PACKAGE, "ReasonCodeApi", "CreateReasonCodeOptions");

    Object answer = call(call(client(), "reasonCodes"), "createReasonCode",
        sdk.enumValue(ClassName.get(MODEL, "ReasonCode", "Category"), "NOT_READY"), "Lunch",
        build(call(sdk.callStatic(options, "builder"), "forAll", true)));

    assertNull(answer);
    ClientTestServer.Request request = server.nextRequest();
    assertEquals("POST", request.method());
    assertSameXml("<ReasonCode><label>Lunch</label><category>NOT_READY</category><forAll>true</forAll>"
        + "</ReasonCode>", request.body());
  }

  @Test
  void deleteSendsNoBody() {
    server.answer(204, "");

    call(call(client(), "reasonCodes"), "deleteReasonCode", "12");

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("DELETE", request.method());
    assertEquals("/northwind/api/ReasonCode/12", request.rawPath());
    assertEquals("", request.body());
  }

  @Test
  void asyncVariantCompletesWithTheParsedAnswer() {
    server.answer(200, "<Call><id>73104</id><participants><Participant><mediaAddress>1001</mediaAddress>"
        + "</Participant></participants></Call>");

    CompletableFuture<?> future = (CompletableFuture<?>) call(call(client(), "calls"), "getCallAsync",
        "73104");

    Object answer = future.join();
    assertEquals("73104", call(answer, "id"));
    List<?> participants = (List<?>) call(answer, "participants");
    assertEquals("1001", call(participants.get(0), "mediaAddress"));
    assertEquals("/northwind/api/Call/73104", server.nextRequest().rawPath());
  }

  @Test
  void errorAnswerRaisesTheApiExceptionWithDocumentedReasonsAndParsedErrors() {
    server.answer(400, ERROR_400);

    RuntimeException error = assertThrows(RuntimeException.class,
        () -> call(call(client(), "calls"), "answerCall", "73104", "1001"));

    assertEquals(sdk.type(sdk.symbols().apiException()), error.getClass());
    assertEquals(400, call(error, "status"));
    assertEquals(List.of("Parameter Missing", "Invalid State"), call(error, "documentedReasons"));
    assertEquals("Parameter Missing; Invalid State", call(error, "documentedReason"));
    assertEquals(ERROR_400, call(error, "body"));
    assertEquals("PUT", call(error, "method"));
    Object errors = ((Optional<?>) call(error, "errorBody")).orElseThrow();
    Object first = ((List<?>) call(errors, "apiError")).get(0);
    assertEquals("Invalid State", call(first, "errorType"));
    assertEquals("CALL_NOT_RINGING", call(first, "errorMessage"));
    assertTrue(error.getMessage().startsWith("PUT " + server.baseUri() + "/northwind/api/Call/73104 answered 400"
        + " (Parameter Missing; Invalid State): <ApiErrors>"), error.getMessage());
    server.nextRequest();
  }

  @Test
  void undocumentedStatusAndForeignBodyLeaveReasonsAndErrorsEmpty() {
    server.answer(502, "<html><body>Bad gateway</body></html>");

    RuntimeException error = assertThrows(RuntimeException.class,
        () -> call(agents(), "getAgent", "5001"));

    assertEquals(502, call(error, "status"));
    assertEquals(List.of(), call(error, "documentedReasons"));
    assertEquals(Optional.empty(), call(error, "errorBody"));
    assertEquals("<html><body>Bad gateway</body></html>", call(error, "body"));
    server.nextRequest();
  }

  @Test
  void asyncErrorCompletesTheFutureWithTheApiException() {
    server.answer(404, "");

    CompletableFuture<?> future = (CompletableFuture<?>) call(agents(), "getAgentAsync", "0000");

    CompletionException failure = assertThrows(CompletionException.class, future::join);
    assertEquals(sdk.type(sdk.symbols().apiException()), failure.getCause().getClass());
    assertEquals(List.of("Not Found"), call(failure.getCause(), "documentedReasons"));
    server.nextRequest();
  }

  @Test
  void anAnswerLaterThanTheRequestTimeoutRaisesAnUncheckedTimeout() {
    server.answerAfter(Duration.ofSeconds(5), 200, "");
    Object client = build(call(call(sdk.clientBuilder(server.baseUri()), "requestTimeout", Duration.ofMillis(200)),
        "basicAuth", "agent", "pw"));

    UncheckedIOException error = assertThrows(UncheckedIOException.class,
        () -> call(call(client, "agents"), "getAgent", "5001"));

    assertInstanceOf(HttpTimeoutException.class, error.getCause());
    assertTrue(error.getMessage().startsWith("GET " + server.baseUri() + "/northwind/api/Agent/5001 failed"),
        error.getMessage());
    server.nextRequest();
  }

  @Test
  void theBaseUriKeepsItsPathAndLosesATrailingSlash() {
    server.answer(204, "");
    Object client = build(call(sdk.clientBuilder(server.baseUri() + "/proxy/"), "basicAuth", "agent", "pw"));

    call(call(client, "reasonCodes"), "deleteReasonCode", "12");

    assertEquals("/proxy/northwind/api/ReasonCode/12", server.nextRequest().rawPath());
  }

  @Test
  void builderRefusesAnUnfilledTemplateAndConflictingSettings() {
    IllegalArgumentException template = assertThrows(IllegalArgumentException.class,
        () -> sdk.clientBuilder("https://{FQDN}:8443"));
    assertTrue(template.getMessage().contains("fill in the variables"), template.getMessage());
    IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
        () -> sdk.clientBuilder("ftp://example.com"));
    assertTrue(scheme.getMessage().contains("http or https"), scheme.getMessage());
    Object builder = call(sdk.clientBuilder("https://example.com"), "httpClient",
        java.net.http.HttpClient.newHttpClient());
    call(builder, "connectTimeout", Duration.ofSeconds(1));
    assertThrows(IllegalStateException.class, () -> call(builder, "build"));
  }

  @Test
  void deprecatedOperationsAreDeprecated() throws Exception {
    Class<?> queues = sdk.type(ClassName.get(DtoFixtures.SAMPLE_PACKAGE, "QueueApi"));

    assertNotNull(queues.getMethod("getQueueStatistics", String.class).getAnnotation(Deprecated.class));
    assertNotNull(queues.getMethod("getQueueStatisticsAsync", String.class).getAnnotation(Deprecated.class));
    assertNull(queues.getMethod("getQueue", String.class).getAnnotation(Deprecated.class));
  }

  /** A client of the test server with Basic credentials. */
  private static Object client() {
    return sdk.client(server.baseUri(), "supervisor", "s3cret:pass");
  }

  private static Object agents() {
    return call(client(), "agents");
  }

  private static Object build(Object builder) {
    return call(builder, "build");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Compares two XML documents element by element, ignoring whitespace between elements. */
  private static void assertSameXml(String expected, String actual) throws Exception {
    Document expectedDocument = parse(expected);
    Document actualDocument = parse(actual);
    assertTrue(expectedDocument.isEqualNode(actualDocument), () -> "expected " + expected + "\n but was " + actual);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setIgnoringElementContentWhitespace(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document document = builder.parse(new InputSource(new StringReader(xml)));
    removeWhitespace(document.getDocumentElement());
    return document;
  }

  private static void removeWhitespace(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
          && node.getChildNodes().getLength() > 1) {
        node.removeChild(child);
      } else {
        removeWhitespace(child);
      }
      child = next;
    }
  }
}
