package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.request.MarkdownRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownRequestsTest {
  private final ShownRequests shown = new ShownRequests();

  private static MarkdownRequest request(String method, String uri) {
    return new MarkdownRequest(method, uri, "", 1);
  }

  @Test
  void examplesOfOneEndpointShowItOnceWithTheQueryNamesOfAll() {
    shown.add(List.of(request("GET", "https://api.example.com/v1/tags?limit=5")));
    shown.add(List.of(request("GET", "/v1/tags?offset=10")));
    shown.add(List.of(request("DELETE", "/v1/tags/7")));

    assertEquals(List.of(request("GET", "https://api.example.com/v1/tags{?limit,offset}"),
        request("DELETE", "/v1/tags/7")), shown.all());
  }

  @Test
  void aStandInForAnyEndpointShowsNone() {
    shown.add(List.of(request("GET", "https://api.example.com/ENDPOINT")));

    assertTrue(shown.isEmpty());
  }

  @Test
  void itRemembersWhetherACurlCommandShowedARequest() {
    shown.add(List.of(request("GET", "/v1/tags")));
    assertFalse(shown.byCurl());

    shown.addCurl(request("POST", "/v1/tags"), List.of());
    assertTrue(shown.byCurl());
    assertFalse(shown.sendsFormFields());
  }

  @Test
  void itKeepsTheFormFieldsOfEachCommandsEndpoint() {
    shown.addCurl(request("POST", "/v1/tags"), List.of("name"));
    shown.addCurl(request("POST", "/v1/tags?verbose=1"), List.of("name", "colour"));
    shown.addCurl(request("DELETE", "/v1/tags/7"), List.of());
    shown.addCurl(request("GET", "https://api.example.com/ENDPOINT"), List.of("x"));

    assertTrue(shown.sendsFormFields());
    assertEquals(List.of(List.of("name", "colour"), List.of()), shown.formFields());
  }
}
