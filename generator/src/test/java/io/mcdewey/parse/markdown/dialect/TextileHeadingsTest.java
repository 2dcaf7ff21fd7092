package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextileHeadingsTest {

  @Test
  void readsTextileHeadingsAsAtxHeadings() {
    assertEquals("# Uploads\n\n## Listing\n\nThe list.\n",
        TextileHeadings.asHeadings("h1. Uploads\n\nh2. Listing\n\nThe list.\n"));
  }

  @Test
  void leavesAPageWithOneSuchLineAsItIs() {
    String text = "# Styles\n\nh1. is the largest heading of the wiki.\n";
    assertEquals(text, TextileHeadings.asHeadings(text));
    assertEquals("h7. Not one\nh1.Nor this\n", TextileHeadings.asHeadings("h7. Not one\nh1.Nor this\n"));
  }

  @Test
  void leavesAMarkdownPageShowingTextileAndFencedCodeAsTheyAre() {
    String markdown = "# Render\n\nh1. Page title\nh2. Section title\n";
    assertEquals(markdown, TextileHeadings.asHeadings(markdown));
    String fenced = "h1. Uploads\n\n```\nh2. Example\n```\n\nh2. Listing\n";
    assertEquals("# Uploads\n\n```\nh2. Example\n```\n\n## Listing\n", TextileHeadings.asHeadings(fenced));
  }
}
