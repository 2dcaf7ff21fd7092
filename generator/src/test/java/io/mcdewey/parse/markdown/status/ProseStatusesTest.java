package io.mcdewey.parse.markdown.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseStatusesTest {

  @Test
  void readsStatusesAfterTheVerbNamedAsStatusesOrWithTheirCase() {
    assertEquals(List.of(201), codes("Returns a 201 Created response code."));
    assertEquals(List.of(200, 404), codes("Returns 200 OK with the dog, or 404 Not Found."));
    assertEquals(List.of(500), codes("The call fails with status code 500 when the kennel is closed."));
    assertEquals(List.of(200, 201), codes("The return code is 200 when the dog existed, 201 when it was made."));
    assertEquals(List.of(404), codes("404 otherwise."));
    assertEquals(List.of(200, 404), codes("Answers 200 when the dog is in the kennel, 404 when not."));
    assertEquals(List.of(202), codes("The server responds with 202 Accepted at once."));
    assertEquals(List.of(204), codes("Returns 204 as status code when it works."));
    assertEquals(List.of(200, 404),
        codes("Returns 200 ok with the dog, or returns a 404 not found error when there is no such dog."));
    assertEquals(List.of(204), codes("The call returns 204 no content."));
    assertEquals(List.of(200, 409), codes("The reply is either 200, or 409."));
    assertEquals(List.of(201, 409), codes("The response is 201 or 409"));
    assertEquals(List.of(), codes("The reply is 200 words at most."));
    assertEquals(List.of(), codes("Each response is 100 records at most, and the response is 250 KB or less."));
    assertEquals(List.of(200), codes("The reply is either 200 or a redirect."));
  }

  @Test
  void readsStatusesListedInASentenceAboutResponsesByTheirStandardReasons() {
    assertEquals(List.of(204, 404), codes("Possible responses: 204 No Content, 404 Not Found"));
    assertEquals(List.of(), codes("The kennel holds 200 Dogs at most."), "no sentence about statuses");
  }

  @Test
  void readsAStatusNamedAsSuchInOtherLanguages() {
    assertEquals(List.of(409), codes("Сообщение, что логин уже используется, код ответа – 409."));
    assertEquals(List.of(204), codes("La suppression retourne un code 204 sans contenu."));
    assertEquals(List.of(404), codes("Devuelve el código de estado 404 si no existe."));
    assertEquals(List.of(200), codes("成功时状态码：200"));
    assertEquals(List.of(), codes("Le code 299 est réservé."), "a number HTTP defines no status for");
    assertEquals(List.of(), codes("Le barcode 200 est imprimé."), "a word ending in code");
    assertEquals(List.of(504), codes("The gateway returns code 504 on a timeout."));
    assertEquals(List.of(200), codes("En retour, l'API donne un code 200 (\"OK\") et l'identité voulue."));
    for (String other : List.of("Pass the area code 201 for New Jersey.", "Kod 500 oznacza produkt spożywczy.",
        "Envíe el código 404 de su tarjeta.", "Use code 101 for the switch.", "Статус 201 присваивается заказу.")) {
      assertEquals(List.of(), codes(other), other);
    }
  }

  @Test
  void readsAStatusAloneSaidToBeTheAnswerBeforeAStopACommaOrACapital() {
    assertEquals(List.of(202), codes("If the path names a file, the response is 202, and the file is sent."));
    assertEquals(List.of(200), codes("If the folder holds no files, the response is 200 Found."));
    assertEquals(List.of(204), codes("On success, the reply will be 204."));
    for (String size : List.of("The reply is 200 records at most.", "The maximum number of rows in a response is 500.",
        "The largest response is 502 KB in all.", "The size limit of the response is 400.")) {
      assertEquals(List.of(), codes(size), size);
    }
  }

  @Test
  void listsStatusesWithTheirStandardReasonsFromAPlace() {
    String listed = "400 Bad Request, 403 Forbidden, 422 Unprocessable Entity";
    assertEquals(List.of(403, 422),
        ProseStatuses.withStandardReasons(listed, 3).stream().map(Response::status).toList());
  }

  private static List<Integer> codes(String sentence) {
    return ProseStatuses.in(sentence).stream().map(Response::status).toList();
  }
}
