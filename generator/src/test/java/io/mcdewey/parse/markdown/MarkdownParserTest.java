package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Guides;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

public class MarkdownParserTest {

  @Test
  void readsParameterAndStatusTablesWhateverTheirColumnOrder() throws Exception {
    Api api = read("tables.md");

    Operation list = operation(api, "GET", "/v1/dogs");
    assertEquals("List dogs", list.title());
    assertEquals("Dogs", list.group());
    assertEquals("Lists the dogs the kennel houses.", list.description());
    assertEquals(List.of("limit query false", "breed query true", "sort query null"), described(list));
    assertEquals(List.of(200, 400), statuses(list));
    assertEquals("https://kennel.example.org", api.baseUri());

    Operation fetch = operation(api, "GET", "/v1/dogs/{dogId}");
    assertEquals(List.of("dogId path true", "X-Trace header false"), described(fetch));
    assertEquals(new Response(404, "Not Found", "no dog has this id"), fetch.responses().get(1));
    assertEquals("application/json", fetch.examples().get(0).mediaType());
  }

  @Test
  void placesUnlocatedParametersWhereTheMethodSendsThem() throws Exception {
    Operation admit = operation(read("tables.md"), "POST", "/v1/dogs");

    assertEquals(List.of("name body true", "tag body false"), described(admit));
    assertEquals(List.of(201, 409), statuses(admit));
    assertNotNull(admit.requestBody());
    assertEquals("application/json", admit.requestBody().mediaType());
  }

  @Test
  void takesRequestLinesFromHeadingsAndStatusesFromSubHeadings() throws Exception {
    Api api = read("headings.md");

    Operation list = operation(api, "GET", "/zoo/animals");
    assertEquals(List.of("species query false", "page query null"), described(list));
    assertEquals(List.of(200, 401), statuses(list));
    assertEquals(Example.Kind.RESPONSE, list.examples().get(0).kind());

    Operation remove = operation(api, "DELETE", "/zoo/animals/{animalId}");
    assertEquals(List.of("animalId path true"), described(remove));
    assertEquals(List.of(204, 404), statuses(remove));
    assertTrue(remove.deprecated());
  }

  @Test
  void dropsOverviewRowsOfEndpointsDocumentedElsewhere() throws Exception {
    Api api = read("headings.md");

    assertEquals(List.of("GET /zoo/animals", "DELETE /zoo/animals/{animalId}", "GET /zoo/keepers"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals("Overview", operation(api, "GET", "/zoo/keepers").title());
    assertEquals(2, codes(api, "summary-mention").size());
  }

  @Test
  void readsLabelAndValueCellsPrintedWithoutTableSyntax() throws Exception {
    Api api = read("labelled-text.md");

    Operation owner = operation(api, "GET", "/api/v2/kennels/{OWNER}");
    assertEquals("Listing Kennels", owner.title());
    assertEquals(List.of("OWNER path true", "max query null", "skip query null", "city query null",
        "region query null"), described(owner));
    assertEquals("Match kennels by place.", owner.parameter("city").orElseThrow().description());
    assertEquals(List.of(200, 403), statuses(owner));
  }

  @Test
  void makesAnOperationOfEveryRequestLineSharingTheSection() throws Exception {
    Api api = read("labelled-text.md");

    List<Operation> listing = api.operations().stream().filter(o -> o.title().equals("Listing Kennels")).toList();
    assertEquals(List.of("/api/v2/kennels/{OWNER}", "/api/v2/kennels/{OWNER}/{KENNEL}", "/api/v2/kennels/shared"),
        listing.stream().map(Operation::path).toList());
    listing.forEach(o -> assertEquals(List.of(200, 403), statuses(o)));
    assertEquals(3, listing.stream().map(Operation::id).distinct().count());
  }

  @Test
  void turnsBareSegmentsIntoVariablesOnlyOnTheGuidesEvidence() throws Exception {
    Api api = read("labelled-text.md");

    // KENNEL: a payload URL of the section's example fills it in; OWNER: the example request does.
    operation(api, "GET", "/api/v2/kennels/{OWNER}/{KENNEL}");
    // Shown to be variables in another section.
    operation(api, "PUT", "/api/v2/kennels/{OWNER}/{KENNEL}");
    // Explained after the request line.
    assertEquals(List.of("BOWL path true", "unit query null"),
        described(operation(api, "GET", "/api/v2/feeders/{BOWL}")));
    // Upper-case alternatives at one place, never explained: literal selectors.
    operation(api, "GET", "/api/v2/levels/WATER");
    operation(api, "GET", "/api/v2/levels/FOOD");
    assertEquals(2, codes(api, "literal-segment").size());
  }

  @Test
  void turnsBareSegmentsNamedAsIdentifiersIntoVariables() {
    Api api = parse("""
        ## Add a dog to a kennel

        `POST /kennels/KENNEL_ID/dogs/DOG_UUID/add`

        ## Get a kennel

        `GET /kennels/ID`
        """);

    operation(api, "POST", "/kennels/{KENNEL_ID}/dogs/{DOG_UUID}/add");
    operation(api, "GET", "/kennels/{ID}");
  }

  @Test
  void aUrlOfAnotherSiteInAPayloadFillsInNoWordOfAPath() {
    Api api = parse("""
        ## List users

        GET /users

        ```json
        {"profileURL": "http://www.gravatar.com/4589972CB656F09FD314B5ECF865402E"}
        ```

        ## Get a kennel

        GET /kennels/KENNEL

        ```json
        {"self": "https://api.example.com/kennels/k-42"}
        ```
        """);

    operation(api, "GET", "/users");
    operation(api, "GET", "/kennels/{KENNEL}");
  }

  @Test
  void readsLabelsFlattenedOntoTheirValues() throws Exception {
    Operation feeders = operation(read("labelled-text.md"), "GET", "/api/v2/feeders");

    assertEquals(List.of(200), statuses(feeders));
    Parameter unit = feeders.parameter("unit").orElseThrow();
    assertEquals(List.of("kg", "lb"), unit.allowedValues());
    assertEquals("(Default=kg) Weight unit of the answer.", unit.description());
  }

  @Test
  void readsHeaderTablesRequiredByTheirIntroduction() throws Exception {
    Operation visits = operation(read("items.md"), "GET", "/api/dogs/{dogId}/visits");

    assertEquals(List.of("dogId path true", "ApiKey header true", "Tenant header true"), described(visits));
    assertEquals(List.of(200, 404), statuses(visits));
    assertEquals("https://vet.example.org/api/dogs/{dogId}/visits", visits.uriTemplate());
  }

  @Test
  void keepsEachNumberedRequestWithTheTablesThatFollowIt() throws Exception {
    Api api = read("items.md");

    Operation filtered = api.operations().get(1);
    assertEquals("/api/dogs/{dog id}/visits", filtered.path());
    assertEquals(List.of("dog id path true", "vet query null", "ApiKey header true", "Tenant header true"),
        described(filtered));
    assertEquals(List.of(200, 400), statuses(filtered));
  }

  @Test
  void marksSectionsCutInsideATableRowIncomplete() throws Exception {
    Api api = read("items.md");

    assertTrue(api.operations().get(0).complete());
    assertFalse(api.operations().get(1).complete());
    Diagnostic cut = codes(api, "cut-short").get(0);
    assertEquals(28, cut.location().line());
  }

  @Test
  void recordsTheHeadingLineOfEachSection() throws Exception {
    Api api = read("labelled-text.md");

    assertEquals(1, operation(api, "GET", "/api/v2/kennels/shared").source().line());
    assertEquals(18, operation(api, "PUT", "/api/v2/kennels/{OWNER}/{KENNEL}").source().line());
    assertTrue(api.operations().get(0).source().file().endsWith("labelled-text.md"));
  }

  @Test
  void findsNoEndpointInTextThatOnlyMentionsMethodsAndStatuses() throws Exception {
    Api api = read("not-rest.md");

    assertTrue(api.operations().isEmpty());
    assertEquals(1, codes(api, "no-operations").size());
  }

  public static Api read(String fixture) throws Exception {
    Path file = Path.of(MarkdownParserTest.class.getResource("/markdown/" + fixture).toURI());
    return new Guides(Profiles.builtIn(), Profiles.FALLBACK).read(file).get(0);
  }

  /** Reads markdown text with the generic profile. */
  public static Api parse(String markdown) {
    GuideDocument guide = new GuideDocument("inline.md", "", "", "inline", markdown, List.of());
    return new GuideParser().parse(guide, Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());
  }

  public static Operation operation(Api api, String method, String path) {
    return api.operations().stream()
        .filter(o -> method.equals(o.method()) && path.equals(o.path()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + method + " " + path + " among "
            + api.operations().stream().map(o -> o.method() + " " + o.path()).toList()));
  }

  /** Each parameter as {@code name location required}. */
  public static List<String> described(Operation operation) {
    return operation.parameters().stream()
        .map(p -> p.name() + " " + p.location().wireName() + " " + p.required())
        .toList();
  }

  public static List<Integer> statuses(Operation operation) {
    return operation.responses().stream().map(Response::status).distinct().toList();
  }

  public static List<Diagnostic> codes(Api api, String code) {
    return api.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }
}
