package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitledRequestLinesTest {

  @Test
  void aTitleAndTheRequestClosingItsLineAreAHeadingAndARequestLine() {
    assertEquals(Optional.of(List.of(new MarkdownElement.Heading(6, "🔐 Login", 4, false),
            new MarkdownElement.TextLine("POST /api/auth/login", 4, false))),
        TitledRequestLines.of(List.of("🔐 Login POST /api/auth/login"), List.of(4)));
    assertEquals("Registrar Usuário", ((MarkdownElement.Heading) TitledRequestLines.of(
        List.of("📝 Registrar Usuário POST /api/user/register"), List.of(1)).orElseThrow().get(0)).text()
        .substring(3));
  }

  @Test
  void aSentenceACommandAParagraphOfSeveralLinesOrALineGoingOnAfterTheRequestIsNone() {
    assertEquals(Optional.empty(), TitledRequestLines.of(List.of("Then send it with POST /api/x."), List.of(1)));
    assertEquals(Optional.empty(), TitledRequestLines.of(List.of("curl -X GET https://host/users"), List.of(1)));
    assertEquals(Optional.empty(), TitledRequestLines.of(List.of("Login POST /api/login", "more"), List.of(1, 2)));
    assertEquals(Optional.empty(), TitledRequestLines.of(List.of("Login POST /api/login now"), List.of(1)));
    assertEquals(Optional.empty(), TitledRequestLines.of(
        List.of("When the session ends the client must call POST /api/logout"), List.of(1)), "a sentence's words");
    for (String sentence : List.of("Next we call GET /users", "See also GET /users/{id}", "Alternative GET /people",
        "Replaced by GET /v2/users", "http GET https://api.example.com/users", "Home | Users GET /users",
        "> Use GET /users")) {
      assertEquals(Optional.empty(), TitledRequestLines.of(List.of(sentence), List.of(1)), sentence);
    }
  }
}
