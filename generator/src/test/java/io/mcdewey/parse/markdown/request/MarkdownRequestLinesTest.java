package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.RandomTexts;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The request-line rules of {@link MarkdownRequestLines}, one shape at a time. */
class MarkdownRequestLinesTest {

  @Test
  void readsAMethodAndAPath() {
    assertEquals(List.of("GET /users/{id}"), opening("GET /users/{id}"));
    assertEquals(List.of("PUT /x"), opening("PUT /x HTTP/1.1"));
    assertEquals(List.of("POST https://api.example.com/v1/pets"), opening("1. POST https://api.example.com/v1/pets"));
    assertEquals(List.of("POST /v1/projects/{id}/members"), opening("POST \"/v1/projects/{id}/members\""));
    assertEquals(List.of("DELETE /v1/kennels/{id}"), opening("DELETE '/v1/kennels/{id}'"));
  }

  @Test
  void readsAMethodInSquareBracketsBeforeItsPath() {
    assertEquals(List.of("GET /users/{id}"), opening("[GET] /users/{id}"));
    assertEquals(List.of("POST /rdts/project_merges/"), opening("- [ POST ] /rdts/project_merges/"));
    assertEquals(List.of("DELETE https://api.example.com/v1/x"), opening("[DELETE]https://api.example.com/v1/x"));
    assertEquals(List.of(), opening("[GET] the list of users"), "no path");
    assertEquals(List.of(), opening("[Get] /users"), "in capitals only");
  }

  @Test
  void readsAMethodGluedToThePathItOpensALineWith() {
    assertEquals(List.of("POST /v1/marketing/lists/fields"), opening("POST/v1/marketing/lists/fields"));
    assertEquals(List.of("GET /users/{id}"), opening("GET/users/{id}"));
    assertEquals(List.of(), opening("GET/users/{id} returns a user"), "a line holding more");
    assertEquals(List.of(), opening("POST/Redirect/GET"));
    assertEquals(List.of(), opening("PATCH/merge"), "one segment without a variable");
    assertEquals(List.of(), opening("GET/POST requests are both taken"), "a list of methods");
    assertEquals(List.of(), opening("GET/PUT"));
    assertEquals(List.of("POST https://api.example.com/v1/send-sms/json"),
        opening("POSThttps://api.example.com/v1/send-sms/json"));
    assertEquals(List.of(), opening("GEThttps://example.com and more"), "a line holding more");
  }

  @Test
  void readsARedocBadgeGluedToItsPathOnALineOfItsOwn() {
    assertEquals(List.of("GET /appliances/{id}"), MarkdownRequestLines.ofTextLine("get/appliances/{id}", 1).stream()
        .map(request -> request.method() + " " + request.uri()).toList());
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("get/post", 1));
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("get/appliances lists them", 1));
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("post/2024/hello-world", 1), "a blog post");
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("patch/0001-fix.diff", 1), "a file");
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("Options/Advanced", 1));
  }

  @Test
  void readsBracesEscapedForMdxAsAVariable() {
    assertEquals(List.of("GET /v1/users/{id}"), MarkdownRequestLines.opening("GET /v1/users/\\{id\\}", 1).stream()
        .map(r -> r.method() + " " + r.uri()).toList());
  }

  @Test
  void readsMethodsPartedByASlashAsMethodsListedAndARootPathBeforeANote() {
    assertEquals(List.of(), MarkdownRequestLines.opening("POST / PUT request body format", 1));
    assertTrue(MarkdownRequestLines.opening("GET / POST /api/v1/search", 1).stream()
        .anyMatch(r -> r.uri().equals("/api/v1/search")), "a path after them: a request line");
    assertEquals(List.of("GET /"), MarkdownRequestLines.opening("GET / (gets all stubs)", 1).stream()
        .map(r -> r.method() + " " + r.uri()).toList());
  }

  @Test
  void readsAMethodGluedToOneSegmentBeforeTheBadgeOfItsAuthentication() {
    assertEquals(List.of("GET /products"), MarkdownRequestLines.opening("GET/products Bearer Token", 1).stream()
        .map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of("GET /products/{id}/show"), MarkdownRequestLines.opening("GET/products/{id}/show API Key", 1)
        .stream().map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of(), MarkdownRequestLines.opening("GET/products are listed", 1));
  }

  @Test
  void readsTheServerNamedInWordsInsideBracesAsOnePlaceholder() {
    assertEquals(List.of("POST /api/v1/orgs/{orgId}/devices"),
        MarkdownRequestLines.opening("POST {Basic API URL}/api/v1/orgs/{orgId}/devices", 1).stream()
            .map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of("GET /items/{item id}", "GET /items"), java.util.stream.Stream.of(
        "GET {Basic API URL}/items/{item id}", "GET {API Root}/items").flatMap(line ->
            MarkdownRequestLines.opening(line, 1).stream()).map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of(), MarkdownRequestLines.opening("POST {the new device} to register it", 1));
  }

  @Test
  void readsAPathThenItsMethodInCapitalsClosingTheLine() {
    assertEquals(List.of("GET /api/book/list"), MarkdownRequestLines.ofTextLine("/api/book/list GET", 1).stream()
        .map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of("DELETE /users/{id}"), MarkdownRequestLines.ofTextLine("/users/{id} DELETE", 1).stream()
        .map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("/main GET", 1), "one segment, no variable");
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("/api/book/list takes GET", 1));
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("/api/book/list Get", 1));
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("/assets/img/logo.png GET", 1), "a file's path");
  }

  @Test
  void readsAnHttpdomainPlaceholderAsItsPageShowsIt() {
    assertEquals(List.of("POST /api/clusters/(string:cluster_name)/_connect"),
        opening("POST /api/clusters/(string: cluster_name)/_connect"));
  }

  @Test
  void readsARouteWithoutItsLeadingSlashWhenTheLineHoldsNothingElse() {
    assertEquals(List.of("GET /api/v7/Users/{userId}"), opening("GET api/v7/Users/{userId}"));
    assertEquals(List.of("GET /api/v3/hotel/search-keyword"), opening("GET: api/v3/hotel/search-keyword"));
    assertEquals(List.of("POST /api/login"), opening("POST base_url/api/login"), "a host placeholder is no segment");
    assertEquals(List.of("GET /users/me"), opening("GET API_BASE/users/me"));
    assertEquals(List.of("GET /api/apps/:id"), opening("GET - api/apps/:id"), "a dash between method and route");
    assertEquals(List.of(), opening("GET - read/list"), "actions listed after a dash");
    assertEquals(List.of(), opening("GET <your-id>/items"), "angle brackets of no host");
    assertEquals(List.of("GET /carts/:cartId"), opening("GET <base-url>/carts/:cartId"));
    assertEquals(List.of("GET /system-users"), opening("GET {resource_api_url}/system-users"));
    assertEquals(List.of("GET /v1/x"), opening("GET {{tenantHost}}/v1/x"));
    assertEquals(List.of("POST /{bucket}/source"), opening("POST {bucket}/source"), "a variable of no host");
    assertEquals(List.of("GET /{vhost}/queues"), opening("GET {vhost}/queues"), "a virtual host is the API's");
    assertEquals(List.of("GET /x"), opening("GET {apiHost}/x"));
    assertEquals(List.of("POST /order"), opening("POST {{ url }}order"), "the variable holds the slash");
    assertEquals(List.of("DELETE /order/:id"), opening("DELETE [{{ url }}order/:id]({{ url }}order/:id)"),
        "a link to itself left as text");
    assertEquals(List.of("POST /{bucket}/source"), opening("POST {bucket}/source"));
    assertEquals(List.of("GET /1.0/{InstanceId}/Users"), opening("GET 1.0/{InstanceId}/Users"));
    assertEquals(List.of("DELETE /customer/edit"), opening("DELETE customer/edit HTTP/1.1"));
    assertEquals(List.of("GET /api/session/:id"), opening("GET    api/session/:id      : display the session"),
        "a routing table's description after a colon");
    assertEquals(List.of(), opening("GET requests/responses : both are logged"), "a route of no API's");
    assertEquals(List.of(), opening("DELETE {id} : removes it."), "a variable alone");
    assertEquals(List.of(), opening("GET v2/ : lists the endpoints of version 2."), "a version alone");
  }

  @Test
  void takesNoSentenceOrSingleWordForARelativeRoute() {
    assertEquals(List.of(), opening("GET requests return the list/array of users"));
    assertEquals(List.of(), opening("GET users"));
    assertEquals(List.of(), opening("POST it/them now"));
    assertEquals(List.of(), opening("GET .../role-users"), "a route leaving its path out");
  }

  @Test
  void readsARelativeRouteThatIsAHeading() {
    assertEquals(List.of("GET /api/Roles?RoleId={RoleId}"),
        MarkdownRequestLines.ofHeading("GET api/Roles?RoleId={RoleId}", "", 1).stream()
            .map(r -> r.method() + " " + r.uri()).toList());
  }

  @Test
  void readsAMethodBadgeOfFormattingTagsAsPartOfTheRequestLine() {
    List<MarkdownElement> elements = MarkdownElements.read(
        "<mark style=\"color:blue;\">`GET`</mark> `https://api.example.com/v1/orders/:id`<br>Fetches one order.\n");

    assertEquals(List.of("GET https://api.example.com/v1/orders/:id", "Fetches one order."),
        elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
  }

  @Test
  void keepsTagsThatArePlaceholders() {
    MarkdownElement.TextLine line = (MarkdownElement.TextLine) MarkdownElements.read("GET /users/<id>\n").get(0);

    assertEquals("GET /users/<id>", line.text());
  }

  private static List<String> opening(String text) {
    return MarkdownRequestLines.opening(text, 1).stream().map(r -> r.method() + " " + r.uri()).toList();
  }

  @Test
  void findsRequestLinesWhereThePatternDoes() {
    Pattern request = Pattern.compile("(?<![\\w/])(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?:\\s*:)?\\s+"
        + "(?=(?i:https?://[^/\\s]*[\\w{<\\[])|/)");
    List<String> pieces = List.of("GET", "POST", "PUT", "PATCH", "OPTIONS", "G", "ET", "x", "/", " ", ":", "\n",
        "https://h", "HTTP://{", "/users");
    for (String text : RandomTexts.of(pieces, 30_000, 8)) {
      assertEquals(request.matcher(text).results().map(MatchResult::start).toList(),
          MarkdownRequestLines.requestStarts(text).stream().map(MatchResult::start).toList(), text);
      assertEquals(request.matcher(text).results().map(MatchResult::end).toList(),
          MarkdownRequestLines.requestStarts(text).stream().map(MatchResult::end).toList(), text);
    }
  }

  @Test
  void aDashBetweenAMethodAndItsUrlIsNoneOfIt() {
    assertEquals(List.of("POST https://api.example.com/device"), MarkdownRequestLines
        .ofTextLine("POST - https://api.example.com/device", 1).stream().map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of("DELETE /device/token/:token"), MarkdownRequestLines
        .ofTextLine("DELETE – /device/token/:token", 1).stream().map(r -> r.method() + " " + r.uri()).toList());
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("GET - Returns the devices", 1));
    assertEquals(List.of(), MarkdownRequestLines.ofTextLine("POST - https://api.example.com/device first", 1));
  }
}
