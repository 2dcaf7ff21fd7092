package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiquidTagsTest {

  @Test
  void readsATabTitleAsACaptionHeading() {
    assertEquals(Optional.of(new MarkdownElement.Heading(6, "201: Created The order", 4, false)),
        LiquidTags.element("{% tab title=\"201: Created The order\" %}", 4));
  }

  @Test
  void readsAnApiMethodTagAsARequestLine() {
    assertEquals(Optional.of(new MarkdownElement.TextLine("GET https://api.example.com/v1/orders/:id", 2, false)),
        LiquidTags.element("{% api-method method=\"get\" host=\"https://api.example.com\" path=\"/v1/orders/:id\" %}",
            2));
  }

  @Test
  void takesOtherTagsForNothingAndTextForNoTag() {
    assertTrue(LiquidTags.isTag("{% endtab %}"));
    assertEquals(Optional.empty(), LiquidTags.element("{% hint style=\"info\" %}", 1));
    assertFalse(LiquidTags.isTag("Use {% raw %} in text"));
  }

  @Test
  void leavesNoTagInTheElementStream() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        {% tabs %}
        {% tab title="404: Not Found" %}
        No such order.
        {% endtab %}
        {% endtabs %}
        """);

    assertEquals(List.of(new MarkdownElement.Heading(6, "404: Not Found", 2, false),
        new MarkdownElement.TextLine("No such order.", 3, false, List.of(), 1)), elements);
  }
}
