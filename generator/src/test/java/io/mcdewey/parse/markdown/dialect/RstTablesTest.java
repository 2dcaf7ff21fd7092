package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables docutils builds from {@code csv-table} and {@code list-table} directives. */
class RstTablesTest {

  @Test
  void aCsvTableHasItsHeaderOptionAndQuotedValuesOverSeveralLines() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. csv-table:: Query Parameters
           :header: "Field","Type (hint)","Description"
           :escape: \\

           "limit","integer","At most this many, \\"ten\\" if not given.

           Counted from the first."
           breed, string, The breed
        """);

    assertEquals(new MarkdownElement.TextLine("Query Parameters", 1, false), elements.get(0));
    assertEquals(new MarkdownElement.Table(List.of("Field", "Type (hint)", "Description"), List.of(
        List.of("limit", "integer", "At most this many, \"ten\" if not given. Counted from the first."),
        List.of("breed", "string", "The breed")), 1, false), elements.get(1));
  }

  @Test
  void aCsvTableWithoutAHeaderOptionTakesItsHeaderRowsFirstAndQuotesDoubledAsEscapes() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. csv-table::
           :header-rows: 1

           Status, Meaning
           404, "No such ""kennel""\"
        """);

    assertEquals(List.of(new MarkdownElement.Table(List.of("Status", "Meaning"),
        List.of(List.of("404", "No such \"kennel\"")), 1, false)), elements);
  }

  @Test
  void aListTableHasARowPerItemAndACellPerNestedItem() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        .. list-table::
           :header-rows: 1

           * - Name
             - Type
             - Description
           * - ``kennel``
             - string
             - The kennel's id,
               as it was given
           * - city
             -
             - Where it is
        """);

    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "Type", "Description"), List.of(
        List.of("kennel", "string", "The kennel's id, as it was given"), List.of("city", "", "Where it is")), 1,
        false)), elements);
  }

  @Test
  void aListTablesCellsStandWhereItsFirstDashDoesAndACsvTableMayPartValuesBySpaces() {
    List<MarkdownElement> list = MarkdownElements.read("""
        .. list-table::

           *   - Name
               - Type
           *   - kennel
               - string
        """);
    List<MarkdownElement> spaced = MarkdownElements.read("""
        .. csv-table::
           :delim: space

           Name Type
           kennel string
        """);

    MarkdownElement.Table expected =
        new MarkdownElement.Table(List.of("Name", "Type"), List.of(List.of("kennel", "string")), 1, false);
    assertEquals(List.of(expected), list);
    assertEquals(List.of(expected), spaced);
  }
}
