package com.example.store.roundtrip;

import com.example.roundtrip.RoundTrip;
import com.example.store.WidgetStoreApiApiException;
import com.example.store.WidgetStoreApiClient;
import com.example.store.WidgetStoreApiResponse;
import com.example.store.WidgetsApi;
import com.example.store.model.Stock;
import com.example.store.model.Widget;
import com.example.store.model.WidgetResponse;
import com.example.store.server.ErrorResponse;
import com.example.store.server.WidgetStoreApiServer;
import com.example.store.server.WidgetsHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A user's code around the SDK generated from a JSON guide: the handlers of the generated server on a loopback port,
 * and round trips through the generated client, JSON both ways. Each public method is one check, throwing
 * {@link AssertionError} when the handler or the client sees anything but what is expected.
 */
public final class WidgetStoreRoundTrip extends RoundTrip {
  private static final WidgetResponse WIDGET = WidgetResponse.builder()
      .id("w-1")
      .name("Gear \"A\" & <B>")
      .count("3")
      .active(true)
      .tags(List.of("metal", "small"))
      .build();

  private final WidgetStoreApiServer server;
  private final URI baseUri;
  private final WidgetStoreApiClient client;

  public WidgetStoreRoundTrip() throws IOException {
    super("application/json");
    server = WidgetStoreApiServer.builder()
        .widgets(new Widgets())
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .start();
    baseUri = URI.create("http://127.0.0.1:" + server.address().getPort());
    client = WidgetStoreApiClient.builder(baseUri).build();
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

  public void getWidget() {
    WidgetStoreApiResponse<WidgetResponse> answer = client.widgets().getWidgetsIdWithResponse("w-1");
    expectReceived("getWidgetsId", "w-1");
    expect(200, answer.status());
    expect("application/json; charset=UTF-8", answer.header("Content-Type").orElse(null));
    expect(WIDGET, answer.body());
  }

  public void createWidget() {
    WidgetStoreApiResponse<WidgetResponse> answer = client.widgets().postWidgetsWithResponse("Gear \"A\" & <B>",
        WidgetsApi.PostWidgetsOptions.builder().count("3").active(true).build());
    expectReceived("postWidgets", "Gear \"A\" & <B>", "3", true);
    expect(201, answer.status());
    expect(WIDGET, answer.body());
  }

  public void setStock() {
    WidgetStoreApiResponse<Void> answer = client.widgets().putWidgetsIdStockWithResponse("w-1", "5");
    expectReceived("putWidgetsIdStock", "w-1", "5");
    expect(204, answer.status());
  }

  public void errorThrownByAHandler() {
    try {
      client.widgets().getWidgetsId("w-404");
    } catch (WidgetStoreApiApiException refused) {
      expect(404, refused.status());
      return;
    }
    throw new AssertionError("the call succeeded");
  }

  // What the server refuses, and how.

  public void missingRequiredMember() throws Exception {
    HttpResponse<String> answer = send("POST", "/widgets", "{\"count\": 3}");
    expect(400, answer.statusCode());
    expectContains(answer.body(), "name is required");
    expect(null, received("postWidgets"));
  }

  public void bodyThatIsNotJson() throws Exception {
    HttpResponse<String> answer = send("POST", "/widgets", "{\"name\": \"Gear\", ");
    expect(400, answer.statusCode());
    expectContains(answer.body(), "The request body cannot be read");
    expect(null, received("postWidgets"));
  }

  public void membersAreKnownWithoutCaseAndUnknownOnesPassedOver() throws Exception {
    HttpResponse<String> answer = send("PUT", "/widgets/w-2/stock", "{\"COUNT\": 7, \"colour\": \"red\"}");
    expect(204, answer.statusCode());
    expectReceived("putWidgetsIdStock", "w-2", "7");
  }

  // The handler, as a user writes it.

  private final class Widgets implements WidgetsHandler {
    @Override
    public WidgetResponse getWidgetsId(String id) {
      record("getWidgetsId", id);
      if (id.equals("w-404")) {
        throw new ErrorResponse(404, "Not Found", "UNKNOWN_WIDGET", id);
      }
      return WIDGET;
    }

    @Override
    public WidgetResponse postWidgets(String name, String count, Boolean active, Widget request) {
      record("postWidgets", name, count, active);
      return WIDGET.toBuilder().name(request.name()).build();
    }

    @Override
    public void putWidgetsIdStock(String id, String count, Stock request) {
      record("putWidgetsIdStock", id, count);
    }
  }

  private static void expectContains(String text, String part) {
    if (text == null || !text.contains(part)) {
      throw new AssertionError("expected <" + part + "> in <" + text + ">");
    }
  }
}
