package com.example.northwind.roundtrip;

import com.example.northwind.AgentApi;
import com.example.northwind.ApiApiException;
import com.example.northwind.ApiClient;
import com.example.northwind.CallApi;
import com.example.northwind.ReasonCodeApi;
import com.example.northwind.model.Agent;
import com.example.northwind.model.ApiError;
import com.example.northwind.model.ApiErrors;
import com.example.northwind.model.Call;
import com.example.northwind.model.CallVariable;
import com.example.northwind.model.Queue;
import com.example.northwind.model.ReasonCode;
import com.example.northwind.model.ReasonCodes;
import com.example.northwind.model.Statistics;
import com.example.northwind.server.AgentHandler;
import com.example.northwind.server.ApiServer;
import com.example.northwind.server.CallHandler;
import com.example.northwind.server.ErrorResponse;
import com.example.northwind.server.QueueHandler;
import com.example.northwind.server.ReasonCodeHandler;
import com.example.roundtrip.RoundTrip;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A user's code around the SDK generated from the sample guide: handlers implementing the server's actions, the
 * generated server on a loopback port, and round trips through the generated client. Each public method is one
 * check, throwing {@link AssertionError} when the handler or the client sees anything but what is expected.
 *
 * <p>The handlers implement every action but Retrieve a Held Call, which answers 501 Not Implemented.
 */
public final class NorthwindRoundTrip extends RoundTrip {
  private static final Agent AGENT = Agent.builder()
      .uri("/northwind/api/Agent/5001")
      .id("5001")
      .firstName("Ada")
      .lastName("Byron")
      .extension("1001")
      .state(Agent.State.READY)
      .skillGroups(List.of("billing", "support"))
      .build();
  private static final ReasonCodes REASON_CODES = ReasonCodes.builder()
      .reasonCode(List.of(
          ReasonCode.builder().uri("/northwind/api/ReasonCode/12").category(ReasonCode.Category.NOT_READY).code("12")
              .label("Lunch").forAll(true).build(),
          ReasonCode.builder().uri("/northwind/api/ReasonCode/14").category(ReasonCode.Category.NOT_READY).code("14")
              .label("Training").forAll(false).build()))
      .build();
  private static final List<CallVariable> CALL_VARIABLES = List.of(
      CallVariable.builder().name("account").value("42-17").build(),
      CallVariable.builder().name("language").value("fr & en").build());
  private static final Call CALL = Call.builder()
      .uri("/northwind/api/Call/73104")
      .id("73104")
      .fromAddress("1001")
      .toAddress("6135550199")
      .state(Call.State.ACTIVE)
      .callVariables(CALL_VARIABLES)
      .build();
  private static final Statistics STATISTICS = Statistics.builder()
      .callsInQueue(4)
      .oldestCallWaitSeconds(95)
      .agentsReady(2)
      .agentsSignedIn("9")
      .build();
  private static final Queue QUEUE = Queue.builder()
      .uri("/northwind/api/Queue/7")
      .id("7")
      .name("Billing")
      .statistics(STATISTICS)
      .agents(List.of(AGENT))
      .build();

  private final ApiServer server;
  private final URI baseUri;
  private final ApiClient client;

  public NorthwindRoundTrip() throws IOException {
    super("application/xml");
    server = ApiServer.builder()
        .agents(new Agents())
        .calls(new Calls())
        .reasonCodes(new ReasonCodeActions())
        .queues(new Queues())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .start();
    baseUri = URI.create("http://127.0.0.1:" + server.address().getPort());
    client = ApiClient.builder(baseUri).basicAuth("supervisor", "secret").build();
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  protected URI baseUri() {
    return baseUri;
  }

  // Every action of the guide, through the client.

  public void signIn() {
    client.agents().signIn("5001", "1001");
    expectReceived("signIn", "5001", "1001", Agent.State.LOGIN);
  }

  public void signOut() {
    client.agents().signOut("5001", AgentApi.SignOutOptions.builder().reasonCodeId("31").build());
    expectReceived("signOut", "5001", "31", Agent.State.LOGOUT);
  }

  public void changeAgentState() {
    client.agents().changeAgentState("5001", Agent.State.NOT_READY,
        AgentApi.ChangeAgentStateOptions.builder().reasonCodeId("12").build());
    expectReceived("changeAgentState", "5001", Agent.State.NOT_READY, "12");
  }

  public void getAgent() {
    Agent agent = client.agents().getAgent("5001");
    expectReceived("getAgent", "5001");
    expect(AGENT, agent);
  }

  public void getReasonCodeList() {
    ReasonCodes codes = client.agents().getReasonCodeList("5001", "NOT_READY");
    expectReceived("getReasonCodeList", "5001", "NOT_READY");
    expect(REASON_CODES, codes);
  }

  public void makeCall() {
    client.calls().makeCall("5001", "1001", "6135550199",
        CallApi.MakeCallOptions.builder().callVariables(CALL_VARIABLES).build());
    expectReceived("makeCall", "5001", "1001", "6135550199", CALL_VARIABLES, Call.RequestedAction.MAKE_CALL);
  }

  public void getCall() {
    Call call = client.calls().getCall("73104");
    expectReceived("getCall", "73104");
    expect(CALL, call);
  }

  public void answerCall() {
    client.calls().answerCall("73104", "1001");
    expectReceived("answerCall", "73104", "1001", Call.RequestedAction.ANSWER);
  }

  public void holdCall() {
    client.calls().holdCall("73104", "1001");
    expectReceived("holdCall", "73104", "1001", Call.RequestedAction.HOLD);
  }

  public void retrieveHeldCall() {
    ApiApiException refused = expectRefusal(() -> client.calls().retrieveHeldCall("73104", "1001"));
    expect(501, refused.status());
    expect("Not Implemented", firstError(refused).errorType());
    expect(null, received("retrieveHeldCall"));
  }

  public void dropCall() {
    client.calls().dropCall("73104", "1001");
    expectReceived("dropCall", "73104", "1001", Call.RequestedAction.DROP);
  }

  public void makeSingleStepTransfer() {
    client.calls().makeSingleStepTransfer("73104", "6135550142", "1001");
    expectReceived("makeSingleStepTransfer", "73104", "6135550142", "1001", Call.RequestedAction.TRANSFER_SST);
  }

  public void createReasonCode() {
    client.reasonCodes().createReasonCode(ReasonCode.Category.NOT_READY, "Coaching",
        ReasonCodeApi.CreateReasonCodeOptions.builder().code("21").forAll(true).build());
    expectReceived("createReasonCode", ReasonCode.Category.NOT_READY, "Coaching", "21", true);
  }

  public void deleteReasonCode() {
    client.reasonCodes().deleteReasonCode("21");
    expectReceived("deleteReasonCode", "21");
  }

  public void getQueue() {
    Queue queue = client.queues().getQueue("7");
    expectReceived("getQueue", "7");
    expect(QUEUE, queue);
  }

  @SuppressWarnings("deprecation") // the guide deprecates the action
  public void getQueueStatistics() {
    Statistics statistics = client.queues().getQueueStatistics("7");
    expectReceived("getQueueStatistics", "7");
    expect(STATISTICS, statistics);
  }

  // What the server refuses, and how.

  public void missingRequiredBodyParameter() throws Exception {
    HttpResponse<String> answer = send("PUT", "/northwind/api/Agent/5002", "<Agent><state>LOGIN</state></Agent>");
    expect(400, answer.statusCode());
    expectError(answer, "Parameter Missing", "extension");
    expect(null, received("signIn"));
  }

  public void missingRequiredQueryParameter() throws Exception {
    HttpResponse<String> answer = send("GET", "/northwind/api/Agent/5001/ReasonCodes", null);
    expect(400, answer.statusCode());
    expectError(answer, "Parameter Missing", "category");
  }

  public void valueNamingNoAction() throws Exception {
    HttpResponse<String> answer = send("PUT", "/northwind/api/Call/73104",
        "<Call><requestedAction>PARK</requestedAction><targetMediaAddress>1001</targetMediaAddress></Call>");
    expect(400, answer.statusCode());
    expectError(answer, "Invalid Input", "PARK");
  }

  public void bodyThatIsNotXml() throws Exception {
    HttpResponse<String> answer = send("PUT", "/northwind/api/Agent/5001", "<Agent><state>LOGIN</sta");
    expect(400, answer.statusCode());
    expect("Invalid Input", error(answer).errorType());
  }

  public void externalEntitiesAreNeverRead() throws Exception {
    HttpResponse<String> answer = send("PUT", "/northwind/api/Agent/5001",
        "<!DOCTYPE Agent [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
            + "<Agent><state>LOGIN</state><extension>&secret;</extension></Agent>");
    expect(400, answer.statusCode());
    expect(null, received("signIn"));
  }

  public void errorThrownByAHandler() {
    ApiApiException refused = expectRefusal(() -> client.calls().getCall("404"));
    expect(404, refused.status());
    ApiError error = firstError(refused);
    expect(List.of("Not Found", "UNKNOWN_CALL", "404"), List.of(error.errorType(), error.errorMessage(),
        error.errorData()));
  }

  public void undocumentedPath() throws Exception {
    HttpResponse<String> answer = send("GET", "/northwind/api/Supervisor/5001", null);
    expect(404, answer.statusCode());
    expect("Not Found", error(answer).errorType());
  }

  public void undocumentedMethod() throws Exception {
    HttpResponse<String> answer = send("DELETE", "/northwind/api/Agent/5001", null);
    expect(405, answer.statusCode());
    expect("GET, PUT", answer.headers().firstValue("Allow").orElse(null));
  }

  public void percentEncodedPathValues() {
    client.agents().getAgent("agent 5001/b");
    expectReceived("getAgent", "agent 5001/b");
  }

  // The handlers, as a user writes them.

  private final class Agents implements AgentHandler {
    @Override
    public void signIn(String id, String extension, Agent request) {
      record("signIn", id, extension, request.state());
    }

    @Override
    public void signOut(String id, String reasonCodeId, Agent request) {
      record("signOut", id, reasonCodeId, request.state());
    }

    @Override
    public void changeAgentState(String id, Agent.State state, String reasonCodeId, Agent request) {
      record("changeAgentState", id, state, reasonCodeId);
    }

    @Override
    public Agent getAgent(String id) {
      record("getAgent", id);
      return AGENT;
    }

    @Override
    public ReasonCodes getReasonCodeList(String id, String category) {
      record("getReasonCodeList", id, category);
      return REASON_CODES;
    }
  }

  private final class Calls implements CallHandler {
    @Override
    public void makeCall(String id, String fromAddress, String toAddress, List<CallVariable> callVariables,
        Call request) {
      record("makeCall", id, fromAddress, toAddress, callVariables, request.requestedAction());
    }

    @Override
    public Call getCall(String callId) {
      record("getCall", callId);
      if (callId.equals("404")) {
        throw new ErrorResponse(404, "Not Found", "UNKNOWN_CALL", callId);
      }
      return CALL;
    }

    @Override
    public void answerCall(String callId, String targetMediaAddress, Call request) {
      record("answerCall", callId, targetMediaAddress, request.requestedAction());
    }

    @Override
    public void holdCall(String callId, String targetMediaAddress, Call request) {
      record("holdCall", callId, targetMediaAddress, request.requestedAction());
    }

    @Override
    public void dropCall(String callId, String targetMediaAddress, Call request) {
      record("dropCall", callId, targetMediaAddress, request.requestedAction());
    }

    @Override
    public void makeSingleStepTransfer(String callId, String toAddress, String targetMediaAddress, Call request) {
      record("makeSingleStepTransfer", callId, toAddress, targetMediaAddress, request.requestedAction());
    }
  }

  private final class ReasonCodeActions implements ReasonCodeHandler {
    @Override
    public void createReasonCode(ReasonCode.Category category, String label, String code, Boolean forAll,
        ReasonCode request) {
      record("createReasonCode", category, label, code, forAll);
    }

    @Override
    public void deleteReasonCode(String reasonCodeId) {
      record("deleteReasonCode", reasonCodeId);
    }
  }

  private final class Queues implements QueueHandler {
    @Override
    public Queue getQueue(String queueId) {
      record("getQueue", queueId);
      return QUEUE;
    }

    @Override
    @Deprecated
    public Statistics getQueueStatistics(String queueId) {
      record("getQueueStatistics", queueId);
      return STATISTICS;
    }
  }

  // Checking.

  private static ApiApiException expectRefusal(Runnable call) {
    try {
      call.run();
    } catch (ApiApiException refused) {
      return refused;
    }
    throw new AssertionError("the call succeeded");
  }

  private static ApiError firstError(ApiApiException refused) {
    return refused.errorBody().orElseThrow(() -> new AssertionError("no error body: " + refused.body()))
        .apiError().get(0);
  }

  private static ApiError error(HttpResponse<String> answer) {
    return ApiErrors.fromXml(answer.body()).apiError().get(0);
  }

  private static void expectError(HttpResponse<String> answer, String type, String data) {
    ApiError error = error(answer);
    expect(List.of(type, data), List.of(error.errorType(), error.errorData()));
  }
}
