package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeOverTitleAndUrlTest {

  @Test
  void theUrlUnderABadgeAndATitleBecomesTheRequestLine() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        get
        List devices

        https://api.example.com/v1/devices/
        Returns the devices.
        """);

    assertEquals(List.of("get@1", "List devices@2", "GET https://api.example.com/v1/devices/@4",
        "Returns the devices.@5"), lines(elements));
  }

  @Test
  void aUrlInTheBadgesOwnParagraphOrAfterProseStaysAsItIs() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Get
        the list from

        see the guide
        https://docs.example.com/guide/
        """);

    assertEquals(List.of("Get@1", "the list from@2", "see the guide@4", "https://docs.example.com/guide/@5"),
        lines(elements));
  }

  private static List<String> lines(List<MarkdownElement> elements) {
    return elements.stream().map(e -> ((MarkdownElement.TextLine) e).text() + "@" + e.line()).toList();
  }
}
