package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgMarkupTest {

  @Test
  void readsHeadingsBlocksVerbatimAndTableRulesAsMarkdown() {
    assertEquals("""

        # API Endpoints
        ## Websites
        `GET /api/sites/{id}` - Get a site, `not` `id` alone
        ```bash
          curl -X GET http://localhost/api/sites/1
        ```
        | Name | Type |
        |------|------|
        """, OrgMarkup.asMarkdown("""
        #+TITLE: Sites
        * API Endpoints
        ** Websites
        =GET /api/sites/{id}= - Get a site, ~not~ =id= alone
        #+BEGIN_SRC bash
          curl -X GET http://localhost/api/sites/1
        #+END_SRC
        | Name | Type |
        |------+------|
        """));
  }

  @Test
  void leavesMarkdownWithBulletsAndPagesWithoutOrgKeywordsAsTheyAre() {
    for (String text : List.of("* item\n* other =x= here\n", "# Title\n\n* item\n\n```\n#+BEGIN_SRC\n```\n",
        "Notes\n\n* item\n\n    #+TITLE: Shopping\n    * Groceries\n",
        "a == b and c == d\n")) {
      assertEquals(text, OrgMarkup.asMarkdown(text));
    }
  }
}
