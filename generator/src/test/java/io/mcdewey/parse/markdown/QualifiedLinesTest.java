package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.ParameterLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiedLinesTest {

  @Test
  void readsEachQualifiedNameOfALineThoughTheyRunTogether() {
    List<MarkdownParameter> read = QualifiedLines.of(
        "limit(int, opcjonalne): Maksimum (domyślnie: 50, max: 100)offset(int, opcjonalne): Pominięte",
        ParameterLocation.QUERY);

    assertEquals(List.of("limit int false", "offset int false"),
        read.stream().map(p -> p.name() + " " + p.type() + " " + p.required()).toList());
  }

  @Test
  void readsFullWidthParenthesesAndColons() {
    assertEquals(List.of("amount int true"), QualifiedLines.of("amount（int，必填）：金额", null).stream()
        .map(p -> p.name() + " " + p.type() + " " + p.required()).toList());
  }

  @Test
  void aSentencesWordsBeforeParenthesesOrALineOpeningOtherwiseNameNoField() {
    assertEquals(List.of(), QualifiedLines.of("Note (see below): the limit applies", null));
    assertEquals(List.of(), QualifiedLines.of("The limit (int, optional): at most", null));
    assertEquals(List.of(), QualifiedLines.of("limit is an integer", null));
    assertEquals(List.of(), QualifiedLines.of("Returns (object): the hits", null), "a caption's capitalised word");
    assertEquals(List.of(), QualifiedLines.of("Note (optional): the limit is capped", null));
    assertEquals(List.of("Authorization"), QualifiedLines.of("Authorization (string, required): Bearer token", null)
        .stream().map(MarkdownParameter::name).toList(), "a header's capitalised name, typed and marked");
    assertEquals(List.of("ClientId"), QualifiedLines.of("ClientId (string, required): the client", null).stream()
        .map(MarkdownParameter::name).toList(), "an identifier's inner capital");
  }

  @Test
  void qualifiedLinesUnderALabelOfParametersAreItsParameters() {
    Api api = parse("""
        GET /api/topics

        Query parameters:
        limit (int, optional): at most this many
        offset (int, optional): how many to skip
        """);

    assertEquals(List.of("limit query false", "offset query false"),
        described(operation(api, "GET", "/api/topics")));
  }
}
