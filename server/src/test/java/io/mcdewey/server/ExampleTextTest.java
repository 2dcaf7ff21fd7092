package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.server.ExampleText.Language;
import org.junit.jupiter.api.Test;

/** Payloads printed readably and marked up for highlighting. */
class ExampleTextTest {
  @Test
  void xmlRunTogetherIsIndentedOneElementALine() {
    String pretty = ExampleText.pretty("<User><state>READY</state><extension>1001</extension></User>", Language.XML);
    assertEquals("<User>\n  <state>READY</state>\n  <extension>1001</extension>\n</User>", pretty);
  }

  @Test
  void malformedXmlAndXmlWithADoctypeAreShownAsPrinted() {
    String malformed = "<a><b>x</a>";
    assertEquals(malformed, ExampleText.pretty(malformed, Language.XML));
    String entity = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
    assertEquals(entity, ExampleText.pretty(entity, Language.XML));
  }

  @Test
  void jsonIsIndentedAndItsKeysStringsAndNumbersMarked() {
    String pretty = ExampleText.pretty("{\"id\":7,\"name\":\"Billing\"}", Language.JSON);
    assertEquals("{\n  \"id\": 7,\n  \"name\": \"Billing\"\n}", pretty);
    String html = ExampleText.highlighted(pretty, Language.JSON);
    assertTrue(html.contains("<span class=\"key\">&quot;id&quot;</span>: <span class=\"num\">7</span>"), html);
    assertTrue(html.contains("<span class=\"str\">&quot;Billing&quot;</span>"), html);
  }

  @Test
  void xmlTagsAreMarkedAndTextIsEscaped() {
    String html = ExampleText.highlighted("<a href=\"x\">1 < 2</a>", Language.XML);
    assertEquals("&lt;<span class=\"tag\">a</span> <span class=\"attr\">href</span>=<span class=\"str\">"
        + "&quot;x&quot;</span>&gt;1 &lt; 2&lt;/<span class=\"tag\">a</span>&gt;", html);
  }

  @Test
  void theLanguageComesFromTheMediaTypeOrTheFirstCharacter() {
    assertEquals(Language.JSON, ExampleText.language("application/json", "x"));
    assertEquals(Language.XML, ExampleText.language("", " <User/>"));
    assertEquals(Language.TEXT, ExampleText.language("", "id=5"));
  }
}
