package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer's parts of a page printed as text lines rather than headings: status captions over field tables, an
 * answer's resource description, statuses said in prose, and an example that prints the request again on a host.
 */
class AnswerPartsAndRepeatedRequestsTest {


  @Test
  void aStatusCaptionKeepsTheFieldTablesUnderItTheAnswers() {
    Api api = parse("""
        ## Renaming a Kennel

        URI
        PUT /v1/kennels/{kennel_id}
        | Parameter | Mandatory | Type | Description |
        |---|---|---|---|
        | kennel_id | Yes | String | Kennel ID. |
        Response Parameters
        Status code: 200
        | Parameter | Type | Description |
        |---|---|---|
        | result | String | Outcome |
        Status code: 400
        | Parameter | Type | Description |
        |---|---|---|
        | error_code | String | Error code |
        """);

    var rename = operation(api, "PUT", "/v1/kennels/{kennel_id}");
    assertEquals(List.of("kennel_id path true"), described(rename));
    assertEquals(List.of(200, 400), statuses(rename));
  }

  @Test
  void theNextAnswersCaptionUnderTheHeadingOfTheBodyBeforeNamesItsStatus() {
    Api api = parse("""
        # Kennels

        #### DELETE /kennels/{id}

        Response 200

        ##### Body

        ```
        {"result": "success"}
        ```

        Response 401

        ##### Body

        ```
        {"message": "Unauthenticated."}
        ```
        """);

    assertEquals(List.of(200, 401), statuses(operation(api, "DELETE", "/kennels/{id}")));
  }

  @Test
  void aCountUnderTheHeadingOfTheBodyBeforeNamesNoStatus() {
    Api api = parse("""
        # Kennels

        #### GET /kennels

        Response 200

        ##### Body

        ```
        [{"id": 1}]
        ```

        Response: 100 dogs at most, in pages.
        """);

    assertEquals(List.of(200), statuses(operation(api, "GET", "/kennels")));
  }

  @Test
  void theTableOfAResourceDescriptionIsTheAnswers() {
    Api api = parse("""
        ## GET api/Kennels/{id}

        GET api/Kennels/{id}
        Request Information
        URI Parameters
        | Name | Description | Type | Additional information |
        |---|---|---|---|
        | id | The kennel | integer | Required |
        Response Information
        Resource Description
        A kennel and its dogs
        | Name | Description | Type | Additional information |
        |---|---|---|---|
        | Dogs | The dogs | Collection of Dog | None. |
        """);

    assertEquals(List.of("id path true"), described(operation(api, "GET", "/api/Kennels/{id}")));
  }

  @Test
  void aConstraintsColumnOpeningWithARequiredMarkOfAnyLanguageMarksItsRow() {
    Api api = parse("""
        ## POST /api/v1/auth/register

        | Alan | Tip | Kural |
        |---|---|---|
        | username | string | Zorunlu, 3–50 karakter |
        | nickname | string | en fazla 20 karakter |
        """);

    assertEquals(List.of("username body true", "nickname body false"),
        described(operation(api, "POST", "/api/v1/auth/register")));
  }

  @Test
  void anExampleThatPrintsTheRequestOnAHostShowsTheSameEndpoint() {
    Api api = parse("""
        ## Deleting a Kennel

        URI
        DELETE /v1/kennels/{kennel_id}
        Example Request
        Delete a kennel.
        DELETE https://{{host}}/v1/kennels/{kennel_id}
        """);

    assertEquals(1, api.operations().size());
  }

  @Test
  void theTestsConcreteRequestAndAStatusAloneInAFenceAreTheEndpointsExampleAndAnswer() {
    Api api = parse("""
        ## Get a kennel

        #### Endpoint

        `GET /kennels/:id`

        ```plaintext
        GET /kennels/3f2a9c1e-77b1-4c1e-9d2a-5a0e1b2c3d4e?include=dogs
        ```

        ### Response

        ```plaintext
        200 OK
        ```
        """);

    assertEquals(1, api.operations().size());
    assertEquals(List.of(200), statuses(operation(api, "GET", "/kennels/{id}")));
  }

  @Test
  void statusesSaidInProseWithTheCaseTheyAnswer() {
    Api api = parse("""
        ## Set a kennel

        `POST /kennels/<id>`

        The return code is 200 when the kennel was already there, 201 when a new one was set.
        A sentence about 3 dogs and 12 owners names no status.
        """);

    assertEquals(List.of(200, 201), statuses(operation(api, "POST", "/kennels/{id}")));
  }

  @Test
  void aCallQuotedInASentenceWithItsQueryFilledInIsNoEndpoint() {
    Api api = parse("""
        ## Get a saved search

        `GET /v2/saved_searches/<id>.json`

        Clients can load the entries with `GET /v2/entries.json?ids=1,2,3`.
        """);

    assertEquals(List.of("GET /v2/saved_searches/{id}.json"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
