package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Columns told by what their cells hold or by the place their header names, and field names that spell a label's
 * word: parameter tables of pages no profile was written for.
 */
class TablesNamedByTheirCellsTest {

  @Test
  void aColumnOfRequiredWordsUnderAHeaderOfOtherWordsIsTheRequiredColumn() {
    var api = parse("""
        ## Recursos

        `POST /requestResources`

        | Parâmetro | Recurso | Observação |
        |--|--|--|
        | contract_hash | Obrigatório | Hash do contrato |
        | group_token | Opcional | Grupo |

        ## Kennels

        `GET /kennels`

        | Name | Nullable | Description |
        |--|--|--|
        | size | yes | How many |
        """);

    assertEquals(List.of("contract_hash body true", "group_token body false"),
        described(operation(api, "POST", "/requestResources")));
    assertEquals(List.of("size query null"), described(operation(api, "GET", "/kennels")), "yes says nothing here");
  }

  @Test
  void aFirstColumnHeadedByThePlaceItsFieldsGoNamesThemThereButNoNameInParentheses() {
    var api = parse("""
        ## POST /users

        | Request Body | Required / Optional | Description | Type |
        | --- | --- | --- | --- |
        | firstName | Required | First name. | string |
        | bio | Optional | A few words. | string |
        | (user) | (n/a) | Set to the user signed in. | (n/a) |

        | Header Parameter | Required / Optional | Description |
        | --- | --- | --- |
        | Authorization | Required | A token. |
        """);

    assertEquals(List.of("Authorization header true", "firstName body true", "bio body false"),
        described(operation(api, "POST", "/users")));
  }

  @Test
  void aFieldNamedByALabelsWordIsAFieldNotTheLabel() {
    var api = parse("""
        ## Files [/files]

        ### Move [POST]

        + Attributes
            + `query`: demo (string, required) - text to look for
            + path: required(string) - where the file goes

        ## Rename

        `POST /rename`

        Parameters:

        - path: the new name
        """);

    assertEquals(List.of("query body true", "path body true"), described(operation(api, "POST", "/files")));
    assertEquals(List.of("path body null"), described(operation(api, "POST", "/rename")));
  }

  @Test
  void aSummaryOfEndpointsWithAColumnOfStatusCodesGivesThemToTheEndpointsDocumented() {
    var api = parse("""
        ## POST `/auth/token`

        Signs in.

        ## GET `/users/me/`

        The user signed in.

        ## Matriz geral de endpoints

        | Método | Endpoint | Autenticação | Validação/resultado |
        |---|---|---|---|
        | POST | `/auth/token` | Não | 200 / 401 / 422 |
        | GET | `/users/me/` | Sim | 200 / 401 |
        """);

    assertEquals(2, api.operations().size());
    assertEquals(List.of(200, 401, 422), statuses(operation(api, "POST", "/auth/token")));
    assertEquals(List.of(200, 401), statuses(operation(api, "GET", "/users/me/")));
  }

  @Test
  void aDashBesideCheckMarksSaysNoAndBesideWordsNothing() {
    var api = parse("""
        ## Chat

        `POST /chat`

        | 필드 | 타입 | 필수 | 설명 |
        |--|--|--|--|
        | content | string | ✓ | The message |
        | persona | string | - | The voice |

        ## Kennels

        `POST /kennels`

        | Name | Required | Description |
        |--|--|--|
        | name | Yes | Its name |
        | size | - | How many |
        """);

    assertEquals(List.of("content body true", "persona body false"), described(operation(api, "POST", "/chat")));
    assertEquals(List.of("name body true", "size body null"), described(operation(api, "POST", "/kennels")));
  }
}
