package io.mcdewey.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final String CHUNK = "guide::v1::doc::doc::";

  @Test
  void pairsEntriesWithOperationsOfTheSameTitleBlindToSpacingAndDashes() {
    Score score = score(
        List.of(titled("User—Sign In to Finesse")),
        operation("user-sign-in", 29).title("User -  Sign In to Finesse"));

    assertEquals(new Tally(1, 0, 0), score.tally(Metric.OPERATIONS));
    assertEquals(1, score.matches().size());
  }

  @Test
  void anEntryNotFoundMissesEveryFactItLabels() {
    KeyEntry entry = entry(1, "User—Sign In", List.of(29), "PUT", "/api/User/{id}",
        List.of(new KeyParameter("id", true), new KeyParameter("state", true)), List.of(202, 400, 401));

    Score score = score(List.of(entry));

    assertEquals(new Tally(0, 1, 0), score.tally(Metric.OPERATIONS));
    assertEquals(new Tally(0, 2, 0), score.tally(Metric.METHOD_PATH));
    assertEquals(new Tally(0, 2, 0), score.tally(Metric.PARAMETERS));
    assertEquals(new Tally(0, 3, 0), score.tally(Metric.RESPONSES));
    assertEquals(entry, score.misses().get(0).entry());
  }

  @Test
  void anOperationTheKeyDoesNotListCountsOnlyAgainstOperations() {
    Score score = score(List.of(),
        operation("invented", 40).title("Dialog—Invented").method("GET").path("/x").addResponse(response(200)));

    assertEquals(new Tally(0, 0, 1), score.tally(Metric.OPERATIONS));
    assertEquals(Tally.ZERO, score.tally(Metric.METHOD_PATH));
    assertEquals(Tally.ZERO, score.tally(Metric.RESPONSES));
    assertEquals("invented", score.unexpected().get(0).id());
  }

  @Test
  void scoresOnlyTheFieldsTheKeyLabels() {
    KeyEntry entry = entry(1, "Dialog—Create", List.of(80), null, "/api/User/{id}/Dialogs", null, null);

    Score score = score(List.of(entry),
        operation("dialog-create", 80).title("Dialog—Create").method("POST").path("/api/User/{id}/Dialogs")
            .addParameter(Parameter.of("id", ParameterLocation.PATH, true)).addResponse(response(202)));

    assertEquals(new Tally(1, 0, 0), score.tally(Metric.METHOD_PATH));
    assertEquals(Tally.ZERO, score.tally(Metric.PARAMETERS));
    assertEquals(Tally.ZERO, score.tally(Metric.RESPONSES));
    assertTrue(score.matches().get(0).agrees());
  }

  @Test
  void comparesParametersByNameAndWhatThePageSaysOfRequired() {
    KeyEntry entry = entry(1, "SSO—Refresh", List.of(), "POST", "/sso/token",
        List.of(new KeyParameter("token", null), new KeyParameter("return_user", false)), null);

    Score score = score(List.of(entry),
        operation("sso-refresh", 193).title("SSO—Refresh").method("POST").path("/sso/token")
            .addParameter(Parameter.of("Authorization", ParameterLocation.HEADER, true))
            .addParameter(Parameter.of("token", ParameterLocation.BODY, true))
            .addParameter(Parameter.of("return_user", ParameterLocation.QUERY, false)));

    assertEquals(new Tally(1, 1, 1), score.tally(Metric.PARAMETERS));
    Mismatch mismatch = score.matches().get(0).mismatches().get(0);
    assertEquals(Metric.PARAMETERS, mismatch.metric());
    assertEquals(List.of("token (not stated)"), mismatch.missing());
    assertEquals(List.of("token (required)"), mismatch.extra());
  }

  @Test
  void comparesResponsesAsDistinctCodes() {
    KeyEntry entry = entry(1, "User—Get", List.of(), null, null, null, List.of(200, 400, 500));

    Score score = score(List.of(entry),
        operation("user-get", 51).title("User—Get")
            .addResponse(new Response(400, "Invalid Input", "")).addResponse(new Response(400, "Bad Id", ""))
            .addResponse(response(200)).addResponse(response(401)));

    assertEquals(new Tally(2, 1, 1), score.tally(Metric.RESPONSES));
    Mismatch mismatch = score.matches().get(0).mismatches().get(0);
    assertEquals(List.of("500"), mismatch.missing());
    assertEquals(List.of("401"), mismatch.extra());
  }

  @Test
  void pairsAnUntitledEntryWithAnUntitledOperationOnItsRouteAndChunks() {
    KeyEntry entry = entry(1, null, List.of(101), "POST", "/api/User/{id}/Dialogs", null, null);
    Operation titled = operation("titled", 101).title("Dialog—Barge").method("POST").path("/api/User/{id}/Dialogs")
        .build();
    Operation elsewhere = operation("elsewhere", 90).method("POST").path("/api/User/{id}/Dialogs").build();
    Operation right = operation("right", 101).method("POST").path("/api/User/{id}/Dialogs").build();

    Score score = new Scorer().score(api(titled, elsewhere, right), key(entry));

    assertSame(right, score.matches().get(0).operation());
  }

  @Test
  void pairsEntriesOfRouteKeysByMethodAndPathWhateverTheTitle() {
    KeyEntry entry = routeEntry(1, "Course API (Get, Create)", "GET", "/api/courses/{ID}", List.of(), List.of(200));

    Score score = score(List.of(entry), operation("get-course", 0).title("Get Course").method("GET")
        .path("/api/courses/{ID}").addResponse(response(200)));

    assertEquals(new Tally(1, 0, 0), score.tally(Metric.OPERATIONS));
    assertTrue(score.matches().get(0).agrees());
  }

  @Test
  void amongSeveralCandidatesAnEntryTakesTheMostAgreeing() {
    KeyEntry plain = routeEntry(1, "Equipment", "GET", "/api/schedules/{id}/equipments",
        List.of(new KeyParameter("id", true)), List.of(200, 400, 404));
    KeyEntry filtered = routeEntry(2, "Equipment", "GET", "/api/schedules/{id}/equipments",
        List.of(new KeyParameter("id", true), new KeyParameter("equipment", null)), List.of(200, 400));
    Operation withFilter = operation("with-filter", 0).method("GET").path("/api/schedules/{id}/equipments")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
        .addParameter(Parameter.of("equipment", ParameterLocation.QUERY, null))
        .addResponse(response(200)).addResponse(response(400)).build();
    Operation withoutFilter = operation("without-filter", 0).method("GET").path("/api/schedules/{id}/equipments")
        .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
        .addResponse(response(200)).addResponse(response(400)).addResponse(response(404)).build();

    Score score = new Scorer().score(api(withFilter, withoutFilter), key(plain, filtered));

    assertSame(withoutFilter, score.matches().get(0).operation());
    assertSame(withFilter, score.matches().get(1).operation());
    assertTrue(score.matches().stream().allMatch(Match::agrees));
  }

  @Test
  void pairsAsManyEntriesAsPossible() {
    KeyEntry wide = entry(1, null, List.of(1, 2), null, "/x", null, null);
    KeyEntry narrow = entry(2, null, List.of(1), null, "/x", null, null);
    Operation first = operation("first", 1).path("/x").build();
    Operation second = operation("second", 2).path("/x").build();

    Score score = new Scorer().score(api(first, second), key(wide, narrow));

    assertEquals(new Tally(2, 0, 0), score.tally(Metric.OPERATIONS));
    assertSame(second, score.matches().get(0).operation());
    assertSame(first, score.matches().get(1).operation());
  }

  @Test
  void pointsAMissedEntryToTheOperationItResembles() {
    KeyEntry byTitle = titled("User—Get Wrap-Up Reason");
    KeyEntry byRoute = routeEntry(2, "Vendor API", "GET", "/api/Vendors/", List.of(), null);
    Operation similarTitle = operation("title", 54).title("User—Get Wrap-up reason").build();
    Operation similarPath = operation("path", 0).method("GET").path("/api/vendors").build();
    Operation unrelated = operation("unrelated", 0).method("GET").path("/api/other").build();

    Score score = new Scorer().score(api(unrelated, similarTitle, similarPath), key(byTitle, byRoute));

    assertSame(similarTitle, score.misses().get(0).resembling());
    assertSame(similarPath, score.misses().get(1).resembling());
  }

  @Test
  void aMissWithNothingResemblingItPointsNowhere() {
    Score score = score(List.of(titled("User—Get User")), operation("other", 1).title("Dialog—Other"));

    assertNull(score.misses().get(0).resembling());
  }

  @Test
  void listsTheMetricsBelowTheirFloors() {
    Score score = score(List.of(titled("A—One"), titled("A—Two")), operation("one", 1).title("A—One"));

    assertEquals(List.of(Metric.OPERATIONS),
        score.below(Map.of(Metric.OPERATIONS, 0.9, Metric.METHOD_PATH, 0.9, Metric.RESPONSES, 0.5)));
  }

  private static Score score(List<KeyEntry> entries, Operation.Builder... operations) {
    return new Scorer().score(api(Arrays.stream(operations).map(Operation.Builder::build).toArray(Operation[]::new)),
        new AnswerKey("answers.jsonl", entries));
  }

  private static Api api(Operation... operations) {
    return new Api("guide", "v1", "", "test", "", List.of(operations), List.of(), List.of());
  }

  private static AnswerKey key(KeyEntry... entries) {
    return new AnswerKey("answers.jsonl", List.of(entries));
  }

  private static Operation.Builder operation(String id, int chunk) {
    Provenance source = new Provenance("chunks.jsonl", chunk + 16, CHUNK + chunk, 0);
    return Operation.builder(id, source).addExtent(source);
  }

  private static Response response(int status) {
    return new Response(status, "", "");
  }

  private static KeyEntry titled(String title) {
    return entry(1, title, List.of(), null, null, null, null);
  }

  private static KeyEntry entry(int line, String title, List<Integer> chunks, String method, String path,
      List<KeyParameter> params, List<Integer> responses) {
    return new KeyEntry(line, title, chunks, method, path, params, responses, false);
  }

  private static KeyEntry routeEntry(int line, String title, String method, String path, List<KeyParameter> params,
      List<Integer> responses) {
    return new KeyEntry(line, title, List.of(), method, path, params, responses, true);
  }
}
