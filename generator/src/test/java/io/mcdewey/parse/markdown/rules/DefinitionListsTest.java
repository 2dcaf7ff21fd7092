package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionListsTest {

  @Test
  void readsATermAndItsDefinitionAsAListItem() {
    var found = DefinitionLists.at(List.of("breed", ": String. The breed.", "age", ": Integer."), List.of(4, 5, 6, 7),
        0).orElseThrow();

    assertEquals(new MarkdownElement.TextLine("breed - String. The breed.", 4, true), found.item());
    assertEquals(2, found.end());
  }

  @Test
  void runsADefinitionOverItsLinesUpToTheNextTerm() {
    var found = DefinitionLists.at(List.of("breed", ":   string, optional", ": a second definition", "more of it",
        "age", ": Integer."), List.of(1, 2, 3, 4, 5, 6), 0).orElseThrow();

    assertEquals("breed - string, optional a second definition more of it", found.item().text());
    assertEquals(4, found.end());
  }

  @Test
  void readsNothingWithoutADefinitionLine() {
    assertTrue(DefinitionLists.at(List.of("breed", "String."), List.of(1, 2), 0).isEmpty());
    assertTrue(DefinitionLists.at(List.of(": String."), List.of(1), 0).isEmpty());
  }

  @Test
  void aParagraphOfEntriesReadsAsListItems() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        breed
        : String. The breed.

        age
        : Integer.
        """);

    assertEquals(List.of("breed - String. The breed.", "age - Integer."),
        elements.stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
    assertTrue(elements.stream().allMatch(e -> ((MarkdownElement.TextLine) e).listItem()));
  }
}
