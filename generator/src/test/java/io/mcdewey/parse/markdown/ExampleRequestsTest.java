package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.UriTemplate;
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
  }

  @Test
  void aWordInAVariablesPlaceOrAQueryWithoutValuesIsAnEndpointOfItsOwn() {
    assertFalse(instantiates("/users/{id}", "/users/me"));
    assertFalse(instantiates("/kennels", "/kennels?breed="));
    assertFalse(instantiates("/kennels/{id}", "/kennels/12/dogs"));
    assertFalse(instantiates("/kennels/{id}", "/owners/12"));
    assertFalse(instantiates("/kennels/{id}", "/kennels/{id}"));
  }

  @Test
  void aUriWithItsQueryFilledInIsACall() {
    assertTrue(ExampleRequests.fillsQuery(UriTemplate.parse("/v2/entries.json?ids=1,2,3")));
    assertFalse(ExampleRequests.fillsQuery(UriTemplate.parse("/v2/entries.json?ids=")));
    assertFalse(ExampleRequests.fillsQuery(UriTemplate.parse("/v2/entries.json")));
  }
}
