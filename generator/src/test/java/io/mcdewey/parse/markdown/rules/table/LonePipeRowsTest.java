package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class LonePipeRowsTest {

  @Test
  void readsTheRowsAfterALonePipeUpToALineWithoutBorders() {
    assertEquals(List.of(List.of(""), List.of("LastName", "string"), List.of("None.")),
        LonePipeRows.rows(List.of("|", "LastName | string |", "None. |", "Request Formats")));
  }

  @Test
  void readsNoRowsAfterAnythingButALonePipe() {
    assertEquals(List.of(), LonePipeRows.rows(List.of("LastName | string |", "|")));
  }

  @Test
  void keepsATablePrintedACellPerLineWholeThoughItsLonePipesEndGfmTables() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Name | Description | Type | Additional information |
        ---|---|---|---|
        CanChangePassword | boolean |
        None. |
        |
        LastName | string |
        None. |
        |
        string |
        None. |
        Request Formats
        """);

    assertEquals(List.of(
        new MarkdownElement.Table(List.of("Name", "Description", "Type", "Additional information"), List.of(
            List.of("CanChangePassword", "", "boolean", "None."), List.of("LastName", "", "string", "None."),
            List.of("", "", "string", "None.")), 1, false),
        new MarkdownElement.TextLine("Request Formats", 11, false, List.of(), 11)), elements);
  }
}
