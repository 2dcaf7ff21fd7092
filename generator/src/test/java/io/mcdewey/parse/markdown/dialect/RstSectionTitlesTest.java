package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class RstSectionTitlesTest {

  /** The page's titles as ATX headings, as read when the page's explicit markup says it is reStructuredText. */
  private static String asHeadings(String text) {
    return RstSectionTitles.asHeadings(text, RstSectionTitles.isRst(text));
  }

  @Test
  void titlesTakeTheirLevelsFromTheOrderTheirAdornmentsAreFirstMet() {
    String page = """
        ==========
        Kennel API
        ==========

        .. _dogs:

        Dogs
        ====

        List Dogs
        ---------

        Returns
        ^^^^^^^

        Curl
        ~~~~

        Text under it.
        """;

    List<String> lines = asHeadings(page).lines().toList();

    assertEquals(List.of("", "# Kennel API", "", "", ".. _dogs:", "", "## Dogs", "", "", "### List Dogs", "", "",
        "#### Returns", "", "", "##### Curl", "", "", "Text under it."), lines);
  }

  @Test
  void aTildeUnderlineIsATitleNotACodeFence() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Get Dogs
        ^^^^^^^^

        Curl
        ~~~~

        GET /dogs

        .. note:: Dogs are listed by name.
        """);

    assertEquals(new MarkdownElement.Heading(1, "Get Dogs", 1, false), elements.get(0));
    assertEquals(new MarkdownElement.Heading(2, "Curl", 4, false), elements.get(1));
    assertEquals(new MarkdownElement.TextLine("GET /dogs", 7, false), elements.get(2));
  }

  @Test
  void markdownIsLeftAsItIs() {
    String markdown = """
        Dogs
        ====

        ```json
        {"a": 1}
        ```

        Text
        ---
        """;

    assertEquals(markdown, asHeadings(markdown), "= and - underlines are markdown's own");
    String fence = "Text before\n\n}\n```\n";
    assertEquals(fence, asHeadings(fence), "a fence closing code is no underline");
  }

  @Test
  void aMarkdownPageKeepsItsFencesRulesAndAdmonitions() {
    String markdown = """
        Send the query:

        ~~~~~~~~
        curl https://api.example.com/dogs?color=red
        ~~~~~~~~

        A page exported from a word processor
        ________

        :::note
        Dogs are listed by name.
        :::
        """;

    assertEquals(markdown, asHeadings(markdown), "no explicit markup: no reStructuredText");
  }

  @Test
  void anUnderlineShorterThanItsTitleMakesOneOnlyFromFourCharactersOn() {
    String text = "A longer title\n^^^\n\n.. _x:\n";

    assertEquals(text, asHeadings(text));
    assertEquals("# A  longer  title\n\n\n.. _x:\n",
        asHeadings("A  longer  title\n^^^^^^^^^^^^^^\n\n.. _x:\n"),
        "a title respaced stays one");
  }
}
