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
  void aSentencesWordsBeforeParenthesesOrALineOpeningOtherwiseNameNoField() {
    assertEquals(List.of(), QualifiedLines.of("Note (see below): the limit applies", null));
    assertEquals(List.of(), QualifiedLines.of("The limit (int, optional): at most", null));
    assertEquals(List.of(), QualifiedLines.of("limit is an integer", null));
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
