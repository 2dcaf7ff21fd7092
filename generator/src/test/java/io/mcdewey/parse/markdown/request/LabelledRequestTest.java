package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledRequestTest {
  private final LabelledRequest labelled = new LabelledRequest();

  @Test
  void aMethodAndAUriMakeARequestInEitherOrder() {
    assertTrue(labelled.methods(List.of("GET"), 3).isEmpty());
    assertEquals(List.of(new MarkdownRequest("GET", "/users", "", 4)), labelled.uri("/users", 4));

    assertTrue(labelled.uri("/groups", 9).isEmpty());
    assertEquals(List.of(new MarkdownRequest("DELETE", "/groups", "", 10)), labelled.methods(List.of("DELETE"), 10));
  }

  @Test
  void methodsListedAnItemEachAreAllTheUrisTheOneAfterThemComes() {
    assertTrue(labelled.listedMethods(List.of("GET"), 5).isEmpty());
    assertTrue(labelled.listedMethods(List.of("POST"), 6).isEmpty());

    assertEquals(List.of(new MarkdownRequest("GET", "/api/switch", "", 9),
        new MarkdownRequest("POST", "/api/switch", "", 9)), labelled.uri("/api/switch", 9));
  }

  @Test
  void urisPrintedOneUnderTheOtherBeforeTheirMethodAreAllItsAndAFarOneReplacesTheOther() {
    assertTrue(labelled.uri("https://host/api/employees/{id}", 3).isEmpty());
    assertTrue(labelled.uri("https://host/api/employees/reference/{id}", 5).isEmpty());
    assertEquals(List.of(new MarkdownRequest("GET", "https://host/api/employees/{id}", "", 6),
        new MarkdownRequest("GET", "https://host/api/employees/reference/{id}", "", 6)),
        labelled.methods(List.of("GET"), 6));

    assertTrue(labelled.uri("/first", 10).isEmpty());
    assertTrue(labelled.uri("/second", 30).isEmpty());
    assertEquals(List.of(new MarkdownRequest("PUT", "/second", "", 31)), labelled.methods(List.of("PUT"), 31));
  }

  @Test
  void aLabelListingSeveralMethodsMakesARequestOfEach() {
    labelled.uri("/search", 1);

    assertEquals(List.of(new MarkdownRequest("GET", "/search", "", 2), new MarkdownRequest("POST", "/search", "", 2)),
        labelled.methods(List.of("GET", "POST"), 2));
  }

  @Test
  void aUriLeftWithoutAMethodIsToldOnceAndForgotten() {
    labelled.uri("https://api.example.com", 2);

    assertEquals(Optional.of("https://api.example.com"), labelled.withoutMethod());
    assertEquals(2, labelled.line());
    assertTrue(labelled.withoutMethod().isEmpty());
    assertTrue(labelled.methods(List.of("GET"), 5).isEmpty(), "a forgotten URI completes no later method");
  }
}
