package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExampleUrisTest {

  @Test
  void anExampleTakesTheTemplatePrintedAloneThatItFillsIn() {
    assertEquals("http://localhost:8080/{shelter}/kennels/{id}?verbose=",
        MarkdownExampleUris.filledTemplate("http://localhost:8080/north/kennels/7?verbose=",
            List.of("/{shelter}/dogs/{id}", "/{shelter}/kennels/{id}")));
    assertEquals("/kennels/{id}", MarkdownExampleUris.filledTemplate("/kennels/7", List.of("/kennels/{id}")));
  }

  @Test
  void anExampleOfAnotherShapeKeepsItsUri() {
    assertEquals("/kennels/7/dogs", MarkdownExampleUris.filledTemplate("/kennels/7/dogs", List.of("/kennels/{id}")));
    assertEquals("/cats/7", MarkdownExampleUris.filledTemplate("/cats/7", List.of("/kennels/{id}")));
    assertEquals("/kennels/", MarkdownExampleUris.filledTemplate("/kennels/", List.of("/kennels/{id}")));
  }
}
