package io.mcdewey.parse;

import static io.mcdewey.parse.FlattenedGuides.FOOTER;
import static io.mcdewey.parse.FlattenedGuides.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Running footers are found and stripped however a conversion spaced or broke their words. */
class PageFootersTest {
  private static final String LIST = "Widget—List Widgets This API returns every widget. "
      + "https://<FQDN>/acme/api/Widgets URI: https://acme.example.com/acme/api/Widgets Example URI: Anyone. "
      + "Security Constraints: GET HTTP Method: — Content Type: XML Input/Output Format: — HTTP Request: "
      + "— Request Parameters: 200: Success 401: Authorization Failure HTTP Response: "
      + "<Widgets> <Widget> <id>7</id> </Widget> </Widgets> Example Response:";
  private static final String DELETE = "Widget—Delete a Widget This API deletes a widget. "
      + "https://<FQDN>/acme/api/Widget/<id> URI: https://acme.example.com/acme/api/Widget/7 Example URI: "
      + "Administrators. Security Constraints: DELETE HTTP Method: — Content Type: XML Input/Output Format: — HTTP "
      + "Request: id (required): The ID of the widget Request Parameters: 200: Success 404: Not Found HTTP Response:";

  /** Two sections over three pages, the second page missing its heading's page: footers name every section. */
  private static Api read(UnaryOperator<String> footerLayout) {
    int split = LIST.indexOf("Security Constraints:");
    int tail = DELETE.indexOf("Security Constraints:");
    return guide().footersLaidOut(footerLayout)
        .page(10, LIST.substring(0, split), "Widget—List Widgets")
        .page(11, LIST.substring(split) + " " + DELETE.substring(0, tail), "Widget—Delete a Widget")
        .page(13, DELETE.substring(tail), "Widget—Delete a Widget")
        .read();
  }

  @Test
  void footersWithDoubledSpacesReadAsPrinted() {
    assertEquals(read(UnaryOperator.identity()), read(footer -> footer.replace(" ", "  ")));
  }

  @Test
  void footersBrokenOverLinesReadAsPrinted() {
    Api printed = read(UnaryOperator.identity());

    assertEquals(printed, read(footer -> footer.replace(" ", "\n")));
    assertEquals(printed, read(footer -> footer.replace(", Release", ",\nRelease")));
    assertEquals(printed, read(footer -> footer.replace("Delete a", "Delete\na")));
    assertEquals(List.of("Widget—List Widgets", "Widget—Delete a Widget"),
        printed.operations().stream().map(Operation::title).toList());
    assertFalse(printed.operations().get(1).description().contains("Release"));
  }

  @Test
  void aFooterSectionEndsWherePageFurnitureStands() {
    Api api = guide()
        .rawPage(9, FOOTER + " 9\nContents\nC H A P T E R 2\nWidget APIs " + LIST + " " + FOOTER + " 10 Acme APIs"
            + " Widget—List Widgets\n\nImage 1 from page 14")
        .read();

    assertEquals(List.of("Widget—List Widgets"), api.operations().stream().map(Operation::title).toList());
    assertEquals("GET", api.operations().get(0).method());
  }

  @Test
  void aChapterOpeningFooterNamesNoSectionOfTheParagraphAfterIt() {
    Api api = guide().rawPage(10, "This chapter lists the widget calls. " + FOOTER + " 10\n\n" + LIST).read();

    assertEquals(List.of("Widget—List Widgets"), api.operations().stream().map(Operation::title).toList());
    assertEquals("/acme/api/Widgets", api.operations().get(0).path());
  }
}
