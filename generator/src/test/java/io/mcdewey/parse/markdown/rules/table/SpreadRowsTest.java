package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownTableRows;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadRowsTest {
  private static final List<String> HEADER = List.of("Name", "Description", "Type", "Additional information");

  @Test
  void joinsACellPerLineIntoRowsOfTheHeadersWidth() {
    MarkdownElement.Table table = table(List.of(List.of("InstanceId"), List.of("The instance"), List.of("string"),
        List.of("Required"), List.of("UserId"), List.of("The user"), List.of("integer"), List.of("Required")));

    assertEquals(List.of(List.of("InstanceId", "The instance", "string", "Required"),
        List.of("UserId", "The user", "integer", "Required")), SpreadRows.join(table).rows());
  }

  @Test
  void endsARecordAtAnEmptyRowAndPutsItsTypeUnderTheTypeColumn() {
    MarkdownElement.Table table = table(List.of(List.of("CreationDate", "date"), List.of("Required"), List.of(""),
        List.of("Comment", "string"), List.of("None."), List.of("")));

    assertEquals(List.of(List.of("CreationDate", "", "date", "Required"), List.of("Comment", "", "string", "None.")),
        SpreadRows.join(table).rows());
  }

  @Test
  void readsAnEmptyRowAfterARecordsFirstCellAsAnEmptyCell() {
    MarkdownElement.Table table = new MarkdownElement.Table(List.of("Parameter", "Type", "Required", "Description"),
        List.of(List.of("Accept", "", "", ""), List.of(""), List.of("true"), List.of("The media type")), 1, false);

    assertEquals(List.of(List.of("Accept", "", "true", "The media type")), SpreadRows.join(table).rows());
  }

  @Test
  void leavesTheNameEmptyOfARecordThatStartsWithItsType() {
    assertEquals(List.of("", "", "string", "None."), SpreadRows.aligned(HEADER, List.of("string", "None.")));
  }

  @Test
  void takesANameThatIsATypeWordForTheNameWhenATypeFollows() {
    assertEquals(List.of("url", "", "string", "None."), SpreadRows.aligned(HEADER, List.of("url", "string", "None.")));
  }

  @Test
  void leavesWholeRowsAlone() {
    MarkdownElement.Table table = table(List.of(List.of("id", "The id", "string", "Required")));

    assertEquals(table, SpreadRows.join(table));
  }

  @Test
  void leftAlignsARecordWithoutATypeCell() {
    assertEquals(List.of("id", "The id", "", ""), SpreadRows.aligned(HEADER, List.of("id", "The id")));
  }

  @Test
  void readsRowsAConstraintsColumnDoesNotMarkRequiredAsOptional() {
    MarkdownElement.Table table = table(List.of(List.of("id", "", "integer", "None."),
        List.of("name", "", "string", "Required String length: at most 50")));

    assertEquals(List.of("id false", "name true"), MarkdownTableRows.of(table).parameters(null, null).stream()
        .map(p -> p.name() + " " + p.required()).toList());
  }

  private static MarkdownElement.Table table(List<List<String>> rows) {
    List<List<String>> padded = rows.stream().map(row -> {
      List<String> cells = new java.util.ArrayList<>(row);
      while (cells.size() < HEADER.size()) {
        cells.add("");
      }
      return (List<String>) cells;
    }).toList();
    return new MarkdownElement.Table(HEADER, padded, 1, false);
  }
}
