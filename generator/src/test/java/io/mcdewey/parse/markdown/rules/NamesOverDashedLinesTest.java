package io.mcdewey.parse.markdown.rules;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesOverDashedLinesTest {

  @Test
  void aNameOverADashedLineAfterALabelIsAnItem() {
    List<MarkdownElement> read = NamesOverDashedLines.read(MarkdownElements.read("""
        Body parameters:

        login
        – the user's login.
        password
        – the password.
        """));

    assertEquals(List.of("Body parameters:", "login – the user's login.", "password – the password."),
        read.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
    Api api = parse("""
        POST /api/auth/register

        Параметры тела запроса:

        login
        – логин пользователя.
        password
        – пароль.
        """);
    assertEquals(List.of("login body null", "password body null"),
        described(operation(api, "POST", "/api/auth/register")));
  }

  @Test
  void valuesListedUnderAParametersDescriptionStayLines() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        call_type
        string
        the outcome of the call
        success
        — answered calls
        failed
        — unanswered calls
        """);

    assertEquals(elements, NamesOverDashedLines.read(elements));
  }
}
