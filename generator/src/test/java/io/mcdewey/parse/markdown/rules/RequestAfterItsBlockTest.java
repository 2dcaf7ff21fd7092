package io.mcdewey.parse.markdown.rules;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestAfterItsBlockTest {

  @Test
  void theBadgeOpeningABlockBecomesTheRequestLineOfThePathAfterIt() {
    List<MarkdownElement> elements = RequestAfterItsBlock.read(MarkdownElements.read("""
        get
        Query parameters
        limit integer Optional
        Responses
        200Success
        get
        /api/contacts200Success
        """));

    assertEquals(List.of("GET /api/contacts", "Query parameters", "limit integer Optional", "Responses", "200Success"),
        elements.stream().map(element -> ((MarkdownElement.TextLine) element).text()).toList());
  }

  @Test
  void theBlocksPartsAreItsRequestsThoughItsPathComesLast() {
    Api api = parse("""
        ## Contacts

        get
        Query parameters
        limitintegerOptional
        Responses
        200Success
        application/json
        get
        /api/contacts200Success
        post
        Body
        first_namestring · max: 50Required
        last_namestring · max: 50Required
        Responses
        201Success
        application/json
        post
        POST /api/contacts HTTP/1.1
        Host: api.example.com
        """);

    assertEquals(List.of("limit query false"), described(operation(api, "GET", "/api/contacts")));
    assertEquals(List.of(200), statuses(operation(api, "GET", "/api/contacts")));
    assertEquals(List.of("first_name body true", "last_name body true"),
        described(operation(api, "POST", "/api/contacts")));
    assertEquals(List.of(201), statuses(operation(api, "POST", "/api/contacts")));
  }

  @Test
  void aBadgeOverItsPathOrWithoutTheSameBadgeAfterItIsLeftAsPrinted() {
    List<MarkdownElement> badgeOverPath = MarkdownElements.read("""
        get
        /api/contacts
        Responses
        get
        /api/other
        """);
    assertEquals(badgeOverPath, RequestAfterItsBlock.read(badgeOverPath));
    List<MarkdownElement> otherMethod = MarkdownElements.read("""
        get
        Responses
        post
        /api/contacts
        """);
    assertEquals(otherMethod, RequestAfterItsBlock.read(otherMethod));
  }

  @Test
  void aRequestPrintedAfterItsPartsGluedToTheNextCaptionOpensThem() {
    Api api = parse("""
        Webhooks
        Body
        urlstringRequiredExample:
        Address notifications are sent to
        https://example.com/hookResponses
        201
        Created
        post
        /api/webhook/subscriptionPath parameters
        idstringRequired
        Subscription ID
        Responses
        404
        Subscription not found
        put
        /api/webhook/subscription/{id}Last updated
        """);

    assertEquals(List.of("POST /api/webhook/subscription", "PUT /api/webhook/subscription/{id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of(201), statuses(operation(api, "POST", "/api/webhook/subscription")));
    assertEquals(List.of("url"), operation(api, "POST", "/api/webhook/subscription").parameters().stream()
        .map(p -> p.name()).toList());
    assertEquals(List.of(404), statuses(operation(api, "PUT", "/api/webhook/subscription/{id}")));
  }

  @Test
  void aPathGluedToTheFooterInAnotherScriptOrToItsSampleAnswersTabEndsThere() {
    Api api = parse("""
        Authorizations
        AuthorizationstringRequired
        Responses
        200
        Successful Response
        get
        /api/auth/me200
        Successful Response
        Body
        refresh_tokenstringRequired
        Responses
        201
        Created
        post
        /api/auth/refresh-tokenПоследнее обновление
        """);

    assertEquals(List.of("GET /api/auth/me", "POST /api/auth/refresh-token"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of("refresh_token"), operation(api, "POST", "/api/auth/refresh-token").parameters().stream()
        .map(p -> p.name()).toList());
    assertEquals(List.of(201), statuses(operation(api, "POST", "/api/auth/refresh-token")));
  }

  @Test
  void aPathInAnotherScriptOrEndingInANumberAfterASlashIsWhole() {
    List<MarkdownElement> cyrillicPath = MarkdownElements.read("""
        Responses
        200
        get
        /api/поиск
        """);
    assertEquals(cyrillicPath, RequestAfterItsBlock.read(cyrillicPath));
    List<MarkdownElement> numberedPath = MarkdownElements.read("""
        Responses
        200
        get
        /api/v1/200
        Successful Response
        """);
    assertEquals(numberedPath, RequestAfterItsBlock.read(numberedPath));
    List<MarkdownElement> digitsOfAWord = MarkdownElements.read("""
        Authorizations
        Responses
        200
        Certificate
        get
        /api/certs/x509
        Successful Response
        Authorizations
        """);
    assertEquals(digitsOfAWord, RequestAfterItsBlock.read(digitsOfAWord), "509 is no status the block answers");
  }
}
