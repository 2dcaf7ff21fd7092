package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodInProseTest {

  @Test
  void theOneMethodTheProseNamesInCapitals() {
    assertEquals(Optional.of("POST"), MethodInProse.named(List.of("This POST method creates a note.", "Returns its id.")));
    assertEquals(Optional.of("GET"), MethodInProse.named(List.of("Send a `GET` request; GET again to refresh.")));
    assertEquals(Optional.empty(), MethodInProse.named(List.of("GET lists them, POST adds one.")), "two methods");
    assertEquals(Optional.empty(), MethodInProse.named(List.of("Get the notes, then post a reply.")), "words");
    assertEquals(Optional.empty(), MethodInProse.named(List.of("GETS and TARGET are no methods.")));
  }

  @Test
  void completesAUriLabelledWithoutAMethod() {
    Api api = parse("""
        ### Make a note

        This POST method makes a note.

        URL: http://example.com/api/notebook

        ### Base address

        All calls go to the address below, with GET or POST.

        URL: http://example.com/api
        """);

    assertEquals(List.of("POST /api/notebook"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
