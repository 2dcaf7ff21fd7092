package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedAnswerTabsTest {

  @Test
  void aStatusGluedToTheValueBeforeItsCaptionAndMediaTypeStandsOnALineOfItsOwn() {
    assertEquals(List.of("token_typestringOptionalDefault:", "bearer", "422", "Validation Error", "application/json"),
        texts("token_typestringOptionalDefault:", "bearer422", "Validation Error", "application/json"));
    assertEquals(List.of("eyJhbGci.<payload>.<signature>", "401", "Unauthorized", "application/json"),
        texts("eyJhbGci.<payload>.<signature>401", "Unauthorized", "application/json"));
  }

  @Test
  void digitsClosingANameWithoutATabAfterThemStay() {
    List<String> noMediaType = List.of("algorithm", "sha256", "Hash of the body", "Required");
    assertEquals(noMediaType, texts(noMediaType.toArray(String[]::new)));
    List<String> lowerCaseCaption = List.of("sha256", "the digest", "application/json");
    assertEquals(lowerCaseCaption, texts(lowerCaseCaption.toArray(String[]::new)));
    List<String> undefinedStatus = List.of("h264", "Default", "video/mp4");
    assertEquals(undefinedStatus, texts(undefinedStatus.toArray(String[]::new)), "HTTP defines no 264");
    List<String> statusAlone = List.of("404", "Not Found", "application/json");
    assertEquals(statusAlone, texts(statusAlone.toArray(String[]::new)));
  }

  private static List<String> texts(String... lines) {
    List<MarkdownElement> elements = Arrays.stream(lines)
        .map(line -> (MarkdownElement) new MarkdownElement.TextLine(line, 1, false)).toList();
    return GluedAnswerTabs.read(elements).stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList();
  }
}
