package io.mcdewey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The YAML writer, checked against SnakeYAML, a YAML 1.1 reader: the stricter of the two versions to satisfy. */
class YamlTest {

  static List<String> awkwardStrings() {
    return List.of("", " ", "plain words", "  leading", "trailing ", "true", "False", "yes", "No", "on", "OFF", "y",
        "n", "null", "Null", "~", "0", "12", "012", "0x1F", "1e3", "-1", "+1", ".5", ".inf", "-.inf", ".NaN",
        "1_000", "12:30", "2001-12-14", "3.1.0", "- item", "-", "? key", "?", ": value", ":", "a: b", "a:", "a:b",
        "key #comment", "#comment", "a#b", "[x]", "{x}", "x, y", "&anchor", "*alias", "!tag", "|literal",
        ">folded", "'single'", "\"double\"", "%directive", "@at", "`tick", "=", "<<", "<Call/>",
        "https://{FQDN}/api", "/api/Call/{callId}", "$ref", "Call—Hold", "tab\there", "bell\u0007",
        "nel\u0085x", "line\u2028sep", "bom\uFEFF", "lone\uD800surrogate", "emoji \uD83D\uDE00", "back\\slash",
        "carriage\r\nreturn", "one\ntwo", "one\ntwo\n", "one\ntwo\n\n\n", "\nleading break", "  indented\nnext",
        "first\n  indented", "gap\n\n\nafter", "spaces\n   \nline", "\n", "\n\n", " \n ", "<Call>\n  <id>1</id>\n</Call>",
        "ends with space \nnext", "# not a comment\nsecond", "---\n...", "tabs\n\tin block");
  }

  @ParameterizedTest
  @MethodSource("awkwardStrings")
  void stringsReadBackUnchangedAsValuesKeysAndItems(String text) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("value", text);
    document.put(text.isEmpty() ? "empty" : text.replace('\n', ' '), "as key");
    document.put("items", List.of(text, List.of(text), Map.of("nested", text)));
    assertEquals(document, read(Yaml.write(document)));
  }

  @Test
  void writesBlockStyleInTheGivenOrder() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    document.put("list", List.of(Map.of("a", 1), List.of(true, false), "x"));
    document.put("empty", Map.of());
    document.put("none", List.of());
    document.put("missing", null);
    document.put("200", 200L);
    assertEquals("""
        openapi: "3.1.0"
        list:
          - a: 1
          - - true
            - false
          - x
        empty: {}
        none: []
        missing: null
        "200": 200
        """, Yaml.write(document));
  }

  @Test
  void multiLineTextIsALiteralBlock() {
    assertEquals("""
        example: |-
          <Call>
            <id>1</id>
          </Call>
        kept: |+
          a

        """, Yaml.write(Map.of("example", "<Call>\n  <id>1</id>\n</Call>")) + Yaml.write(Map.of("kept", "a\n\n")));
    assertTrue(Yaml.write(Map.of("k", "  indented\nnext")).startsWith("k: |2-\n"), "an indentation indicator");
  }

  @Test
  void scalarDocuments() {
    assertEquals("\"yes\"\n", Yaml.write("yes"));
    assertEquals("[]\n", Yaml.write(List.of()));
  }

  private static Object read(String yaml) {
    return new org.yaml.snakeyaml.Yaml().load(yaml);
  }
}
