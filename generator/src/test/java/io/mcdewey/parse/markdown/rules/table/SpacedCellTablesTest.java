package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacedCellTablesTest {

  @Test
  void readsAHeaderParagraphAndACellAParagraphAsOneTable() {
    List<MarkdownElement> elements = new ArrayList<>(paragraph(1, "Name", "Type", "Required", "Description"));
    int line = 6;
    for (String cell : List.of("kennel", "string", "optional", "The kennel.", "limit", "integer", "required",
        "How many.", "Responses")) {
      elements.addAll(paragraph(line, cell));
      line += 2;
    }

    List<MarkdownElement> read = SpacedCellTables.read(elements);

    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Type", "Required", "Description"),
        List.of(List.of("kennel", "string", "optional", "The kennel."),
            List.of("limit", "integer", "required", "How many.")), 1, false), elements.get(elements.size() - 1)),
        read);
  }

  @Test
  void leavesColumnWordsWithoutCellsThatReadAsTheirColumnsAsText() {
    List<MarkdownElement> elements = new ArrayList<>(paragraph(1, "Name", "Type", "Description"));
    elements.addAll(paragraph(5, "See the list below."));

    assertEquals(elements, SpacedCellTables.read(elements));
  }

  @Test
  void readsColumnWordsEachAParagraphOfItsOwnAndEndsAtTheNextHeaderOrRequestLine() {
    List<MarkdownElement> elements = new ArrayList<>();
    int line = 1;
    for (String text : List.of("Name", "In", "Type", "Required", "Description", "status", "query", "string (enum)",
        "No", "Filter by status", "limit", "query", "integer", "Yes", "At most this many", "POST /v1/jobs")) {
      elements.addAll(paragraph(line, text));
      line += 2;
    }

    List<MarkdownElement> read = SpacedCellTables.read(elements);

    assertEquals(new MarkdownElement.Table(List.of("Name", "In", "Type", "Required", "Description"),
        List.of(List.of("status", "query", "string (enum)", "No", "Filter by status"),
            List.of("limit", "query", "integer", "Yes", "At most this many")), 1, false), read.get(0));
    assertEquals(elements.get(elements.size() - 1), read.get(1), "the request line stays a line of its own");
  }

  @Test
  void aNameColumnTwiceEndsAHeaderOfParagraphs() {
    List<MarkdownElement> elements = new ArrayList<>();
    int line = 1;
    for (String text : List.of("Name", "Description", "name", "The kennel's name.")) {
      elements.addAll(paragraph(line, text));
      line += 2;
    }

    assertEquals(elements, SpacedCellTables.read(elements), "two columns are too few to tell a table");
  }

  private static List<MarkdownElement> paragraph(int first, String... lines) {
    List<MarkdownElement> elements = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      elements.add(new MarkdownElement.TextLine(lines[i], first + i, false, List.of(), first));
    }
    return elements;
  }

  @Test
  void endsWhereAParagraphOfWordsStandsForAType() {
    List<MarkdownElement> elements = new ArrayList<>(paragraph(1, "Name", "Type", "Description"));
    int line = 5;
    for (String text : List.of("limit", "integer", "At most this many.", "Pagination", "Results come in pages.",
        "Pass the cursor to go on.")) {
      elements.addAll(paragraph(line, text));
      line += 2;
    }

    List<MarkdownElement> read = SpacedCellTables.read(elements);

    assertEquals(new MarkdownElement.Table(List.of("Name", "Type", "Description"),
        List.of(List.of("limit", "integer", "At most this many.")), 1, false), read.get(0));
    assertEquals(elements.subList(6, 9), read.subList(1, 4));
  }
}
