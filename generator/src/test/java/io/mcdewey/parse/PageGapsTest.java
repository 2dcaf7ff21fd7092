package io.mcdewey.parse;

import static io.mcdewey.parse.FlattenedGuides.FOOTER;
import static io.mcdewey.parse.FlattenedGuides.GET_TAG_TABLE;
import static io.mcdewey.parse.FlattenedGuides.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing pages end the section under way unless a footer says it goes on. */
class PageGapsTest {
  private static final String DELETE_NOTE = "TeamNote—Delete a Team Note This API lets a supervisor delete a note"
      + " before it expires.";
  /** The last rows of another object's parameter table, then an endpoint whose heading no sentence follows. */
  private static final String OTHER_TABLE = "— The layout of the desktop, as XML. String layoutxml Tag—Get Tag "
      + GET_TAG_TABLE;
  private static final String LIST_TAGS = "Tag—List Tags This API returns every tag. "
      + "https://<FQDN>/acme/api/Tags URI: Anyone. Security Constraints: GET HTTP Method:";

  @Test
  void aSectionBeforeMissingPagesTakesNoOtherEndpointsTable() {
    Api api = guide()
        .page(40, DELETE_NOTE, "TeamNote—Delete a Team Note")
        .page(52, OTHER_TABLE + " " + LIST_TAGS, "Tag—List Tags")
        .read();

    assertClosedBeforeTheGap(api);
  }

  @Test
  void aSectionBeforeMissingPagesOfAMarkdownGuideTakesNoOtherEndpointsTable(@TempDir Path dir) throws Exception {
    Path guide = Files.writeString(dir.resolve("guide.md"),
        DELETE_NOTE + "\n" + FOOTER + " 40 Acme APIs TeamNote—Delete a Team Note\n\n"
        + OTHER_TABLE + "\n" + LIST_TAGS + "\n" + FOOTER + " 52 Acme APIs Tag—List Tags\n");

    assertClosedBeforeTheGap(new Guides(Profiles.builtIn(), "cisco-finesse").read(guide).get(0));
  }

  private static void assertClosedBeforeTheGap(Api api) {
    List<String> requests = api.operations().stream().map(o -> o.title() + " " + o.method() + " " + o.path())
        .toList();
    assertEquals(List.of("TeamNote—Delete a Team Note null null", " GET /acme/api/Tag/{id}",
        "Tag—List Tags GET /acme/api/Tags"), requests);
    Operation note = api.operations().get(0);
    assertFalse(note.complete());
    assertEquals(List.of(), note.parameters());
  }

  @Test
  void anUntitledEndpointOnAPageWithoutNumberIsNamedByItsPathNotItsLine(@TempDir Path dir) throws Exception {
    String guide = "Notes hold messages for a team. " + FOOTER + " 39 Acme APIs Note\n\n"
        + DELETE_NOTE + " https://<FQDN>/acme/api/Note/<id> URI: Supervisors. Security Constraints: DELETE HTTP\n\n"
        + "https://<FQDN>/acme/api/Tag/<id> URI: Anyone. Security Constraints: GET HTTP Method:\n";
    Guides guides = new Guides(Profiles.builtIn(), "cisco-finesse");
    Operation untitled = guides.read(Files.writeString(dir.resolve("guide.md"), guide)).get(0).operations().get(1);
    Operation wrapped = guides.read(Files.writeString(dir.resolve("wrapped.md"), guide.replace(" Note\n", " Note\n\n\n")
        .replace("delete a note", "delete\na note"))).get(0).operations().get(1);

    assertEquals("get-acme-api-tag-id", untitled.id());
    assertEquals(untitled.id(), wrapped.id());
  }

  @Test
  void theEndOfATableAfterAMissingPageStillJoinsItsSection() {
    Api api = guide()
        .page(30, "Widget—Enable a Widget This API enables a widget for every agent.", "Widget")
        .cutPage(32, "202: Successfully Accepted 404: Not Found HTTP Response: Widget notification Notifications"
            + " Triggered: Widget—Disable a Widget This API disables a widget.")
        .read();

    Operation enable = api.operations().get(0);
    assertEquals("Widget—Enable a Widget", enable.title());
    assertEquals(List.of(new Response(202, "Successfully Accepted", ""), new Response(404, "Not Found", "")),
        enable.responses());
    assertEquals(List.of("Widget notification"), enable.notificationsTriggered());
  }

  @Test
  void aTableAfterAPageCutShortStillJoinsItsSection(@TempDir Path dir) throws Exception {
    Path guide = Files.writeString(dir.resolve("guide.md"),
        "Widgets hold the tools of a desktop. " + FOOTER + " 20 Acme APIs Widget\n\n"
        + "Widget—Update a Widget This API changes the settings of a widget, and what\n\n"
        + "Administrators only. Security Constraints: PUT HTTP Method: 202: Accepted HTTP Response: "
        + FOOTER + " 24 Acme APIs Widget\n");

    Operation update = new Guides(Profiles.builtIn(), "cisco-finesse").read(guide).get(0).operations().get(0);

    assertEquals("Widget—Update a Widget", update.title());
    assertEquals("PUT", update.method(),
        "pages are missing before or after the cut page, unknown which: the table may be the cut page's");
    assertNull(update.path());
  }
}
