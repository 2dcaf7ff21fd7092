package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledPathTest {

  @Test
  void aPathSetApartAsTheWholeValueOfALabelIsAUri() {
    assertEquals(Optional.of("/shares/<id>"), LabelledPath.of(line("* Syntax: `/shares/<id>`")));
    assertEquals(Optional.of("https://api.example.com/v1/jobs"),
        LabelledPath.of(line("Resource: `https://api.example.com/v1/jobs`")));
  }

  @Test
  void otherLinesAreNot() {
    assertEquals(Optional.empty(), LabelledPath.of(line("Syntax: `/shares` or `/shares/<id>`")), "two literals");
    assertEquals(Optional.empty(), LabelledPath.of(line("Syntax: `/shares` for one share")), "more words");
    assertEquals(Optional.empty(), LabelledPath.of(line("Method: `GET`")), "no path");
    assertEquals(Optional.empty(), LabelledPath.of(line("Send it to `/shares` now: `/x`")), "a sentence");
  }

  @Test
  void aMethodAndAPathSetApartOnOneLineAreARequest() {
    assertEquals(Optional.of(new MarkdownRequest("GET", "/api/v1/tags", "", 1)),
        LabelledPath.request(line("``GET``-Request sent: ``/api/v1/tags``")));
    assertEquals(Optional.empty(), LabelledPath.request(line("Use `GET` on `/api/v1/tags` to list them")),
        "a sentence");
  }

  private static MarkdownElement.TextLine line(String markdown) {
    List<MarkdownElement> elements = MarkdownElements.read(markdown);
    return (MarkdownElement.TextLine) elements.get(0);
  }
}
