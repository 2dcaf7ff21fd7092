package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnspacedHeadingsTest {

  @Test
  void readsHeadingsWithoutASpaceAfterTheirHashesAsHeadings() {
    assertEquals("# Logs API\n## Search\n#### POST `/api/v3/es/index`\nSearches.\n",
        UnspacedHeadings.asHeadings("#Logs API\n##Search\n####POST `/api/v3/es/index`\nSearches.\n"));
    assertEquals("## 搜索\n### 登录\n", UnspacedHeadings.asHeadings("##搜索\n###登录\n"));
  }

  @Test
  void leavesAPageWithOneSuchLineCommentsIssuesShebangsAndFencedCodeAsTheyAre() {
    String one = "# Title\n\n##Search\n";
    assertEquals(one, UnspacedHeadings.asHeadings(one));
    String others = "#!/bin/sh\n####### seven\n#\n##123 fixed\n##124 added\n```\n##comment\n##define X\n```\n";
    assertEquals(others, UnspacedHeadings.asHeadings(others));
    assertEquals("## Search\n#send the request\n## Users\n",
        UnspacedHeadings.asHeadings("##Search\n#send the request\n##Users\n"), "a comment of code is no title");
  }

  @Test
  void tellsTheHashesOfAHeadingAlone() {
    assertEquals(2, UnspacedHeadings.hashesOpening("##Search"));
    assertEquals(1, UnspacedHeadings.hashesOpening("#Logs API"));
    assertEquals(0, UnspacedHeadings.hashesOpening("## Search"));
    assertEquals(0, UnspacedHeadings.hashesOpening("#123 fixed"));
    assertEquals(0, UnspacedHeadings.hashesOpening("#######Seven"));
  }
}
