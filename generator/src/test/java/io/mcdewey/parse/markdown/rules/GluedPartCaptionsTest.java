package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedPartCaptionsTest {

  @Test
  void aCaptionGluedToTheValueBeforeItStandsOnALineOfItsOwn() {
    assertEquals(List.of("https://example.com/hook", "Responses"), texts("https://example.com/hookResponses"));
    assertEquals(List.of("123e4567", "Path parameters"), texts("123e4567Path parameters"));
  }

  @Test
  void aCaptionsWordInTextOrAfterASpaceIsText() {
    assertEquals(List.of("Read the Responses"), texts("Read the Responses"));
    assertEquals(List.of("Everybody"), texts("Everybody"));
    assertEquals(List.of("Request Body"), texts("Request Body"));
  }

  private static List<String> texts(String line) {
    return GluedPartCaptions.read(List.of(new MarkdownElement.TextLine(line, 1, false))).stream()
        .map(e -> ((MarkdownElement.TextLine) e).text()).toList();
  }
}
