package io.mcdewey.parse;

import static io.mcdewey.parse.FlattenedGuides.FOOTER;
import static io.mcdewey.parse.FlattenedGuides.GET_TAG_TABLE;
import static io.mcdewey.parse.FlattenedGuides.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles come from headings and footers, never from table headers, and a footer cut short names its full title. */
class FlattenedTitlesTest {
  /** A page that opens with another object's parameter table, then the table of an endpoint whose heading is lost. */
  private static final String PARAMETERS_THEN_FIELDS = "Layout Parameters Notes Possible Values Description Type"
      + " Parameter — The ID of the layout. String id — The layout as XML. String layoutxml " + GET_TAG_TABLE;
  private static final String DELETE_NOTE = "Note—Delete a Note This API deletes a note. "
      + "https://<FQDN>/acme/api/Note/<id> URI: Supervisors. Security Constraints: DELETE HTTP Method:";

  @Test
  void tableHeaderWordsAreNoTitle() {
    Api api = guide()
        .page(40, DELETE_NOTE, "Note—Delete a Note")
        .page(52, PARAMETERS_THEN_FIELDS, "Layout API Parameters")
        .read();

    assertEquals(List.of("Note—Delete a Note", ""), titles(api));
    assertEquals("GET /acme/api/Tag/{id}", api.operations().get(1).method() + " " + api.operations().get(1).path());
  }

  @Test
  void tableHeaderWordsAreNoTitleInAMarkdownGuide(@TempDir Path dir) throws Exception {
    Path guide = Files.writeString(dir.resolve("guide.md"),
        DELETE_NOTE + " " + FOOTER + " 40 Acme APIs Note—Delete a Note\n\n"
        + PARAMETERS_THEN_FIELDS + " " + FOOTER + " 52 Acme APIs Layout API Parameters\n");

    Api api = new Guides(Profiles.builtIn(), "cisco-finesse").read(guide).get(0);

    assertEquals(List.of("Note—Delete a Note", ""), titles(api));
  }

  @Test
  void aFooterCutShortNamesTheFullTitle() {
    Api api = guide()
        .page(90, "Call—Send DTMF String This API sends tones on behalf of an agent. "
            + "https://<FQDN>/acme/api/Call/<callId> URI: Agents on the call. Security Constraints: PUT HTTP Method:"
            + " Application/XML Content Type: XML Input/Output Format:", "Call—Send DTMF String")
        .page(92, "callId (required): The ID of the call Request Parameters: 202: Successfully Accepted 400: "
            + "Parameter Missing HTTP Response:", "Call—Send DT")
        .read();

    assertEquals(List.of("Call—Send DTMF String"), titles(api));
    Operation send = api.operations().get(0);
    assertEquals("PUT", send.method());
    assertEquals(List.of(202, 400), send.responses().stream().map(Response::status).toList());
  }

  private static List<String> titles(Api api) {
    return api.operations().stream().map(Operation::title).toList();
  }
}
