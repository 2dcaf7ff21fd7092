package io.mcdewey.parse;

import static io.mcdewey.parse.FlattenedGuides.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The media type of an operation's answer: stated by the guide, else as its examples declare or look. */
class ResponseMediaTypesTest {
  private static final Provenance SOURCE = new Provenance("guide.md", null, null, 1);

  @Test
  void aFormatFieldNamesTheAnswersTypeApartFromTheRequestsContentType() {
    Operation refresh = guide().page(30, "Session—Refresh a Token This API refreshes a token. "
        + "https://<FQDN>/acme/sso/token URI: https://acme.example.com/acme/sso/token Example URI: Anyone. Security"
        + " Constraints: POST HTTP Method: application/x-www-form-urlencoded Content Type: Application/JSON"
        + " Input/Output Format: — HTTP Request: token=<token value> Request URI Parameters: 200: Success HTTP"
        + " Response:", "Session—Refresh a Token").read().operations().get(0);

    assertEquals("application/x-www-form-urlencoded", refresh.requestBody().mediaType());
    assertEquals("application/json", refresh.responseMediaType());
  }

  @Test
  void aBareFormatWordIsItsMediaType() {
    Operation list = guide().page(10, "Widget—List Widgets This API lists widgets. "
        + "https://<FQDN>/acme/api/Widgets URI: https://acme.example.com/acme/api/Widgets Example URI: Anyone. "
        + "Security Constraints: GET HTTP Method: — Content Type: HTML Input/Output Format: — HTTP Request: "
        + "— Request Parameters: 200: Success HTTP Response:", "Widget—List Widgets").read().operations().get(0);

    assertEquals("text/html", list.responseMediaType());
  }

  @Test
  void aDocumentedAcceptHeaderNamesIt() {
    Operation operation = operation().addParameter(new Parameter("accept", ParameterLocation.HEADER, true,
        "Must be application/vnd.acme+json", "", List.of(), null)).build();

    assertEquals("application/vnd.acme+json", ResponseMediaTypes.of(operation).responseMediaType());
  }

  @Test
  void elseTheFirstAnswerExampleThatDeclaresOrLooksLikeOne() {
    Operation declared = operation()
        .addExample(new Example(Example.Kind.FAILURE_RESPONSE, "", "", "<ApiErrors/>"))
        .addExample(new Example(Example.Kind.RESPONSE, "", "", "plain words"))
        .addExample(new Example(Example.Kind.RESPONSE, "", "Application/XML", "{}"))
        .build();
    Operation shown = operation().addExample(new Example(Example.Kind.RESPONSE, "", "", " [{\"id\": 1}]")).build();

    assertEquals("application/xml", ResponseMediaTypes.of(declared).responseMediaType());
    assertEquals("application/json", ResponseMediaTypes.of(shown).responseMediaType());
    assertEquals("", ResponseMediaTypes.of(operation().build()).responseMediaType());
  }

  @Test
  void aStatedTypeIsKept() {
    Operation stated = operation().responseMediaType("text/csv")
        .addExample(new Example(Example.Kind.RESPONSE, "", "", "{}")).build();

    assertEquals("text/csv", ResponseMediaTypes.of(stated).responseMediaType());
  }

  private static Operation.Builder operation() {
    return Operation.builder("get-widget", SOURCE).method("GET").path("/widgets");
  }
}
