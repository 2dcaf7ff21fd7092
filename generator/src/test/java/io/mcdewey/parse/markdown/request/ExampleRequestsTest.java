package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.UriTemplate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExampleRequestsTest {

  private static boolean instantiates(String template, String example) {
    return ExampleRequests.instantiates(UriTemplate.parse(template), UriTemplate.parse(example));
  }

  @Test
  void aRequestFillingTheTemplatesVariablesWithValuesShowsIt() {
    assertTrue(instantiates("/kennels/{kennel_id}/dogs", "/kennels/3f2a9c1e-77b1/dogs"));
    assertTrue(instantiates("/kennels/{id}", "/kennels/12?include=dogs%2Cowners"));
    assertTrue(instantiates("/kennels", "/kennels?breed=terrier"));
    assertTrue(instantiates("/dogs/search?q={term}", "/dogs/search?q=Rex"));
  }

  @Test
  void aWordInAVariablesPlaceOrAQueryWithoutValuesIsAnEndpointOfItsOwn() {
    assertFalse(instantiates("/users/{id}", "/users/me"));
    assertFalse(instantiates("/kennels", "/kennels?breed="));
    assertFalse(instantiates("/kennels/{id}", "/kennels/12/dogs"));
    assertFalse(instantiates("/kennels/{id}", "/owners/12"));
    assertFalse(instantiates("/kennels/{id}", "/kennels/{id}"));
    assertFalse(instantiates("/dogs/search?q=Rex", "/dogs/search?q=Max"));
  }

  @Test
  void anExampleTakesTheTemplateOfThePrintedEndpointItFills() {
    List<MarkdownRequest> printed = List.of(new MarkdownRequest("GET", "/dogs/{dogId}", "", 1),
        new MarkdownRequest("DELETE", "/dogs/{dogId}", "", 2));

    assertEquals(Optional.of("/dogs/{dogId}{?fields}"), ExampleRequests.templateOf(
        new MarkdownRequest("GET", "https://api.example.com/dogs/7?fields=name", "", 9), printed)
        .map(MarkdownRequest::uri));
    assertEquals(Optional.empty(), ExampleRequests.templateOf(new MarkdownRequest("PUT", "/dogs/7", "", 9), printed),
        "another method");
    assertEquals(Optional.empty(), ExampleRequests.templateOf(new MarkdownRequest("GET", "/dogs/me", "", 9),
        printed), "a word is no value");
  }

  @Test
  void aPathOfPlaceholdersOnlyStandsForAnyEndpoint() {
    assertTrue(ExampleRequests.standsForAnyEndpoint(new MarkdownRequest("GET", "http://host:8123/ENDPOINT", "", 1)));
    assertTrue(ExampleRequests.standsForAnyEndpoint(new MarkdownRequest("GET", "/<path>", "", 1)));
    assertFalse(ExampleRequests.standsForAnyEndpoint(new MarkdownRequest("GET", "/contacts/USERNAME", "", 1)));
    assertFalse(ExampleRequests.standsForAnyEndpoint(new MarkdownRequest("GET", "/api/v1/dogs", "", 1)));
  }

  @Test
  void aUriWithItsQueryFilledInIsACall() {
    assertTrue(ExampleRequests.fillsQuery(UriTemplate.parse("/v2/entries.json?ids=1,2,3")));
    assertFalse(ExampleRequests.fillsQuery(UriTemplate.parse("/v2/entries.json?ids=")));
    assertFalse(ExampleRequests.fillsQuery(UriTemplate.parse("/v2/entries.json")));
  }

  @Test
  void underItsOwnHeadingAnyWordFillsAVariable() {
    assertTrue(ExampleRequests.fillsVariables("/users/{username}/meta", "/users/lisa42/meta"));
    assertFalse(ExampleRequests.fillsVariables("/users/{username}", "/users/{username}"));
    assertFalse(ExampleRequests.fillsVariables("/users/{username}", "/groups/lisa42"));
    assertFalse(ExampleRequests.fillsVariables("/users/{username}", "/users/lisa42/meta"));
  }
}
