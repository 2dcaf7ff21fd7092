package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SwaggerUiParameterRowsTest {

  @Test
  void readsNameTypeAndPlaceLinesWithTheDescriptionUpToTheNextRow() {
    WordTables.Found found = at(List.of("kennelId *", "integer($int64)", "(path)", "The kennel's number.",
        "tags", "array[string]", "(query)", "Tags to filter by.", "Default value : any", "Responses"), 0);

    assertEquals(List.of("Name", "Type", "In", "Description"), found.table().header());
    assertEquals(List.of(List.of("kennelId *", "integer($int64)", "path", "The kennel's number."),
        List.of("tags", "array[string]", "query", "Tags to filter by. Default value : any")), found.table().rows());
    assertEquals(9, found.end(), "the section after the rows is left to the reader");
  }

  @Test
  void readsARowWithoutDescription() {
    WordTables.Found found = at(List.of("api_key", "string", "(header)"), 0);

    assertEquals(List.of(List.of("api_key", "string", "header", "")), found.table().rows());
  }

  @Test
  void needsThePlaceInParenthesesUnderTheType() {
    assertTrue(SwaggerUiParameterRows.at(List.of("limit", "integer", "How many to list."), List.of(1, 2, 3), 0)
        .isEmpty());
    assertTrue(SwaggerUiParameterRows.at(List.of("Use the limit", "integer", "(query)"), List.of(1, 2, 3), 0)
        .isEmpty(), "words are no name");
    assertTrue(SwaggerUiParameterRows.at(List.of("limit", "a number", "(query)"), List.of(1, 2, 3), 0)
        .isEmpty(), "no type as Swagger UI prints one");
  }

  private static WordTables.Found at(List<String> lines, int start) {
    return SwaggerUiParameterRows.at(lines, IntStream.rangeClosed(1, lines.size()).boxed().toList(), start)
        .orElseThrow();
  }

  @Test
  void readsADeprecatedRow() {
    WordTables.Found found = at(List.of("tags", "array[string]", "deprecated", "(query)", "Tags to filter by.",
        "limit", "integer", "(query)"), 0);

    assertEquals(List.of(List.of("tags", "array[string]", "query", "deprecated. Tags to filter by."),
        List.of("limit", "integer", "query", "")), found.table().rows());
  }
}
