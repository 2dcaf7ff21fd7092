package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonParagraphsTest {

  @Test
  void aWholeDocumentAfterItsCaptionEndsWhereItsBracketsClose() {
    assertEquals(Optional.of(new JsonParagraphs.Document(1, 4)),
        JsonParagraphs.in(List.of("Sample:", "{", "\"id\": 1", "}", "Response codes")));
  }

  @Test
  void anObjectCutShortOrWithABracketAmissRunsAsFarAsItsLinesPrintJson() {
    assertEquals(Optional.of(new JsonParagraphs.Document(0, 4)),
        JsonParagraphs.in(List.of("{", "\"format\": \"csv\",", "\"ids\": \"a,b\"]", "}", "Response codes",
            "Code | Description")), "the text after it is no part of it");
    assertEquals(Optional.of(new JsonParagraphs.Document(0, 3)),
        JsonParagraphs.in(List.of("{", "\"id\": 1,", "\"name\": \"cut")), "a page cut inside the object");
  }

  @Test
  void aStringThePageWrappedGoesOnWhateverItsNextLineOpensWith() {
    assertEquals(Optional.of(new JsonParagraphs.Document(0, 5)),
        JsonParagraphs.in(List.of("{", "\"keep\": \"Number of versions to", "keep; omit it to inherit\",",
            "\"name\": \"Name\"", "}", "Related command")));
  }
}
