package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderNamesTest {

  @Test
  void knowsRegisteredAndExtensionRequestHeaders() {
    assertTrue(HeaderNames.isRequestHeader("Content-Type"));
    assertTrue(HeaderNames.isRequestHeader("Accept"));
    assertTrue(HeaderNames.isRequestHeader("Content-MD5"));
    assertTrue(HeaderNames.isRequestHeader("X-Auth-Token"));
    assertTrue(HeaderNames.isRequestHeader("X-Request-Id"));
  }

  @Test
  void takesOtherNamesForParameters() {
    assertFalse(HeaderNames.isRequestHeader("limit"));
    assertFalse(HeaderNames.isRequestHeader("from"));
    assertFalse(HeaderNames.isRequestHeader("range"));
    assertFalse(HeaderNames.isRequestHeader("x"));
    assertFalse(HeaderNames.isRequestHeader("X-"));
    assertFalse(HeaderNames.isRequestHeader("content_type"));
  }
}
