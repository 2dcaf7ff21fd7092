package com.example.northwind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.northwind.model.Agent;
import com.example.northwind.model.ApiError;
import com.example.northwind.model.Call;
import com.example.northwind.server.AgentHandler;
import com.example.northwind.server.CallHandler;
import com.example.northwind.server.ErrorResponse;
import com.example.northwind.server.NorthwindServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated client talks to the generated server over HTTP on a loopback port, the server running a couple of
 * handlers written here: what a team does to test its integration without the vendor's server. One server serves
 * every test, as stopping one waits for a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientAgainstServerTest {

  /** Agents this server knows, by id: signing in sets their extension and state. */
  private final Map<String, Agent> agents = new ConcurrentHashMap<>(Map.of("5001",
      Agent.builder().id("5001").firstName("Ada").lastName("Byron").state(Agent.State.LOGOUT).build()));

  private NorthwindServer server;
  private NorthwindClient client;

  @BeforeAll
  void start() throws IOException {
    server = NorthwindServer.builder()
        .agents(new Agents())
        .calls(new Calls())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .start();
    client = NorthwindClient.builder("http://127.0.0.1:" + server.address().getPort())
        .basicAuth("supervisor", "secret")
        .build();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void anAgentSignsInAndIsReadBack() {
    client.agents().signIn("5001", "1001");

    Agent agent = client.agents().getAgent("5001");

    assertEquals("Ada", agent.firstName());
    assertEquals("1001", agent.extension());
    assertEquals(Agent.State.LOGIN, agent.state());
  }

  @Test
  void anErrorThrownByAHandlerReachesTheClientAsTheGuideShowsErrors() {
    NorthwindApiException refused = assertThrows(NorthwindApiException.class,
        () -> client.agents().getAgent("9999"));

    assertEquals(404, refused.status());
    ApiError error = refused.errorBody().orElseThrow().apiError().get(0);
    assertEquals(List.of("Not Found", "UNKNOWN_AGENT", "9999"),
        List.of(error.errorType(), error.errorMessage(), error.errorData()));
  }

  @Test
  void anActionNoHandlerImplementsAnswersNotImplemented() {
    NorthwindApiException refused = assertThrows(NorthwindApiException.class,
        () -> client.calls().holdCall("73104", "1001"));

    assertEquals(501, refused.status());
  }

  @Test
  void aGroupWithoutHandlerAnswersNotImplemented() {
    NorthwindApiException refused = assertThrows(NorthwindApiException.class,
        () -> client.queues().getQueue("7"));

    assertEquals(501, refused.status());
  }

  /** The agent actions this server supports; the others answer 501 Not Implemented. */
  private final class Agents implements AgentHandler {
    @Override
    public void signIn(String id, String extension, Agent request) {
      Agent agent = find(id);
      agents.put(id, Agent.builder().id(id).firstName(agent.firstName()).lastName(agent.lastName())
          .extension(extension).state(request.state()).build());
    }

    @Override
    public Agent getAgent(String id) {
      return find(id);
    }

    private Agent find(String id) {
      Agent agent = agents.get(id);
      if (agent == null) {
        throw new ErrorResponse(404, "Not Found", "UNKNOWN_AGENT", id);
      }
      return agent;
    }
  }

  /** Only reads calls. */
  private static final class Calls implements CallHandler {
    @Override
    public Call getCall(String callId) {
      return Call.builder().id(callId).state(Call.State.ACTIVE).build();
    }
  }
}
