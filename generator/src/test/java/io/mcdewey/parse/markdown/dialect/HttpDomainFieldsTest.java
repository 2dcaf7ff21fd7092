package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpDomainFieldsTest {

  @Test
  void readsEachParameterFieldWhereItsRequestCarriesIt() {
    assertEquals(ParameterLocation.PATH, parameter("param", "kennel").location());
    assertEquals(ParameterLocation.QUERY, parameter("queryparam", "limit").location());
    assertEquals(ParameterLocation.BODY, parameter("<json", "string", "name").location());
    assertEquals(ParameterLocation.BODY, parameter("json", "string", "name").location());
    assertEquals(ParameterLocation.BODY, parameter("jsonparam", "source").location());
    assertEquals(ParameterLocation.BODY, parameter("form", "name").location());
    assertEquals(ParameterLocation.HEADER, parameter("reqheader", "Authorization").location());
  }

  @Test
  void takesTheLastWordForTheNameAndTheOneBeforeForTheType() {
    MarkdownParameter limit = parameter("query", "integer", "limit");

    assertEquals("limit", limit.name());
    assertEquals("integer", limit.type());
  }

  @Test
  void readsRequiredOnlyWhereTheTextSaysSo() {
    assertEquals(null, HttpDomainFields.parameter(field("query", "At most this many.", "limit")).get().required());
    assertEquals(false,
        HttpDomainFields.parameter(field("query", "At most this many. Optional", "limit")).get().required());
    assertEquals(true, HttpDomainFields.parameter(field("<json", "Required. The name", "name")).get().required());
  }

  @Test
  void leavesResponseFieldsAndHeadersOut() {
    assertTrue(HttpDomainFields.parameter(field(">json", "The id", "string", "id")).isEmpty());
    assertTrue(HttpDomainFields.parameter(field("resheader", "The type", "Content-Type")).isEmpty());
  }

  @Test
  void aFieldNamedInCapitalisedWordsIsACaptionNotTheDomainsField() {
    assertTrue(HttpDomainFields.parameter(field("JSON", "", "Parameters")).isEmpty());
  }

  @Test
  void theDomainsAndSphinxsOwnFieldsAreKnownByName() {
    assertTrue(HttpDomainFields.isOwnField("query"));
    assertTrue(HttpDomainFields.isOwnField("statuscode"));
    assertTrue(HttpDomainFields.isOwnField("returns"));
    assertTrue(!HttpDomainFields.isOwnField("JSON"), "a caption in words");
  }

  @Test
  void readsStatusFields() {
    assertEquals(List.of(404), HttpDomainFields.status(field("statuscode", "No such kennel", "404")).stream()
        .map(Response::status).toList());
    assertEquals(List.of(201), HttpDomainFields.status(field("code", "Created", "201")).stream()
        .map(Response::status).toList());
    assertTrue(HttpDomainFields.status(field("param", "The id", "id")).isEmpty());
  }

  private static MarkdownParameter parameter(String name, String... arguments) {
    return HttpDomainFields.parameter(field(name, "", arguments)).orElseThrow();
  }

  private static MarkdownElement.FieldListItem field(String name, String body, String... arguments) {
    return new MarkdownElement.FieldListItem(name, List.of(arguments), body, 1);
  }
}
