package io.mcdewey.parse.markdown.request;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodTitleTest {

  @Test
  void namesTheMethodOfATitleMadeOfItAlonePerhapsPluralWithARemark() {
    assertEquals(Optional.of("GET"), MethodTitle.of("GETs (reading data)"));
    assertEquals(Optional.of("DELETE"), MethodTitle.of(" DELETE "));
    assertEquals(Optional.of("PUT"), MethodTitle.of("PUTs"));
  }

  @Test
  void namesNoMethodAmongOtherWordsOrInLowerCase() {
    assertEquals(Optional.empty(), MethodTitle.of("GET requests and caching"));
    assertEquals(Optional.empty(), MethodTitle.of("Gets"));
    assertEquals(Optional.empty(), MethodTitle.of("GETTING STARTED"));
  }

  @Test
  void aTitleOfOtherWordsMayCloseWithItsMethodInParenthesesOrBrackets() {
    assertEquals(Optional.of("GET"), MethodTitle.closing("Retrieve Users (GET)"));
    assertEquals(Optional.of("POST"), MethodTitle.closing("Create a note [POST]"));
    assertEquals(Optional.empty(), MethodTitle.closing("(GET)"), "a method alone is another title");
    assertEquals(Optional.empty(), MethodTitle.closing("Caching (GET requests)"));
    assertEquals(Optional.empty(), MethodTitle.closing("Retrieve Users (get)"));
    Api api = parse("""
        Retrieve Users (GET)
        ====================

        Request
        -------
        ``https://--base--/api/v1/users``
        """);
    assertEquals(List.of("GET /api/v1/users"), api.operations().stream().map(o -> o.method() + " " + o.path())
        .toList());
  }

  @Test
  void aTitleNamingACallMayOpenWithItsMethodJoinedToTheName() {
    assertEquals(Optional.of("POST"), MethodTitle.ofNamedCall("POST-User"));
    assertEquals(Optional.of("DELETE"), MethodTitle.ofNamedCall("DELETE Servers"));
    assertEquals(Optional.of("GET"), MethodTitle.ofNamedCall("Retrieve Users (GET)"));
    assertEquals(Optional.empty(), MethodTitle.ofNamedCall("Get-User"), "in capitals only");
    assertEquals(Optional.empty(), MethodTitle.ofNamedCall("GET /users"), "a request line is no name");
    assertEquals(Optional.empty(), MethodTitle.ofNamedCall("GETTING STARTED"));
    assertEquals(Optional.empty(), MethodTitle.ofNamedCall("PUT vs POST"), "two methods compared");
    Api api = parse("""
        =========
        PUT-User
        =========

        Path
        ----
        .. list-table::
           :header-rows: 1

           * - URL
             - Comments
           * - /user/<userId>
             - N/A
        """);
    assertEquals(List.of("PUT /user/{userId}"), api.operations().stream().map(o -> o.method() + " " + o.path())
        .toList());
  }

  @Test
  void aTableOfPathsUnderAMethodTitleListsThatMethodsRequests() {
    Api api = parse("""
        # Kennels

        ## GETs (reading data)

        | Resource | Description |
        | --- | --- |
        | `/kennels` | Every kennel. |
        | `/kennels/{name}` | One kennel. |
        | Any other path | Not found. |

        ## PUTs

        | Resource | Description |
        | --- | --- |
        | `/kennels/{name}/import` | Imports it. |
        | `/kennels/{name}/import?rescan=false` | The same, without a rescan. |

        ## Paths

        | Resource | Description |
        | --- | --- |
        | `/dogs` | Named by no method. |
        """);

    assertEquals(List.of("GET /kennels", "GET /kennels/{name}", "PUT /kennels/{name}/import"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of("name path true", "rescan query null"),
        described(operation(api, "PUT", "/kennels/{name}/import")));
  }

  @Test
  void aSectionPrintingARequestOfItsOwnListsNoRequestsInItsTables() {
    Api api = parse("""
        # Kennels

        ## PATCH

        `PATCH /kennels/{id}`

        | Path | Operations |
        | --- | --- |
        | `/name` | replace |
        | `/size` | replace, remove |
        """);

    assertEquals(List.of("PATCH /kennels/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
