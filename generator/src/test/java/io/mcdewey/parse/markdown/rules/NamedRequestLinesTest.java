package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedRequestLinesTest {

  @Test
  void readsABadgeAndNameThenAUrlAsATitledRequest() {
    assertEquals(List.of(new MarkdownElement.Heading(6, "Void an invoice", 3, false),
            new MarkdownElement.TextLine("DELETE https://api.example.com/invoices/:id", 4, false)),
        NamedRequestLines.at(List.of("x", "y", "DEL Void an invoice", "https://api.example.com/invoices/:id"),
            List.of(1, 2, 3, 4), 2).orElseThrow());
  }

  @Test
  void needsTheUrlAloneOnTheNextLine() {
    assertTrue(NamedRequestLines.at(List.of("GET Get all invoices", "Lists invoices."), List.of(1, 2), 0).isEmpty());
    assertTrue(NamedRequestLines.at(List.of("GET /invoices", "/x"), List.of(1, 2), 0).isEmpty());
    assertTrue(NamedRequestLines.at(List.of("GET Get all invoices"), List.of(1), 0).isEmpty());
  }
}
