package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class RstSimpleTableTest {

  @Test
  void readsTheHeaderRowsAndContinuationLinesByTheBordersColumns() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        ========= ======= ==========================
        Attribute Type    Description
        ========= ======= ==========================
        name      string  the dog's name
        breed     string  the breed, as the kennel
                          club writes it
        ========= ======= ==========================
        Mandatory fields: name
        """);

    assertEquals(new MarkdownElement.Table(List.of("Attribute", "Type", "Description"),
        List.of(List.of("name", "string", "the dog's name"),
            List.of("breed", "string", "the breed, as the kennel club writes it")), 1, false), elements.get(0));
    assertEquals(new MarkdownElement.TextLine("Mandatory fields: name", 8, false), elements.get(1),
        "the third border ends the table");
  }

  @Test
  void aTableWithoutHeaderBordersTakesItsFirstRowAsHeader() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        ==== ==================
        Code Description
        200  The dogs
        404  No such kennel
        ==== ==================

        After it.
        """);

    assertEquals(new MarkdownElement.Table(List.of("Code", "Description"),
        List.of(List.of("200", "The dogs"), List.of("404", "No such kennel")), 1, false), elements.get(0));
    assertEquals(new MarkdownElement.TextLine("After it.", 7, false), elements.get(1));
  }

  @Test
  void aTableOfFieldsWithoutAHeaderIsReadUnderTheirColumns() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        ========== ====== ========
        **Body**
        --------------------------
        userName   String Required
        roles      List   Optional
        ========== ====== ========

        ====== ====== ========
        filter String Optional
        ====== ====== ========
        """);

    assertEquals(new MarkdownElement.Table(List.of("Name", "Type", "Required"),
        List.of(List.of("userName", "String", "Required"), List.of("roles", "List", "Optional")), 1, false),
        elements.get(0));
    assertEquals(List.of(List.of("filter", "String", "Optional")), ((MarkdownElement.Table) elements.get(1)).rows());
  }

  @Test
  void aLoneBorderIsText() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        ==== ====
        Not a table

        After it.
        """);

    assertEquals(List.of("==== ====", "Not a table", "After it."), elements.stream()
        .map(element -> ((MarkdownElement.TextLine) element).text()).toList());
  }
}
