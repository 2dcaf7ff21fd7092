package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRouteListsTest {

  @Test
  void objectsNamingAMethodAndAPathAreEndpointsTitledByTheirDescriptions() {
    List<MarkdownElement> elements = JsonRouteLists.read("""
        {
          "status": "ok",
          "endpoints": [
            {"method": "GET", "path": "/orders/list", "description": "Lists the orders."},
            {"method": "post", "path": "/orders/create"}
          ]
        }
        """);

    assertEquals(List.of(new MarkdownElement.Heading(2, "Lists the orders.", 4, false),
        new MarkdownElement.TextLine("GET /orders/list", 4, false),
        new MarkdownElement.Heading(2, "POST /orders/create", 5, false),
        new MarkdownElement.TextLine("POST /orders/create", 5, false)), elements);
  }

  @Test
  void aDocumentListingOneRouteOrNoneOrNoJsonIsNone() {
    assertEquals(List.of(), JsonRouteLists.read("{\"method\": \"GET\", \"path\": \"/health\"}"));
    assertEquals(List.of(),
        JsonRouteLists.read("{\"method\": \"email\", \"path\": \"/a\", \"x\": {\"method\": \"sms\"}}"));
    assertEquals(List.of(), JsonRouteLists.read("# Orders\n\nGET /orders \"method\""));
    assertEquals(List.of(), JsonRouteLists.read("{ \"method\": broken"));
  }
}
