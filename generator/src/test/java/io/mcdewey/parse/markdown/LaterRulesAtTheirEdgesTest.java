package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the rules of the forty-second and forty-third sets of unseen pages stop: values listed in capitals, labels
 * qualified in parentheses, payloads with an ellipsis, names of groups in a summary, configuration blocks, example
 * paths in a list, conditions in a column of notes, labels that are no method's.
 */
class LaterRulesAtTheirEdgesTest {

  @Test
  void theLastOfValuesListedInCapitalsIsNoMarkButOneClosingASentenceIs() {
    Api api = parse("""
        PATCH /v1/policy

        | Name | Type | Description |
        | --- | --- | --- |
        | enrollment | string | Whether users enroll. One of DISABLED, OPTIONAL, REQUIRED |
        | mode | string | Enforcement mode: REQUIRED or OPTIONAL |
        | owner | string | Who owns the policy REQUIRED |
        """);

    assertEquals(List.of("enrollment null", "mode null", "owner true"), required(api, "PATCH", "/v1/policy"));
  }

  @Test
  void aLabelQualifiedAllOptionalIntroducesItsListAsOptional() {
    Api api = parse("""
        ## Search tickets

        GET /v2/tickets/search

        Query parameters (all optional):

        - `status` (string): open, pending or closed

        ## Update a ticket

        PATCH /v2/tickets/{id}

        Fields (all optional):

        - `subject` (string): new subject
        """);

    assertEquals(List.of("status false"), required(api, "GET", "/v2/tickets/search"));
    assertEquals(List.of("id true", "subject false"), required(api, "PATCH", "/v2/tickets/{id}"));
  }

  @Test
  void aPayloadWithAnEllipsisOrACommentIsOneExample() {
    Api api = parse("""
        GET /v1/orders

        Response:
        {
          "data": [
            ...
          ],
          // more pages follow
          "total": 20
        }
        """);

    assertEquals(1, operation(api, "GET", "/v1/orders").examples().size());
  }

  @Test
  void aGroupNamedInASummaryIsNoOperationAndAConfigurationBlockNoRequest() {
    Api api = parse("""
        | Resource | Endpoint | Description |
        | --- | --- | --- |
        | Users | GET /api/users | List users |

        ## Users

        Users are people with access to your workspace.

        ### List users

        `GET /api/users`

        ## Monitor

            name: api-health
            url: https://status.example.org/health
            method: GET
        """);

    assertEquals(List.of(), api.operations().stream().filter(o -> o.title().equals("Users")
        || o.path().equals("/health")).toList(), "neither the group nor the monitor's configuration");
  }

  @Test
  void pathsListedAsExamplesTakeNoMethodAndConditionsInNotesSayNothing() {
    Api api = parse("""
        `POST /oauth/token`

        The redirect URI must be one you registered, for example:

        - /auth/callback
        - /auth/silent-renew

        Method: POST

        | Field | Type | Description | Notes |
        | --- | --- | --- | --- |
        | card_number | string | The card's number | Required when `method` is `card` |
        """);

    assertEquals(List.of("POST /oauth/token"), api.operations().stream().map(o -> o.method() + " " + o.path())
        .toList());
    assertEquals(List.of("card_number null"), required(api, "POST", "/oauth/token"));
  }

  @Test
  void aMethodUnderALabelOfOtherWordsCompletesNoUri() {
    for (String label : List.of("Cache: HEAD", "Removed in v2: PUT")) {
      Api api = parse("## Files\n\nURL: https://files.example.com/v1/files/{id}/content\n\n" + label + "\n");
      assertEquals(List.of(), api.operations(), label);
    }
  }

  @Test
  void aSentenceOfAScriptWithoutSpacesAfterAnAnswerDescribesTheNextEndpoint() {
    Api api = parse("""
        Response example
        {
        "code": 201
        }
        PUT
        /api/v1/devices/{id}
        修改设备信息。以提交的内容覆盖设备的全部数据。
        """);

    assertEquals("修改设备信息。以提交的内容覆盖设备的全部数据。",
        operation(api, "PUT", "/api/v1/devices/{id}").description());
  }

  private static List<String> required(Api api, String method, String path) {
    return operation(api, method, path).parameters().stream().map(LaterRulesAtTheirEdgesTest::required).toList();
  }

  private static String required(Parameter parameter) {
    return parameter.name() + " " + parameter.required();
  }
}
