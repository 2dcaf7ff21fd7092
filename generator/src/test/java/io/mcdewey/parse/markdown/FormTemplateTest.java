package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormTemplateTest {

  private static List<String> named(String line) {
    return FormTemplate.parameters(line).stream().map(p -> p.name() + " " + p.required()).toList();
  }

  @Test
  void eachPairNamesAParameterAndAnOptionalGroupsPairsAreOptional() {
    assertEquals(List.of("name null", "host null"), named("name=<name>&host=<host name>"));
    assertEquals(List.of("from null", "kind null", "type false"),
        named("from=<bucket>&kind=continuous(&type=(capi|xmem))?"));
    assertEquals(List.of("name null", "color null"), named("name=<name>(&color=<color>)"));
    assertEquals(List.of("name null", "tag false"), named("name=<name>(&tag=<tag>)*"));
    assertEquals(List.of("name null", "a null", "b false"), named("name=<n>((&a=<a>)(&b=<b>)?)"));
  }

  @Test
  void aLineOfAnythingElseIsNoTemplate() {
    assertEquals(List.of(), named("<setting-name>=<setting-value>(&<setting-name>=<setting-value>)*"));
    assertEquals(List.of(), named("Set size=10 to get ten."));
    assertEquals(List.of(), named("No pairs here"));
    assertEquals(List.of(), named("?size=10&page=2"));
  }

  @Test
  void aTemplateUnderARequestLineNamesItsBodyParameters() {
    Api api = parse("""
        # Kennels

        POST /kennels
        name=<name>&size=<size>(&breed=<breed>)?

        POST /kennels/<id>/close

        GET /kennels
        page=2

        DELETE /sessions
        token=<token>(&all=<yes>)?
        """);

    assertEquals(List.of("name body null", "size body null", "breed body false"),
        described(operation(api, "POST", "/kennels")));
    assertEquals(List.of("id path true"), described(operation(api, "POST", "/kennels/{id}/close")));
    assertEquals(List.of(), described(operation(api, "GET", "/kennels")), "a query is no body of a GET");
    assertEquals(List.of("token body null", "all body false"), described(operation(api, "DELETE", "/sessions")));
  }
}
