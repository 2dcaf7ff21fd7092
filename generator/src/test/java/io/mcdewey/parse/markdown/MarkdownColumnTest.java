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
}
