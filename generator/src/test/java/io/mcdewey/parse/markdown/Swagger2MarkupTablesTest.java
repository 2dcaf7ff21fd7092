package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Swagger2Markup's markdown, in the languages it prints: the parameter's location in a column headed Type
 * ({@code **Query**}), its type in the column after (Schema, or Type again), the required mark after the name in its
 * cell, and the section names and column names of each language.
 */
class Swagger2MarkupTablesTest {

  @Test
  void readsTheTablesOfTheEnglishOutput() {
    var api = parse("""
        #### Find a pet
        ```
        GET /pets/{petId}
        ```

        ##### Parameters

        |Type|Name|Description|Schema|
        |---|---|---|---|
        |**Path**|**petId**  <br>*required*|The pet|integer (int64)|
        |**Query**|**fields**  <br>*optional*|What to return|string|

        ##### Responses

        |HTTP Code|Description|Schema|
        |---|---|---|
        |**200**|OK|Pet|
        |**404**|Not Found|No Content|
        """);

    Operation found = operation(api, "GET", "/pets/{petId}");
    assertEquals(List.of("petId path true", "fields query false"), described(found));
    assertEquals("string", found.parameters().get(1).type());
    assertEquals(List.of(200, 404), statuses(found));
  }

  @Test
  void readsTheTablesOfTheChineseOutput() {
    var api = parse("""
        #### 新增用户
        ```
        POST /user/add
        ```

        ##### 参数

        |类型|名称|说明|类型|
        |---|---|---|---|
        |**Query**|**name**  <br>*必填*|用户名|string|
        |**Body**|**body**  <br>*可选*|用户|User|

        ##### 响应

        |HTTP代码|说明|类型|
        |---|---|---|
        |**200**|OK|string|
        |**401**|Unauthorized|无内容|
        """);

    Operation found = operation(api, "POST", "/user/add");
    assertEquals(List.of("name query true", "body body false"), described(found));
    assertEquals(List.of(200, 401), statuses(found));
  }

  @Test
  void readsTheTablesOfTheFrenchOutput() {
    var api = parse("""
        #### Supprimer un animal
        ```
        DELETE /pets/{petId}
        ```

        ##### Paramètres

        |Type|Nom|Description|Schéma|
        |---|---|---|---|
        |**Path**|**petId**  <br>*Requis*|L'animal|integer|
        |**Header**|**api_key**  <br>*Optionnel*|La clé|string|

        ##### Réponses

        |Code HTTP|Description|Schéma|
        |---|---|---|
        |**204**|No Content|Pas de contenu|
        """);

    Operation found = operation(api, "DELETE", "/pets/{petId}");
    assertEquals(List.of("petId path true", "api_key header false"), described(found));
    assertEquals(List.of(204), statuses(found));
  }

  @Test
  void aQueryRowNamingAVariableOfThePathIsThatVariable() {
    var api = parse("""
        #### Find a printer
        ```
        GET /printers/{id}
        ```

        ##### Parameters

        |Type|Name|Description|Schema|
        |---|---|---|---|
        |**Query**|**id**  <br>*required*|The printer|integer|
        """);

    assertEquals(List.of("id path true"), described(operation(api, "GET", "/printers/{id}")));
  }
}
