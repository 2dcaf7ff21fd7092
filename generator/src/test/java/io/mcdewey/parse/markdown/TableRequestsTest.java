package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.request.MarkdownRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRequestsTest {

  @Test
  void readsEachRowOfATableOfEndpointsItsMethodsAndPaths() {
    TableRequests requests = TableRequests.of(new MarkdownElement.Table(List.of("Method", "Path", "Description"),
        List.of(List.of("GET, POST", "/users", "Users"), List.of("DELETE (all)", "/v1/ns/:ns /v1/ns", "Drop"),
            List.of("GET", "/public/*", "Files")), 3, false));
    assertEquals(List.of("GET /users", "POST /users", "DELETE /v1/ns/:ns", "DELETE /v1/ns"), shown(requests.all()));
    assertFalse(requests.isMethodMatrix());
  }

  @Test
  void readsAMethodMatrixAPathWithEachMethodItsRowMarks() {
    TableRequests requests = TableRequests.of(new MarkdownElement.Table(List.of("Resource", "GET", "PUT", "DELETE"),
        List.of(List.of("/kennels/{id}", "X", "", "X")), 1, false));
    assertTrue(requests.isMethodMatrix());
    assertEquals(List.of("GET /kennels/{id}", "DELETE /kennels/{id}"), shown(requests.all()));
  }

  @Test
  void readsATableOfPathsWithTheMethodItsTitleNamesOnceAPathAndItsQueryTold() {
    TableRequests requests = TableRequests.of(new MarkdownElement.Table(List.of("Resource", "Description"),
        List.of(List.of("`/import`", "Import"), List.of("/import?rescan=false", "Again"), List.of("Any other", "-")),
        1, false));
    assertEquals(List.of("GET /import?rescan=false"), shown(requests.ofMethod("GET")));
  }

  @Test
  void readsAResourceUrlColumnItsPathsRelativeAndEachAfterACaptionSayingWhenItIsCalled() {
    TableRequests requests = TableRequests.of(new MarkdownElement.Table(List.of("RESOURCE URL", "HTTP METHOD"),
        List.of(List.of("For all devices: v1/accounts/{accountId}/devicesFor one device: v1/devices/{deviceId}",
            "GET"), List.of("v1/devices/{deviceId}/actions", "POST")), 1, false));
    assertEquals(List.of("GET /v1/accounts/{accountId}/devices", "GET /v1/devices/{deviceId}",
        "POST /v1/devices/{deviceId}/actions"), shown(requests.all()));
  }

  @Test
  void readsCaptionsOnlyWhereEachOfTwoPathsHasOneAndOneServersPathsOnce() {
    TableRequests requests = TableRequests.of(new MarkdownElement.Table(List.of("Resource URL", "Method"),
        List.of(List.of("All users: /users/getAllUsers One user: /users/{id}", "GET"),
            List.of("Example: /accounts/123", "GET"),
            List.of("Production: https://api.example.com/v1/widgets Sandbox: https://sandbox.example.com/v1/widgets",
                "POST")), 1, false));
    assertEquals(List.of("GET /users/getAllUsers", "GET /users/{id}", "POST https://api.example.com/v1/widgets"),
        shown(requests.all()));
  }

  private static List<String> shown(List<MarkdownRequest> requests) {
    return requests.stream().map(request -> request.method() + " " + request.uri()).toList();
  }
}
