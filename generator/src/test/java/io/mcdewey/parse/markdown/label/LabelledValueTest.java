package io.mcdewey.parse.markdown.label;

import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.parse.markdown.MarkdownParserTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledValueTest {

  @Test
  void aLabelIsAFewWordsEndingInAColonOfAnyWidth() {
    assertTrue(LabelledValue.isLabel("接口地址："));
    assertTrue(LabelledValue.isLabel("Error Response status codes to handle :"), "a spaced colon is no word");
    assertTrue(LabelledValue.isLabel("HTTP 请求方式："));
    assertTrue(LabelledValue.isLabel("Adresse de la ressource :"));
    assertFalse(LabelledValue.isLabel("The call below takes these arguments and returns a list of them all:"));
    assertFalse(LabelledValue.isLabel("Done. Next:"));
    assertFalse(LabelledValue.isLabel("/api/docs:"));
  }

  @Test
  void aValueIsAMethodOrAPathAlonePerhapsAsABullet() {
    assertEquals(Optional.of(new LabelledValue("GET", true)), LabelledValue.of("* GET"));
    assertEquals(Optional.of(new LabelledValue("/api/docs/:id", false)), LabelledValue.of("- /api/docs/:id"));
    assertEquals(Optional.empty(), LabelledValue.of("* Get the document"));
    assertEquals(Optional.empty(), LabelledValue.of("/api/docs and more"));
    assertEquals(Optional.of(new LabelledValue("https://{domain}/v1/user", false)),
        LabelledValue.of("https://{domain}/v1/user"));
    assertEquals(Optional.empty(), LabelledValue.of("https://example.com"), "a site, no path");
  }

  @Test
  void methodsListedTogetherInAnyLanguageAreAValueEach() {
    assertEquals(Optional.of(new LabelledValue("GET e POST", true)), LabelledValue.of("GET e POST"));
    assertEquals(Optional.empty(), LabelledValue.of("GET e mais"));
    Api api = parse("""
        # Estado do dispositivo

        Caminho: https://<server_uri>/device/status
        Métodos suportados: GET e POST

        # Controle

        Caminho: https://<server_uri>/device/relay/control
        Métodos suportados: POST
        """);

    assertEquals(List.of("GET /device/status", "POST /device/status", "POST /device/relay/control"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aMethodAndAPathUnderLabelsOfAnyLanguageMakeARequest() {
    Api api = parse("""
        # Документы

        ## Получить документ

        Адрес запроса:
            * /api/docs/detail/:id
        Метод:
            * GET

        ## Создать документ

        - Метод: POST
        - Адрес запроса: /api/docs/create

        ## 新建用户

        * 调用方式

            url地址：https://{domain}/takefree/v1/user

            请求方式：*POST*
        """);

    assertEquals(List.of("GET /api/docs/detail/{id}", "POST /api/docs/create", "POST /takefree/v1/user"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aKnownLabelOrARequestLineSaysMoreSurelyAndALoneValueMakesNoRequest() {
    Api api = parse("""
        # Kennels

        ## Kennels

        Deprecated address:
            /v1/kennels

        Method: GET

        URL: /v2/kennels

        ## Dogs

        URL: /dogs

        Methods not supported:
        - DELETE
        """);

    assertEquals(List.of("GET /v2/kennels"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aPathAndAMethodLabelledApartPairInEachSubsectionBeforeItsHeadingEnds() {
    Api api = parse("""
        # Resources

        ## Read

        Service path: http://{host}/app/resource/{id}

        HTTP Method: GET

        ## Delete

        Service path: http://{host}/app/resource/{id}/delete

        HTTP Method: DELETE
        """);

    assertEquals(List.of("GET /app/resource/{id}", "DELETE /app/resource/{id}/delete"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void theBodyTemplatePrintedUnderSuchLabelsIsTheRequestsBody() {
    Api api = parse("""
        ### 1. Đăng nhập

        * Link: /api/auth/login

        * Tham số truyền vào: Post
        ```json
        {
          "username": "Tài khoản",
          "password": "Mật mã của tài khoản"
        }
        ```
        """);

    assertEquals(List.of("username body null", "password body null"),
        MarkdownParserTest.described(api.operations().get(0)));
  }

  @Test
  void methodsALabelSaysAreNotTakenOrQualifiesOtherwiseMakeNoRequest() {
    Api api = parse("""
        # Estado

        Caminho: https://<server_uri>/device/status
        Métodos não suportados: PUT e DELETE

        # Upstream

        Upstream: https://<host>/internal/v1/orders
        Retried methods: GET, PUT and DELETE
        """);

    assertEquals(List.of(), api.operations());
  }

}
