package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CellPerLineTablesTest {

  @Test
  void readsAHeaderOfColumnNamesThenACellALine() {
    WordTables.Found found = at(List.of("Parameter", "Mandatory", "Type", "Description",
        "name", "Yes", "String", "The kennel's name.", "size", "No", "Integer", "Places in it.", "Example request"));

    assertEquals(List.of("Parameter", "Mandatory", "Type", "Description"), found.table().header());
    assertEquals(List.of(List.of("name", "Yes", "String", "The kennel's name."),
        List.of("size", "No", "Integer", "Places in it.")), found.table().rows());
    assertEquals(12, found.end());
  }

  @Test
  void joinsALineThatBreaksTheRowsToTheDescriptionBefore() {
    WordTables.Found found = at(List.of("Parameter", "Mandatory", "Type", "Description",
        "name", "Yes", "String", "The kennel's name.", "Example: north_1", "size", "No", "Integer", "Places."));

    assertEquals(List.of(List.of("name", "Yes", "String", "The kennel's name. Example: north_1"),
        List.of("size", "No", "Integer", "Places.")), found.table().rows());
  }

  @Test
  void endsWhereTheNextTablesHeaderOpensButReadsAParameterCalledName() {
    WordTables.Found found = at(List.of("Name", "Type", "Description", "name", "string", "The kennel's name.",
        "kennel_id", "integer", "Its number.", "Request headers:", "Name", "Value", "Accept", "application/json"));

    assertEquals(List.of(List.of("name", "string", "The kennel's name."),
        List.of("kennel_id", "integer", "Its number.")), found.table().rows());
    assertEquals(9, found.end());
  }

  @Test
  void readsAParameterCalledDescriptionWhoseTypeFollowsIt() {
    WordTables.Found found = at(List.of("Parameter", "Mandatory", "Type", "Description",
        "name", "Yes", "String", "The kennel's name.", "description", "No", "String", "What it is."));

    assertEquals(2, found.table().rows().size());
  }

  @Test
  void takesNoColumnWordsWithoutRowsThatReadAsTheirColumnsForATable() {
    assertTrue(CellPerLineTables.at(List.of("Name", "Type", "Description", "The kennel's name is shown", "x", "y"),
        List.of(1, 2, 3, 4, 5, 6), 0).isEmpty());
    assertTrue(CellPerLineTables.at(List.of("Type", "Description"), List.of(1, 2), 0).isEmpty());
  }

  @Test
  void aColumnsWordInLowerCaseIsTheFirstRowsNameOnlyUnderAWholeHeader() {
    assertEquals(List.of(List.of("status", "query", "string (enum)", "No", "Filter by status")),
        at(List.of("Name", "In", "Type", "Required", "Description", "status", "query", "string (enum)", "No",
            "Filter by status")).table().rows());
    WordTables.Found found = at(List.of("Name", "Type", "required", "Description", "file", "binary", "yes",
        "The file", "folder", "string", "no", "Target folder"));
    assertEquals(List.of("Name", "Type", "required", "Description"), found.table().header());
    assertEquals(List.of("file", "folder"), found.table().rows().stream().map(row -> row.get(0)).toList());
  }

  @Test
  void endsAtARequestLineOrAHeaderWhoseSecondColumnIsTheRequiredOne() {
    assertEquals(1, at(List.of("Name", "Type", "Description", "id", "string", "The id", "POST /v1/jobs", "Create",
        "Makes one")).table().rows().size());
    assertEquals(1, at(List.of("Parameter", "Mandatory", "Type", "Description", "id", "Yes", "String", "The id",
        "Parameter", "Mandatory", "Type", "Description", "key", "Yes", "String", "A key")).table().rows().size());
  }

  private static WordTables.Found at(List<String> lines) {
    return CellPerLineTables.at(lines, IntStream.rangeClosed(1, lines.size()).boxed().toList(), 0).orElseThrow();
  }

  @Test
  void readsParametersNamedAsColumnsWithTheirTypesOrMarks() {
    WordTables.Found found = at(List.of("Name", "Type", "Description", "type", "enum", "The kind of kennel.",
        "status", "string", "Its state."));

    assertEquals(2, found.table().rows().size());
    assertEquals(2, at(List.of("Parameter", "Required", "Description", "name", "No", "The kennel's name.",
        "key", "Yes", "Its key.")).table().rows().size(), "No is a mark there, not the row numbers' column");
  }
}
