package io.mcdewey.parse.markdown.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.Profiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GluedRequestLabelsTest {
  private static final MarkdownLabels LABELS =
      new MarkdownLabels(Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow().labels());

  @Test
  void partsALabelGluedAfterAPathsVariable() {
    assertEquals(Optional.of(new GluedRequestLabels.Parted("GET /v1/kennels/{id}", "Response")),
        GluedRequestLabels.parted("GET /v1/kennels/{id}Response", LABELS));
  }

  @Test
  void partsALabelAfterABadgeInCapitalsFromAPathAloneOrARequestLine() {
    assertEquals(Optional.of(new GluedRequestLabels.Parted("/api/orgs/{orgId}/projects", "Request body")),
        GluedRequestLabels.parted("/api/orgs/{orgId}/projectsJWTRequest body", LABELS));
    assertEquals(Optional.of(new GluedRequestLabels.Parted("GET /api/projects", "Response 200")),
        GluedRequestLabels.parted("GET /api/projectsJWTResponse 200", LABELS), "an answer's label with its status");
    assertEquals(Optional.empty(), GluedRequestLabels.parted("/api/projects/getJWTToken now", LABELS));
    assertEquals(Optional.empty(), GluedRequestLabels.parted("POST /api/v1/reports/exportPDFRequest body", LABELS)
        .filter(parted -> parted.requestLine().endsWith("/export")), "capitals of the path are no badge");
  }

  @Test
  void partsALabelOfSeveralWordsGluedAfterALetter() {
    assertEquals(Optional.of(new GluedRequestLabels.Parted("GET /v1/kennels", "Query Parameters")),
        GluedRequestLabels.parted("GET /v1/kennelsQuery Parameters", LABELS));
  }

  @Test
  void keepsAPathInCamelCaseWhole() {
    assertEquals(Optional.empty(), GluedRequestLabels.parted("POST /cli/processRequest", LABELS),
        "a label's word closing a name in camel case");
    assertEquals(Optional.empty(), GluedRequestLabels.parted("GET /v1/kennelsWalkers Today", LABELS),
        "no label");
    assertEquals(Optional.empty(), GluedRequestLabels.parted("See /v1/kennels/Response", LABELS),
        "no request line before it");
  }

  @Test
  void partsALabelOfAScriptWithoutCapitalsAfterAnyCharacterOfThePath() {
    assertEquals(Optional.of(new GluedRequestLabels.Parted("GET /v1/kennels/", "响应示例:")),
        GluedRequestLabels.parted("GET /v1/kennels/响应示例:", LABELS));
  }

  @Test
  void keepsASegmentNamedAsALabelWhole() {
    assertEquals(Optional.empty(), GluedRequestLabels.parted("GET /api/Users/{id}/Permissions", LABELS));
    assertEquals(Optional.empty(), GluedRequestLabels.parted("GET /v1/kennels/Responses", LABELS));
  }

  @Test
  void partsAMethodsLabelAndAUrisPrintedSideBySide() {
    assertEquals(Optional.of(List.of("Method: GET", "URI: /api/v1/familias")),
        GluedRequestLabels.sideBySide("Method: GET URI: /api/v1/familias", LABELS));
    assertEquals(Optional.of(List.of("URL: /api/x", "Method: POST")),
        GluedRequestLabels.sideBySide("URL: /api/x Method: POST", LABELS));
    assertEquals(Optional.of(List.of("URL: cs-ws/resources/admin/device", "Method: PUT")),
        GluedRequestLabels.sideBySide("URL: cs-ws/resources/admin/device Method: PUT", LABELS), "no leading slash");
    assertEquals(Optional.of(List.of("Alternative: cs-ws/device/put", "Method: POST")),
        GluedRequestLabels.sideBySide("Alternative: cs-ws/device/put Method: POST", LABELS), "a label of other words");
  }

  @Test
  void leavesALabelWhoseValueGoesOnInWordsOrNamesNoSecondLabel() {
    assertEquals(Optional.empty(), GluedRequestLabels.sideBySide("Method: GET or POST: both work", LABELS));
    assertEquals(Optional.empty(), GluedRequestLabels.sideBySide("URL: /api/x Note: cached", LABELS));
    assertEquals(Optional.empty(), GluedRequestLabels.sideBySide("Method: GET", LABELS));
    assertEquals(Optional.empty(), GluedRequestLabels.sideBySide("Note: see the guide Method: GET", LABELS));
  }
}
