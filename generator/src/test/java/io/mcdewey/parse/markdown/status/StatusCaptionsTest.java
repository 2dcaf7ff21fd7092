package io.mcdewey.parse.markdown.status;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCaptionsTest {

  @Test
  void aCaptionNamesTheStatusesInParenthesesBeforeItsColonInAnyLanguage() {
    assertEquals(List.of(200), codes("Respuesta de Éxito (200):"));
    assertEquals(List.of(400, 401, 500), codes("Respuesta de Error (400/401/500):"));
    assertEquals(List.of(201), codes("Başarılı Yanıt (201 Created):"));
    assertEquals(List.of(200), codes("成功响应（200）："));
  }

  @Test
  void aCountATimeOrANumberHttpDefinesNoneOfIsNoStatus() {
    assertEquals(List.of(), codes("Limits (100 per minute):"));
    assertEquals(List.of(), codes("Timeout (500 ms):"));
    assertEquals(List.of(), codes("Version (299):"));
    assertEquals(List.of(), codes("(200):"));
    assertEquals(List.of(), codes("Response (200)"));
    assertEquals(List.of(201), codes("Réponse de succès (201) :"), "a space before the colon, as French sets it");
  }

  @Test
  void aCaptionWithoutAnExamplesBlockUnderItGivesNoStatus() {
    Api api = parse("""
        ### Resize
        **Endpoint:** `POST /images/resize`

        **Small (200):** the width of a thumbnail.

        Large (500):

        The width of a poster.
        """);

    assertEquals(List.of(), statuses(operation(api, "POST", "/images/resize")));
  }

  @Test
  void theStatusesOfACaptionTheProfileDoesNotKnowAreTheCallsAnswers() {
    Api api = parse("""
        ### Talep oluştur
        **Endpoint:** `POST /tickets`

        **Başarılı Yanıt (201 Created):**
        ```json
        {"id": 1}
        ```

        **Hata Yanıtları** (400/401):
        ```json
        {"error": "x"}
        ```
        """);

    assertEquals(List.of(201, 400, 401), statuses(operation(api, "POST", "/tickets")));
  }

  @Test
  void aLabelOfAScriptWrittenWithoutSpacesTakesTheStatusGluedAfterItInParentheses() {
    Api api = parse("""
        ### [POST] https://{hostname}/{version}/templates

        - レスポンス(201 CREATED)
        """);

    assertEquals(List.of(201), statuses(operation(api, "POST", "/{version}/templates")));
  }

  private static List<Integer> codes(String caption) {
    return StatusCaptions.statuses(caption).stream().map(Response::status).toList();
  }
}
