package io.mcdewey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectPropertiesTest {

  @Test
  void namesDifferingInCaseOrSurroundingSpacesAreOneMemberSpelledAsFirstSeen() {
    ObjectProperties properties = new ObjectProperties();

    assertTrue(properties.add("Name", Map.of("type", "string")));
    assertFalse(properties.add("name", Map.of("type", "integer")));
    assertTrue(properties.add("env ", Map.of("type", "string")));
    assertFalse(properties.add("env", Map.of("type", "boolean")));

    assertEquals(List.of("Name", "env"), List.copyOf(properties.asMap().keySet()));
    assertEquals(Map.of("type", "string"), properties.get("NAME"));
    assertEquals("env", properties.name(" ENV"));
  }

  @Test
  void replacingKeepsTheMembersPlaceAndSpelling() {
    ObjectProperties properties = new ObjectProperties();
    properties.add("requestedAction", Map.of("type", "string"));
    properties.add("target", Map.of("type", "string"));

    properties.replace("RequestedAction", Map.of("const", "HOLD"));
    properties.replace("extra", Map.of("const", "x"));

    assertEquals(List.of("requestedAction", "target", "extra"), List.copyOf(properties.asMap().keySet()));
    assertEquals(Map.of("const", "HOLD"), properties.get("requestedAction"));
  }
}
