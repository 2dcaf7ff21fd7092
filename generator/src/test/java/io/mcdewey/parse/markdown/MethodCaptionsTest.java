package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodCaptionsTest {

  @Test
  void aPathAloneWithOrWithoutItsLeadingSlash() {
    assertEquals(Optional.of("/api/v1/deals/"), MethodCaptions.pathAlone("api/v1/deals/"));
    assertEquals(Optional.of("/api/v1/deals/{id}"), MethodCaptions.pathAlone(" /api/v1/deals/{id} "));
    assertEquals(Optional.empty(), MethodCaptions.pathAlone("users/login/"), "words parted by slashes, no API's");
    assertEquals(Optional.empty(), MethodCaptions.pathAlone("2024/01/15"), "a date");
    assertEquals(Optional.empty(), MethodCaptions.pathAlone("read/write/admin"));
    assertEquals(Optional.empty(), MethodCaptions.pathAlone("example.com/api/x"), "a host");
    assertEquals(Optional.empty(), MethodCaptions.pathAlone("and/or"), "words paired by a slash");
    assertEquals(Optional.empty(), MethodCaptions.pathAlone("api/v1 deals"));
  }

  @Test
  void aMethodInCapitalsClosedByAColonCaptionsARequest() {
    assertEquals(Optional.of("POST"), MethodCaptions.method("POST:"));
    assertEquals(Optional.of("GET"), MethodCaptions.method("GET: Returns the list of deals"));
    assertEquals("Returns the list of deals", MethodCaptions.description("GET: Returns the list of deals"));
    assertEquals(Optional.empty(), MethodCaptions.method("Get: the deals"), "not in capitals");
    assertEquals(Optional.empty(), MethodCaptions.method("GET /deals"), "a request line");
    assertEquals(Optional.empty(), MethodCaptions.method("GETTING: started"));
    assertEquals(Optional.empty(), MethodCaptions.method("GET:/deals"));
    assertEquals(Optional.of("GET"), MethodCaptions.method("GET:Returns the deals"));
  }
}
