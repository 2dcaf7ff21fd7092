package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownColumnTest {

  @Test
  void namesColumnsByTheirUsualWords() {
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("Mandatory"));
    assertEquals(Optional.of(MarkdownColumn.CONSTRAINTS), MarkdownColumn.named("Additional information"));
    assertTrue(MarkdownColumn.isHeader(List.of("Parameter", "Type", "Description")));
    assertFalse(MarkdownColumn.isHeader(List.of("Type", "Description")));
  }

  @Test
  void readsAHeaderWithoutTheCaptionGluedBeforeIt() {
    assertEquals(List.of("Name", "Description", "Type"),
        MarkdownColumn.withoutCaption(List.of("User", "Name", "Description", "Type")));
    assertEquals(List.of("Name", "Description", "Type"),
        MarkdownColumn.withoutCaption(List.of("UserResponseName", "Description", "Type")));
    assertEquals(List.of("Kennel", "Owner", "Type"), MarkdownColumn.withoutCaption(List.of("Kennel", "Owner", "Type")));
  }

  @Test
  void namesAColumnThroughMarkupSpacingAndAClosingYesNo() {
    String padded = "  **HTTP" + " ".repeat(200) + "response   code**:  (yes/no) ";
    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named(padded));
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("__Required__ (true/false)"));
    assertEquals(Optional.empty(), MarkdownColumn.named("http response code and more words than any column has"));
  }

  @Test
  void reachesAsFarAsAStretchCouldStillNameAColumn() {
    String line = "xx" + "*".repeat(50) + "HTTP response code (true/false) and then the rest of a sentence";
    int reach = MarkdownColumn.reach(line, 2);

    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named(line.substring(2, line.indexOf(" and"))));
    assertTrue(reach >= line.indexOf(" and") && reach < line.length(), "reach " + reach);
    assertEquals(Optional.empty(), MarkdownColumn.named(line.substring(2, reach + 1)));
    assertEquals("Name".length(), MarkdownColumn.reach("Name", 0));
  }
}
