package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledRequestTest {
  private final LabelledRequest labelled = new LabelledRequest();

  @Test
  void aMethodAndAUriMakeARequestInEitherOrder() {
    assertTrue(labelled.method("GET", 3).isEmpty());
    assertEquals(Optional.of(new MarkdownRequest("GET", "/users", "", 4)), labelled.uri("/users", 4));

    assertTrue(labelled.uri("/groups", 9).isEmpty());
    assertEquals(Optional.of(new MarkdownRequest("DELETE", "/groups", "", 10)), labelled.method("DELETE", 10));
  }

  @Test
  void aUriLeftWithoutAMethodIsToldOnceAndForgotten() {
    labelled.uri("https://api.example.com", 2);

    assertEquals(Optional.of("https://api.example.com"), labelled.withoutMethod());
    assertEquals(2, labelled.line());
    assertTrue(labelled.withoutMethod().isEmpty());
    assertTrue(labelled.method("GET", 5).isEmpty(), "a forgotten URI completes no later method");
  }
}
