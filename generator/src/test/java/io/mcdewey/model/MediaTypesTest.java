package io.mcdewey.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Media types read from how guides print them and from what payloads look like. */
class MediaTypesTest {

  @Test
  void aPrintedTypeIsReadInLowerCaseWithoutItsParameters() {
    assertEquals("application/json", MediaTypes.named("Application/JSON"));
    assertEquals("application/vnd.acme+xml", MediaTypes.named("application/vnd.acme+xml; charset=UTF-8"));
    assertEquals("application/x-www-form-urlencoded", MediaTypes.named("application/x-www-form-urlencoded"));
  }

  @Test
  void formatWordsStandForTheirTypesAndPairsOfWordsAreNoType() {
    assertEquals("application/xml", MediaTypes.named("XML"));
    assertEquals("text/html", MediaTypes.named("HTML"));
    assertEquals("application/xml", MediaTypes.named("XML/JSON"));
    assertEquals("", MediaTypes.named("—"));
    assertEquals("", MediaTypes.named(null));
  }

  @Test
  void payloadsAreKnownByTheirFirstCharacter() {
    assertEquals("application/xml", MediaTypes.sniffed("  <User/>"));
    assertEquals("application/json", MediaTypes.sniffed("\n[1]"));
    assertEquals("", MediaTypes.sniffed("token=1"));
  }

  @Test
  void jsonAndXmlFamilies() {
    assertTrue(MediaTypes.isJson("application/problem+json"));
    assertTrue(MediaTypes.isXml("text/xml"));
    assertFalse(MediaTypes.isJson("application/xml"));
    assertFalse(MediaTypes.isXml("text/html"));
  }
}
