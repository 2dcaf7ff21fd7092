package io.mcdewey.parse;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.ParameterLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generic markdown layout on real vendor pages of the shared corpus. */
class MarkdownParserCorpusTest {

  @Test
  void readsEveryRequestLineOfTheFaxServerPages() throws Exception {
    Api api = readCorpus("vendors/multitech-faxfinder/guide.md");

    assertEquals("generic-markdown", api.profile());
    assertEquals(29, api.operations().size());
    assertEquals(List.of("USERNAME path true", "ID path true", "limit query null", "offset query null",
        "name query null", "fax_number query null", "phone_number query null", "organization query null",
        "order query null"), described(operation(api, "GET", "/ffws/v1/contacts/{USERNAME}/{ID}")));
    assertEquals(List.of(202, 400), statuses(operation(api, "DELETE", "/ffws/v1/ofax/{FAXKEY}/{ENTRYKEY}")));
    assertEquals(List.of("FAXKEY path true", "ENTRYKEY path true", "at query null"),
        described(operation(api, "PUT", "/ffws/v1/ofax/{FAXKEY}/{ENTRYKEY}")));
  }

  @Test
  void keepsUnexplainedSelectorsLiteralAndExplainedOnesVariable() throws Exception {
    Api api = readCorpus("vendors/multitech-faxfinder/guide.md");

    for (String selector : List.of("MODEM", "CHANNEL", "SYSTEM", "PRINTER", "SHARE")) {
      assertTrue(operation(api, "GET", "/ffws/v1/status/" + selector).parameters().isEmpty());
    }
    operation(api, "GET", "/ffws/v1/channel_status/{CHANNEL}");
    operation(api, "PUT", "/ffws/v1/users/{USERNAME}");
    operation(api, "DELETE", "/ffws/v1/contacts/{USERNAME}/{id}");
    operation(api, "POST", "/ffws/v1/contact_groups/admin");
    operation(api, "GET", "/ffws/v1/contacts/global_contact_list/{ID}");
  }

  @Test
  void readsTheTrainingPagesWithTheirHeadersFiltersAndCuts() throws Exception {
    Api api = readCorpus("vendors/litmos-training-operations/guide.md");

    assertEquals(20, api.operations().size());
    for (Operation operation : api.operations()) {
      assertEquals(List.of("CompanyLoginId true", "ProductId true", "Username true", "Password true"),
          operation.parameters().stream().filter(p -> p.location() == ParameterLocation.HEADER)
              .map(p -> p.name() + " " + p.required()).toList(), operation.id());
    }
    Operation filtered = api.operations().stream()
        .filter(o -> "/api/organizations/{org id}/email-domains".equals(o.path())).findFirst().orElseThrow();
    assertEquals(List.of("org id path true", "EmailDomain query null"),
        described(filtered).subList(0, 2));
    assertEquals(List.of(200, 400, 404), statuses(filtered));
    assertFalse(operation(api, "GET", "/api/attendees/{attendeeId}/at").complete());
    assertEquals(List.of(201, 400), statuses(operation(api, "POST", "/api/attendees/{id}/attendee-groups")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cucm-v15/jtapi-dev-guide.md", "cucm-v15/tapi-dev-guide.md", "cucm-v15/chunks.jsonl"})
  void inventsNoEndpointInGuidesThatDocumentNone(String guide) throws Exception {
    for (Api api : new Guides(Profiles.builtIn(), Profiles.FALLBACK).read(corpus().resolve(guide))) {
      assertEquals(List.of(), api.operations(), api.product());
    }
  }

  private static Api readCorpus(String guide) throws Exception {
    return new Guides(Profiles.builtIn(), null).read(corpus().resolve(guide)).get(0);
  }

  /** The shared corpus; its absence skips these tests visibly, and fails them on CI. */
  private static Path corpus() {
    Path corpus = Path.of(System.getProperty("mcdewey.corpus", "../shared/corpus"));
    if (!Files.isDirectory(corpus)) {
      String message = "shared corpus not found at " + corpus.toAbsolutePath() + "; corpus tests skipped";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message);
      }
      System.err.println(message);
      Assumptions.abort(message);
    }
    return corpus;
  }
}
