package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conventions of Microsoft's REST references: a page per endpoint whose title heads parts at the level below it
 * ({@code ## Permissions}, {@code ## HTTP request}, {@code ## Optional query parameters}), and answers listed in a
 * table named by their statuses.
 */
class MicrosoftReferencePagesTest {

  @Test
  void aPagesTitleHeadsTheEndpointItsPermissionsAndQualifiedPartsDocument() {
    Api api = parse("""
        # Get gadget

        Reads one gadget.

        ## Permissions

        | Permission type | Permissions |
        |:---|:---|
        | Delegated | Gadget.Read |

        ## HTTP request

        ```http
        GET /gadgets/{id}
        ```

        ## Optional query parameters

        | Name | Description |
        |:---|:---|
        | top | How many to list. |

        ## Request headers

        | Name | Description |
        |:---|:---|
        | Authorization | Bearer {token}. Required. |

        ## Response

        On success this method returns a `200 OK` response code.
        """);

    Operation get = operation(api, "GET", "/gadgets/{id}");
    assertEquals("Get gadget", get.title());
    assertEquals(List.of("id path true", "top query false", "Authorization header true"), described(get));
    assertEquals(List.of(200), statuses(get));
  }

  @Test
  void answersNamedByTheirStatusesInAColumnOfNamesAreTheEndpointsStatuses() {
    Api api = parse("""
        # Gadgets - Get

        ```http
        GET https://api.example.com/gadgets/{name}?api-version=2024-01-01
        ```

        ## Responses

        | Name | Type | Description |
        |---|---|---|
        | 200 OK | Gadget | Found. |
        | Other Status Codes | ErrorResponse | Failed. |

        # Gadgets - List

        `GET /gadgets`

        ## Responses

        | Name | Type | Description |
        |---|---|---|
        | value | Gadget[] | The gadgets. |
        | nextLink | string | 200 more may follow. |
        """);

    assertEquals(List.of(200), statuses(operation(api, "GET", "/gadgets/{name}")));
    assertEquals(List.of(), statuses(operation(api, "GET", "/gadgets")), "a column of names of fields");
  }
}
