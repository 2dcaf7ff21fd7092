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
  void leavesAPageWithOneSuchLineTagsShebangsAndFencedCodeAsTheyAre() {
    String one = "# Title\n\n##Search\n";
    assertEquals(one, UnspacedHeadings.asHeadings(one));
    String others = "#tag\n#!/bin/sh\n####### seven\n#\n```\n##comment\n#define X\n```\n";
    assertEquals(others, UnspacedHeadings.asHeadings(others));
  }

  @Test
  void tellsTheHashesOfAHeadingAlone() {
    assertEquals(2, UnspacedHeadings.hashesOpening("##Search"));
    assertEquals(1, UnspacedHeadings.hashesOpening("#Logs API"));
    assertEquals(0, UnspacedHeadings.hashesOpening("## Search"));
    assertEquals(0, UnspacedHeadings.hashesOpening("#hashtag"));
    assertEquals(0, UnspacedHeadings.hashesOpening("#######Seven"));
  }
}
