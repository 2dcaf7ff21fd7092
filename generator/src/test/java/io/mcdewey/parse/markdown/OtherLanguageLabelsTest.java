package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References in Italian, Japanese, Chinese, Polish and Persian: their labels of parameters, statuses and examples,
 * their column words, labels whose values are blocks of code, and a caption alone saying the parameters under it are
 * required.
 */
class OtherLanguageLabelsTest {

  @Test
  void readsAnItalianReferencesLabelsAndColumns() {
    Api api = parse("""
        ### Crea un ordine

        `POST /orders`

        **Parametri della richiesta**

        | Nome | Tipo | Obbligatorio | Descrizione |
        |------|------|--------------|-------------|
        | sku | string | Sì | Articolo |
        | note | string | No | Testo libero |

        **Codici di risposta**

        | Codice | Descrizione |
        |--------|-------------|
        | 201 | Creato |
        | 409 | Già presente |
        """);

    assertEquals(List.of("sku body true", "note body false"), described(operation(api, "POST", "/orders")));
    assertEquals(List.of(201, 409), statuses(operation(api, "POST", "/orders")));
  }

  @Test
  void readsAJapaneseReferencesLabelsAndColumns() {
    Api api = parse("""
        ## 注文一覧

        GET /v1/orders

        クエリパラメータ

        | パラメータ名 | 型 | 必須 | 説明 |
        |---|---|---|---|
        | limit | integer | 任意 | 件数 |

        ステータスコード

        | ステータスコード | 説明 |
        |---|---|
        | 200 | 成功 |
        | 401 | 認証エラー |
        """);

    assertEquals(List.of("limit query false"), described(operation(api, "GET", "/v1/orders")));
    assertEquals(List.of(200, 401), statuses(operation(api, "GET", "/v1/orders")));
  }

  @Test
  void aSpanishErrorsTableHeadedEstadoWithCodesSharingARow() {
    Api api = parse("""
        ## Cancelar reserva

        `DELETE /v1/bookings/{id}`

        Errores

        | Estado | Código | Caso |
        |---|---|---|
        | 404 | booking_not_found | No existe. |
        | 401/403 | auth | Credenciales no válidas. |
        """);

    assertEquals(List.of(404, 401, 403), statuses(operation(api, "DELETE", "/v1/bookings/{id}")));
  }

  @Test
  void labelsWhoseValuesArePrintedAsBlocksOfCode() {
    Api api = parse("""
        ### 拉取设备列表

        **URI:**

            https://open.example.com/iot/devices/

        **请求方式：**

            GET

        **请求参数 Query:**

        | 参数 | 说明 | 是否必填 |
        | --- | --- | --- |
        | access_token | 凭证 | 必填 |
        | limit | 数量 | 否，默认值 10 |
        """);

    assertEquals(List.of("access_token query true", "limit query false"),
        described(operation(api, "GET", "/iot/devices/")));
  }

  @Test
  void aRequiredCaptionAloneUnderALabelOfParametersMarksTheRowsOfTheTableUnderIt() {
    Api api = parse("""
        ## Nowe konto

        Końcówka API api/account/create
        Metoda POST
        Parametry
        Wymagane
        Nazwa Typ Wartość Opis
        email string - Adres konta
        password string - Hasło
        """);

    assertEquals(List.of("email body true", "password body true"),
        described(operation(api, "POST", "/api/account/create")));
  }

  @Test
  void aRequiredWordAfterAParameterAwaitingItsDescriptionIsItsMark() {
    Api api = parse("""
        ## Remove a backup

        DELETE /backups/{uuid}

        Query parameters
        location={location}
        Required
        Where the backup is removed from.
        """);

    assertEquals(List.of("uuid path true", "location query true"),
        described(operation(api, "DELETE", "/backups/{uuid}")));
  }

  @Test
  void aPersianPagesParameterRowsSavedWithoutBordersUnderItsLabel() {
    Api api = parse("""
        POST /api/v1/send

        ارسال پیام

        پارامترها

        نام نوع توضیحات
        phone * string شماره تلفن
        message * string متن پیام
        caption string عنوان

        پاسخ

        200 OK
        """);

    assertEquals(List.of("phone body true", "message body true", "caption body null"),
        described(operation(api, "POST", "/api/v1/send")));
    assertEquals(List.of(200), statuses(operation(api, "POST", "/api/v1/send")));
  }

  @Test
  void aTypedLineWithoutAMarkInAScriptWithoutCapitalsIsARowUnlessItClosesAsASentence() {
    Api api = parse("""
        ## 创建订单

        POST /api/orders

        请求参数

        json string 需要先进行 URL 编码后再放入请求体。
        order_id string 订单号
        """);

    assertEquals(List.of("order_id body null"), described(operation(api, "POST", "/api/orders")));
  }

  @Test
  void russianMarksInAnItemsParenthesesUnderARequestHeading() {
    Api api = parse("""
        ### Создание сервиса

        **POST** `/api/v1/services`

        #### Request

        ```json
        {"name": "API", "description": "Шлюз"}
        ```

        **Поля:**
        - `name` (обязательное) - название
        - `description` (опциональное) - описание
        """);

    assertEquals(List.of("name body true", "description body false"),
        described(operation(api, "POST", "/api/v1/services")));
  }

  @Test
  void capitalisedNotesUnderARequestHeadingAreNoParameters() {
    Api api = parse("""
        ### Create a report
        **POST** `/reports`

        #### Request
        - Sandbox (optional) - You may first try the call in the sandbox.
        - JSON (required) - The body must be JSON.
        - `title` (string, required) - the report's title
        """);

    assertEquals(List.of("title body true"), described(operation(api, "POST", "/reports")));
  }

  @Test
  void capitalisedFieldsGivingTheirTypeUnderARequestHeadingAreParameters() {
    Api api = parse("""
        ### Send a message
        **POST** `/`

        #### Request
        - Action (string, required) - must be SendMessage
        - QueueUrl (string, required) - the queue
        """);

    assertEquals(List.of("Action body true", "QueueUrl body true"), described(operation(api, "POST", "/")));
  }

  @Test
  void itemsOpeningWithTheTypeThenTheNameAsCode() {
    Api api = parse("""
        ## PATCH auth/user/:uid

        ### Параметры

        - **str** `email`. Адрес электронной почты.
        - **int** `age`. Возраст.
        - string values are compared as they are.
        """);

    assertEquals(List.of("uid path true", "email body null", "age body null"),
        described(operation(api, "PATCH", "/auth/user/{uid}")));
  }

  @Test
  void readsATurkishBodyTableUnderItsLabelWithItsFieldAndTypeColumns() {
    Api api = parse("""
        ### Talep oluştur
        **Endpoint:** `POST /tickets`

        **İstek Gövdesi:**

        | Alan | Tip | Zorunlu | Açıklama |
        |------|-----|---------|----------|
        | `title` | string | ✅ | Başlık |
        | `priority` | string | ❌ | Öncelik |
        """);

    assertEquals(List.of("title body true", "priority body false"), described(operation(api, "POST", "/tickets")));
  }

  @Test
  void aTurkishLabelOfTheAnswersFieldsListsNoParameters() {
    Api api = parse("""
        ### Talep getir
        **Endpoint:** `GET /tickets/{id}`

        **Yanıt Alanları:**

        | Alan | Tip | Açıklama |
        |------|-----|----------|
        | `durum` | string | Talep durumu |
        """);

    assertEquals(List.of("id path true"), described(operation(api, "GET", "/tickets/{id}")));
  }
}
