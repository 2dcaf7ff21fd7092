package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocsifyHelpersTest {

  @Test
  void dropsTheMarkerOfATipOrANote() {
    assertEquals("**Address:** `/v1/x`", DocsifyHelpers.withoutMarker("?> **Address:** `/v1/x`"));
    assertEquals("Mind the limit.", DocsifyHelpers.withoutMarker("!> Mind the limit."));
    assertEquals("?>no space", DocsifyHelpers.withoutMarker("?>no space"));
    assertEquals("a ?> b", DocsifyHelpers.withoutMarker("a ?> b"));
  }
}
