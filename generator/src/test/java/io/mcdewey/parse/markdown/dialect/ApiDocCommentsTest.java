package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDocCommentsTest {
  private static final String SOURCE = """
      \t/**
      \t * @api {get} /kennels/:kennelId/dogs List the dogs of a kennel
      \t * @apiName listDogs
      \t * @apiGroup Dogs
      \t * @apiDescription Lists the dogs
      \t *   that live there.
      \t * @apiParam (Path Parameters) {String} kennelId The kennel's number.
      \t * @apiParam (Query Parameters) {Number{1-100}} [limit=20] How many to list.
      \t * @apiHeader {String} Authorization The caller's token.
      \t * @apiSuccess {Dog[]} dogs The dogs.
      \t * @apiErrorExample {json} Error-Response:
      \t *     HTTP/1.1 404 Not Found
      \t *     {"error": "no such kennel"}
      \t */
      \tpublic List<Dog> dogs() { return List.of(); }

      // @api {post} kennels Open a kennel
      // @apiBody {String} name Its name.
      """;

  @Test
  void readsEachApiBlockAsAnEndpoint() {
    List<MarkdownElement> elements = ApiDocComments.read(SOURCE);

    assertEquals(new MarkdownElement.Heading(2, "List the dogs of a kennel", 2, false), elements.get(0));
    assertEquals("GET /kennels/:kennelId/dogs", ((MarkdownElement.TextLine) elements.get(1)).text());
    assertEquals(List.of("Lists the dogs", "that live there."),
        elements.subList(2, 4).stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
    MarkdownElement.Table parameters = (MarkdownElement.Table) elements.get(4);
    assertEquals(List.of(List.of("kennelId", "path", "String", "yes", "The kennel's number."),
        List.of("limit", "query", "Number{1-100}", "no", "How many to list."),
        List.of("Authorization", "header", "String", "yes", "The caller's token.")), parameters.rows());
    assertEquals(List.of(List.of("404", "Not Found")), ((MarkdownElement.Table) elements.get(5)).rows());
  }

  @Test
  void rootsAPathPrintedWithoutItsSlash() {
    List<MarkdownElement> elements = ApiDocComments.read(SOURCE);

    assertEquals("POST /kennels", ((MarkdownElement.TextLine) elements.get(7)).text());
    assertEquals(List.of(List.of("name", "body", "String", "yes", "Its name.")),
        ((MarkdownElement.Table) elements.get(8)).rows());
  }

  @Test
  void tellsApiDocCommentsFromTextAboutThem() {
    assertTrue(ApiDocComments.isApiDoc("Dogs.java", " * @api {get} /dogs List"));
    assertTrue(ApiDocComments.isApiDoc("dogs.py", "# Dogs\n# @api {get} /dogs List"));
    assertFalse(ApiDocComments.isApiDoc("dogs.txt", "Write `@api {get} /dogs` over each method."));
    assertFalse(ApiDocComments.isApiDoc("apidoc.md", " * @api {get} /dogs List"), "a page of markup");
    assertFalse(ApiDocComments.isApiDoc("apidoc.txt", "Example:\n```js\n/**\n * @api {get} /dogs List\n */\n```"),
        "an example in a fence");
  }

  @Test
  void readsNoEndpointOfABlockDefiningFieldsForReuse() {
    List<MarkdownElement> elements = ApiDocComments.read("""
        /**
         * @apiDefine Tenant
         * @apiHeader {String} X-Tenant The tenant.
         */
        /**
         * @api {get} /teams List the teams
         * @apiParam {String} [sort] The order.
         */
        /**
         * @apiDefine Paging
         * @apiParam {Number} page The page.
         */
        """);

    assertEquals(List.of(List.of("sort", "", "String", "no", "The order.")),
        ((MarkdownElement.Table) elements.get(2)).rows());
    assertEquals(3, elements.size());
  }

  @Test
  void readsATypeItsBraceLeftOpenAndATagWithoutPath() {
    List<MarkdownElement> elements = ApiDocComments.read("""
        /**
         * @api {get}
         * @api {get} /dogs List
         * @apiParam (Query) {String
         */
        """);

    assertEquals("GET /dogs", ((MarkdownElement.TextLine) elements.get(1)).text());
    assertEquals(2, elements.size(), "a field without a name is none");
  }
}
