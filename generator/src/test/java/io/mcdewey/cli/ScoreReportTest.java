package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import io.mcdewey.score.AnswerKey;
import io.mcdewey.score.KeyEntry;
import io.mcdewey.score.KeyParameter;
import io.mcdewey.score.Metric;
import io.mcdewey.score.Scorer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreReportTest {

  private static final Provenance PAGE_45 = new Provenance("chunks.jsonl", 45, "guide::v1::doc::doc::29", 0);

  private final KeyEntry signIn = new KeyEntry(1, "User—Sign In", List.of(29), "PUT", "/api/User/{id}",
      List.of(new KeyParameter("id", true), new KeyParameter("extension", true)), List.of(202, 400), false);
  private final KeyEntry getUser = new KeyEntry(2, "User—Get User", List.of(33), null, null, null, null, false);
  private final KeyEntry untitled = new KeyEntry(3, null, List.of(101), "POST", "/api/Dialogs", null, null, false);

  private final Operation signInFound = Operation.builder("user-sign-in", PAGE_45).title("User—Sign In")
      .method("PUT").path("/api/User/{id}")
      .addParameter(Parameter.of("id", ParameterLocation.PATH, true))
      .addParameter(Parameter.of("extension", ParameterLocation.BODY, null))
      .addResponse(new Response(202, "", "")).addResponse(new Response(400, "", ""))
      .addResponse(new Response(500, "", ""))
      .build();
  private final Operation getUserLookalike = Operation.builder("user-get-user", PAGE_45).title("User—Get user")
      .build();

  private final ScoreReport report = new ScoreReport(
      new Scorer().score(
          new Api("guide", "v1", "", "test", "", List.of(signInFound, getUserLookalike), List.of(), List.of()),
          new AnswerKey("answers.jsonl", List.of(signIn, getUser, untitled))),
      Map.of(Metric.OPERATIONS, 0.9, Metric.RESPONSES, 0.5),
      List.of());

  @Test
  void tabulatesTheFiguresAgainstTheFloors() {
    assertEquals(""
        + "             key  found  correct  precision  recall     F1        floor\n"
        + "operations     3      2        1      0.500   0.333  0.400  0.900 BELOW\n"
        + "method+path    4      2        2      1.000   0.500  0.667\n"
        + "parameters     2      2        1      0.500   0.500  0.500\n"
        + "responses      2      3        2      0.667   1.000  0.800        0.500\n",
        report.figures());
    assertEquals("operations F1 0.400 < 0.900", report.belowFloors());
  }

  @Test
  void outlinesWhatWasFound() {
    assertEquals("found 1 of 3 key entries (0 agree on every labelled field, 1 differ); 2 not found;"
        + " 1 operation not in the key\n", report.outline());
  }

  @Test
  void detailsWhatTheKeySaysNextToWhatWasFound() {
    assertEquals("\n"
        + "differences (1):\n"
        + "  User—Sign In (chunk 29; key line 1)\n"
        + "    found                 user-sign-in: PUT /api/User/{id} \"User—Sign In\" at chunks.jsonl (page 45,"
        + " chunk guide::v1::doc::doc::29)\n"
        + "    parameters   missing  extension (required)\n"
        + "                 extra    extension (not stated)\n"
        + "    responses    extra    500\n"
        + "\n"
        + "not found (2):\n"
        + "  User—Get User (chunk 33; key line 2)\n"
        + "    resembles             user-get-user: ? ? \"User—Get user\" at chunks.jsonl (page 45,"
        + " chunk guide::v1::doc::doc::29)\n"
        + "  untitled POST /api/Dialogs (chunk 101; key line 3)\n"
        + "\n"
        + "not in the key (1):\n"
        + "  user-get-user: ? ? \"User—Get user\" at chunks.jsonl (page 45, chunk guide::v1::doc::doc::29)\n",
        report.details());
  }

  @Test
  void hasNoDetailsWhenEverythingAgrees() {
    Operation getUserFound = getUserLookalike.toBuilder().title("User—Get User").build();
    ScoreReport agreeing = new ScoreReport(
        new Scorer().score(new Api("", "", "", "test", "", List.of(getUserFound), List.of(), List.of()),
            new AnswerKey("answers.jsonl", List.of(getUser))),
        Map.of(), List.of());

    assertFalse(agreeing.hasDetails());
    assertEquals("", agreeing.details());
  }
}
