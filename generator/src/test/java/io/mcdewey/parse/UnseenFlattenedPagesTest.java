package io.mcdewey.parse;

import static io.mcdewey.parse.UnseenPages.read;
import static io.mcdewey.parse.UnseenPages.requests;
import static io.mcdewey.parse.UnseenPages.titles;
import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages in the shape of a flattened PDF guide's chapters that the labelled pages do not show (administration objects,
 * dialog actions, notifications), written for these tests: what a careful reader takes from each.
 */
class UnseenFlattenedPagesTest {

  @Test
  void readsEveryApiOfAnAdministrationChapter() throws Exception {
    Api api = read("finesse-configuration-chapter.md");

    assertEquals("cisco-finesse", api.profile());
    assertEquals(List.of("GET /finesse/api/ReasonCode/{id}", "GET /finesse/api/ReasonCodes",
        "POST /finesse/api/ReasonCode", "PUT /finesse/api/ReasonCode/{id}", "DELETE /finesse/api/ReasonCode/{id}"),
        requests(api));
    assertEquals(List.of("ReasonCode—Get Reason Code", "ReasonCode—Get Reason Code List",
        "ReasonCode—Create Reason Code", "ReasonCode—Update Reason Code", "ReasonCode—Delete Reason Code"),
        titles(api));
    assertTrue(api.diagnostics().isEmpty(), api.diagnostics()::toString);
  }

  @Test
  void aFooterTitleIsNoPrefixOfALongerHeading() throws Exception {
    Operation list = operation(read("finesse-configuration-chapter.md"), "GET", "/finesse/api/ReasonCodes");

    assertEquals("ReasonCode—Get Reason Code List", list.title());
    assertEquals("Returns the reason codes of one category, as a collection.", list.description());
    assertEquals(List.of("category query true"), described(list));
    assertEquals(List.of("NOT_READY", "LOGOUT"), list.parameter("category").orElseThrow().allowedValues());
  }

  @Test
  void readsCreationWithItsLocationHeaderNoteAndDeletionWithEmptyCells() throws Exception {
    Api api = read("finesse-configuration-chapter.md");
    Operation create = operation(api, "POST", "/finesse/api/ReasonCode");
    Operation delete = operation(api, "DELETE", "/finesse/api/ReasonCode/{id}");

    assertEquals(List.of("category body true", "code body true", "label body true", "forAll body true"),
        described(create));
    assertEquals(new Response(201, "Created", "the URI of the new reason code is in the Location header"),
        create.responses().get(0));
    assertEquals(List.of("Codes are unique per category; a duplicate code is refused."), create.notes());
    assertEquals("ReasonCode", create.requestBody().schema());
    assertEquals(List.of("id path true"), described(delete));
    assertNull(delete.requestBody());
    assertEquals(List.of(200, 401, 404, 500), statuses(delete));
  }

  @Test
  void findsHeadingsNoOpenerAnnouncesWhereAnEndpointTableStartsOver() throws Exception {
    Api api = read("finesse-team-chapter.md");

    assertEquals(List.of("Team—Get Team", "Team—Update List of Reason Codes for a Team", "Queue—Get Queue",
        "TeamMessage—Send Message to Team", "TeamMessage—Delete Message", "SystemInfo—Get System Information"),
        titles(api));
    Operation delete = operation(api, "DELETE", "/finesse/api/TeamMessage/{id}");
    assertEquals("Deletes a message before its time is up, for every team that got it.", delete.description());
    assertEquals(List.of(200, 401, 404), statuses(delete));
  }

  @Test
  void findsAHeadingThatOpensARunAfterMissingPages() throws Exception {
    Operation post = operation(read("finesse-admin-objects.md"), "POST", "/finesse/api/User/{id}/ClientLog");

    assertEquals("ClientLog—Post to Finesse", post.title());
    assertEquals(List.of("id path true", "logData body true"), described(post));
    assertEquals(new Response(403, "Forbidden", "posted again too soon"), post.responses().get(3));
  }

  @Test
  void platformDifferencesEndWhereTheNextTableStarts() throws Exception {
    Api api = read("finesse-team-chapter.md");

    assertEquals(List.of("Stand-alone Finesse with Unified CCE: the statistics are refreshed every ten seconds."
        + " Coresident Finesse with Unified CCX: the statistics are refreshed every five seconds."),
        operation(api, "GET", "/finesse/api/Queue/{id}").platformDifferences());
    Operation post = operation(read("finesse-admin-objects.md"), "POST", "/finesse/api/User/{id}/ClientLog");
    assertFalse(post.platformDifferences().get(0).contains("Errors"), post.platformDifferences()::toString);
  }

  @Test
  void readsHostsWithPortsAndQueryPlaceholdersThatListTheirValues() throws Exception {
    Operation team = operation(read("finesse-team-chapter.md"), "GET", "/finesse/api/Team/{id}");

    assertEquals("https://{FQDN}:{port}/finesse/api/Team/{id}", team.uriTemplate());
    assertEquals(List.of("id path true", "includeLoggedOutAgents query false"), described(team));
    assertEquals(List.of("true", "false"),
        team.parameter("includeLoggedOutAgents").orElseThrow().allowedValues());
  }

  @Test
  void readsNestedEntriesOfARequestParameterList() throws Exception {
    Operation update = operation(read("finesse-team-chapter.md"), "PUT", "/finesse/api/Team/{id}/ReasonCodes");

    assertEquals(List.of("id path true", "ReasonCodes body true", "ReasonCode body true", "uri body true"),
        described(update));
    assertEquals("ReasonCode", update.parameter("uri").orElseThrow().parent());
  }

  @Test
  void repairsUrlsAndNamesBrokenAtLineEnds() throws Exception {
    Api admin = read("finesse-admin-objects.md");
    Operation contact = operation(admin, "POST", "/finesse/api/PhoneBook/{phoneBookId}/Contact");
    Operation answer = operation(read("finesse-dialog-chapter.md"), "PUT", "/finesse/api/Dialog/{dialogId}");

    assertEquals(List.of("phoneBookId path true", "firstName body false", "lastName body false",
        "phoneNumber body true", "description body false"), described(contact));
    assertEquals(List.of("dialogId path true", "targetMediaAddress body true", "requestedAction body true"),
        described(answer));
    assertEquals(List.of(new ImpliedValue("requestedAction", "ANSWER")), answer.impliedValues());
    assertEquals("/finesse/api/Queue/{id}", operation(read("finesse-team-chapter.md"), "GET",
        "/finesse/api/Queue/{id}").path());
  }

  @Test
  void readsUnmarkedEntriesGluedToTheirDescriptions() throws Exception {
    Operation create = operation(read("finesse-admin-objects.md"), "POST", "/finesse/api/WrapUpReason");

    assertEquals(List.of("label body null", "forAll body null"), described(create));
    assertEquals("The text agents choose, up to 39 bytes", create.parameter("label").orElseThrow().description());
  }

  @Test
  void keepsEachCaptionedRequestVariantAndTheListAfterAPageFooter() throws Exception {
    Api api = read("finesse-dialog-chapter.md");
    Operation update = api.operations().stream()
        .filter(o -> o.title().equals("Dialog—Update Call Variable Data")).findFirst().orElseThrow();

    assertEquals(List.of("Request with call variables", "Request with a wrap-up reason"),
        update.requestBody().examples().stream().map(Example::name).toList());
    assertEquals(List.of("dialogId path true", "requestedAction body true", "mediaProperties body true",
        "wrapUpReason body false", "callvariables body false", "CallVariable body false"), described(update));
    assertEquals("callvariables", update.parameter("CallVariable").orElseThrow().parent());
    assertEquals(List.of(202, 400, 401, 500), statuses(update));
    assertTrue(update.complete());
  }

  @Test
  void captionsOfRequestVariantsAreNoLabelsAndAValueAloneIsImplied() throws Exception {
    Api api = read("finesse-dialog-chapter.md");
    Operation call = byTitle(api, "Dialog—Make a Call with Data");

    assertEquals(List.of("HTTP Request with Call Variables", "HTTP Request with ECC Variables"),
        call.requestBody().examples().stream().map(Example::name).toList());
    assertEquals(List.of(new ImpliedValue("requestedAction", "MAKE_CALL")), call.impliedValues());
    assertTrue(api.diagnostics().stream().noneMatch(d -> d.code().equals("unknown-label")),
        api.diagnostics()::toString);
  }

  @Test
  void readsDeprecationsInTheWordingsGuidesUse() throws Exception {
    Api api = read("finesse-dialog-chapter.md");

    assertEquals("The Dialog—Make a Call with Priority API has been deprecated since Release 12.0(1); use"
        + " Dialog—Create a New Dialog (Make a Call), on page 96 instead.",
        byTitle(api, "Dialog—Make a Call with Priority").deprecation().note());
    assertEquals("Deprecated in Release 12.5(1).",
        byTitle(api, "Dialog—Change the State of a Participant's Device (Drop or Hold)").deprecation().note());
    assertFalse(byTitle(api, "Dialog—Send DTMF String").deprecated(),
        "an API no longer supported on one deployment is not deprecated");
    assertFalse(byTitle(api, "Dialog—Answer a Call").deprecated());
  }

  @Test
  void makesNoEndpointOfANotificationPage() throws Exception {
    Api api = read("finesse-dialog-chapter.md");

    assertEquals(6, api.operations().size());
    assertTrue(api.operations().stream().noneMatch(o -> o.title().contains("Notification")));
  }

  @Test
  void keepsEveryPayloadOfAnExampleWithItsCaption() throws Exception {
    Operation info = operation(read("finesse-team-chapter.md"), "GET", "/finesse/api/SystemInfo");

    assertEquals(List.of("Stand-alone deployment", "Coresident deployment"),
        info.examples().stream().map(Example::name).toList());
    assertEquals(List.of(), info.parameters());
  }

  @Test
  void readsChunkExportsWithCutAndMissingPages() throws Exception {
    Api api = read("finesse-cut-pages.jsonl");

    assertEquals(List.of("Queue—Get Queue List for a User", "Queue—Get Queue Statistics",
        "Queue—Get Queue Statistics, Agent View"), titles(api));
    Operation cut = api.operations().get(0);
    assertFalse(cut.complete());
    assertEquals(List.of(), cut.responses(), "a status list cut before its label is not read");
    Operation agentView = api.operations().get(2);
    assertEquals(List.of("id path true", "view query true"), described(agentView));
    assertEquals(List.of("agent"), agentView.parameter("view").orElseThrow().allowedValues());
  }

  @Test
  void endsAnUnannouncedHeadingWhereItsDescriptionStarts() throws Exception {
    Api api = read("finesse-user-chapter.md");

    assertEquals(List.of("User—Get User Id from loginName", "Team—Get List of Teams",
        "User - Get List of Dialogs (Voice Only by Default)", "Dialog—Hold a Call",
        "Dialog—Make a Call using a Mobile Agent Device", "Dialog—Retrieve a Call"), titles(api));
    assertEquals(List.of("loginName query true"), described(operation(api, "GET", "/finesse/api/User")));
    assertEquals("The teams a supervisor can see, or every team for an administrator.",
        operation(api, "GET", "/finesse/api/Teams").description());
    assertEquals("Puts the active call of an agent on hold.", api.operations().get(3).description());
  }

  @Test
  void takesNotesFromCellsAndFromTheEndOfASection() throws Exception {
    Operation teams = operation(read("finesse-user-chapter.md"), "GET", "/finesse/api/Teams");

    assertEquals("Supervisors and administrators.", teams.securityConstraints());
    assertEquals(List.of("A supervisor sees only the teams assigned to them.", "The list is sorted by team name."),
        teams.notes());
  }

  @Test
  void aPlaceholderPartedFromItsUrlOpensNoPayload() throws Exception {
    Api api = read("finesse-team-chapter.md");

    assertEquals(List.of("Team", "users", "User", "ReasonCodes", "ReasonCode", "Queue", "statistics", "TeamMessage",
        "teams", "SystemInfo"), api.schemas().stream().map(Schema::name).toList());
    assertEquals(PropertyType.STRING, api.schema("Team").orElseThrow().property("id").orElseThrow().type());
    assertEquals("Calls waiting in the queue.",
        api.schema("statistics").orElseThrow().property("callsInQueue").orElseThrow().description());
  }

  private static Operation byTitle(Api api, String title) {
    return api.operations().stream().filter(o -> o.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + title + "' among " + titles(api)));
  }
}
