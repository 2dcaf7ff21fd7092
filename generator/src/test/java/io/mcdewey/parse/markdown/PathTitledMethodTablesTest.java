package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section titled by a resource's path over a table of the methods it takes, as GeoServer's references print it. */
class PathTitledMethodTablesTest {

  @Test
  void eachMethodRowIsARequestOfTheTitlesPathAndA405RowIsNone() {
    Api api = parse("""
        # Namespaces

        ## `/namespaces/<ns>[.<format>]`

        Acts on one namespace.

        | Method | Action | Status code |
        | --- | --- | --- |
        | GET | Returns the namespace | 200 |
        | POST | | 405 |
        | DELETE | Removes the namespace | 200 |

        ## `/namespaces[.<format>]`

        | Method | Action | Status code |
        | --- | --- | --- |
        | GET | Lists the namespaces | 200 |
        """);

    assertEquals(List.of("GET /namespaces/{ns}", "DELETE /namespaces/{ns}", "GET /namespaces"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of(200), statuses(operation(api, "DELETE", "/namespaces/{ns}")));
  }

  @Test
  void aTableOfMethodsUnderATitleOfWordsMakesNoRequest() {
    Api api = parse("""
        ## Supported methods

        | Method | Action |
        | --- | --- |
        | GET | Reads |
        """);

    assertEquals(List.of(), api.operations());
  }

  @Test
  void aTableOfMethodsWithoutAColumnOfStatusesMakesNoRequest() {
    Api api = parse("""
        ## `/etc/proxy/routes.yaml`

        | Method | Forwarded | Notes |
        | --- | --- | --- |
        | GET | yes | cached |
        | POST | yes | |
        """);

    // The rows are no requests each (the caption of a path over a method label is an older rule's).
    assertEquals(List.of(), api.operations().stream().filter(o -> o.method().equals("POST")).toList());
  }

}
