package io.mcdewey.parse.markdown;

import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answers of an operation as a page saved as text prints its tabs: a status a line under the caption of the
 * answers, alone, glued to the word naming it or to a heading's anchor glyph.
 */
class AnswerTabsSavedAsTextTest {

  @Test
  void aStatusAloneIsOneOnlyAsACodeAloneOrGluedToAWordOrAnAnchor() {
    assertEquals(Optional.of(new Response(200, "", "")), MarkdownStatuses.alone("200"));
    assertEquals(Optional.of(new Response(400, "", "")), MarkdownStatuses.alone("400#"));
    assertEquals(Optional.of(new Response(201, "Success", "")), MarkdownStatuses.alone("201Success"));
    for (String line : List.of("2000", "200 items", "20", "200ms", "200OK", "600", "200Success story", "x200")) {
      assertEquals(Optional.empty(), MarkdownStatuses.alone(line), line);
    }
  }

  @Test
  void statusesALineUnderTheCaptionOfTheAnswersAreTheOperations() {
    Api api = parse("""
        ## List contacts

        GET /api/contacts

        Responses
        200Success
        application/json

        ## Get the organization

        POST /api/getOrganization

        Response

        200

        400

        ## Send a message

        PUT /endpoints/{tech}/sendMessage

        Error Responses

        - 400 - Invalid parameters for sending a message.
        - 404 - Endpoint not found
        """);

    assertEquals(List.of(200), statuses(operation(api, "GET", "/api/contacts")));
    assertEquals(List.of(200, 400), statuses(operation(api, "POST", "/api/getOrganization")));
    assertEquals(List.of(400, 404), statuses(operation(api, "PUT", "/endpoints/{tech}/sendMessage")));
  }

  @Test
  void aNumberAloneOutsideTheAnswersIsNoStatus() {
    Api api = parse("""
        ## List contacts

        GET /api/contacts

        The page holds at most

        200

        contacts.
        """);

    assertEquals(List.of(), statuses(operation(api, "GET", "/api/contacts")));
  }

  @Test
  void anEmptyHeadingTitlesNothingAndPortugueseAttributesNameFields() {
    Api api = parse("""
        ## Pegar dados da empresa

        #
        POST https://api.example.com/api/getOrganization
        #
        Atributos | Tipo | Descrição |
        ---|---|---|
        env* | string | Ambiente da chamada |
        externalId* | string | Identificador |
        """);

    assertEquals(1, api.operations().size(), api.operations().toString());
    assertEquals(List.of("env body true", "externalId body true"),
        described(operation(api, "POST", "/api/getOrganization")));
  }

  @Test
  void aNumberNoStatusOfHttpUnderAnAnswersExampleIsItsBody() {
    Api api = parse("""
        ## Page size

        GET /settings/page-size

        Response

        250
        """);

    assertEquals(List.of(), statuses(operation(api, "GET", "/settings/page-size")));
  }


  @Test
  void aCaptionOfAnAnswersExampleClosingWithAStatusInParenthesesNamesIt() {
    assertEquals(Optional.of(404), MarkdownStatuses.closingAnswerCaption("Device Not Found (404)").map(Response::status));
    assertEquals(Optional.of(200), MarkdownStatuses.closingAnswerCaption("Success Response (200)").map(Response::status));
    assertEquals(Optional.empty(), MarkdownStatuses.closingAnswerCaption("Results (100):"), "a count");
    assertEquals(Optional.empty(), MarkdownStatuses.closingAnswerCaption("Items (250)"));
    Api api = parse("""
        ## Delete a user

        DELETE /devices/{device_id}/users/{user_id}

        Response

        Success Response (200)

        {"success": true}

        Device Not Found (404)

        {"success": false}
        """);

    assertEquals(List.of(200, 404), statuses(operation(api, "DELETE", "/devices/{device_id}/users/{user_id}")));
  }

  @Test
  void captionsUnderALabelOfErrorAnswersNameTheirStatusesNotTheDescriptionOfTheOneBefore() {
    Api api = parse("""
        ## Delete a user

        DELETE /users/{user_id}

        Response

        Success Response (200)

        {"success": true}

        Error Responses

        User Not Found (404)

        {"success": false}

        Connection Error (500)

        {"success": false}
        """);

    List<Response> responses = operation(api, "DELETE", "/users/{user_id}").responses();
    assertEquals(List.of(200, 404, 500), responses.stream().map(Response::status).toList());
    assertEquals(List.of("", "", ""), responses.stream().map(Response::description).toList());
  }
}
