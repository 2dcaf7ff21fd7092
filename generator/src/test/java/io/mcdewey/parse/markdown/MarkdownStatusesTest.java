package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownStatusesTest {

  @Test
  void readsACodeAndItsReasonPhrase() {
    assertEquals(Optional.of(404), MarkdownStatuses.opening("404 Not Found").map(Response::status));
    assertEquals(Optional.of(201), MarkdownStatuses.opening("HTTP/1.1 201 Created").map(Response::status));
  }

  @Test
  void readsACodeJoinedToItsReasonWrittenAsAConstant() {
    assertEquals(Optional.of(new Response(400, "BAD REQUEST", "")), MarkdownStatuses.opening("400-BAD-REQUEST"));
    assertEquals(Optional.of(200), MarkdownStatuses.opening("200-OK").map(Response::status));
    assertEquals(Optional.of(404), MarkdownStatuses.opening("404_NOT_FOUND").map(Response::status));
  }

  @Test
  void takesNoRangeOrVersionForAStatus() {
    assertEquals(Optional.empty(), MarkdownStatuses.opening("200-299"));
    assertEquals(Optional.empty(), MarkdownStatuses.opening("404.1"));
    assertEquals(Optional.empty(), MarkdownStatuses.opening("200-ok"));
  }
}
