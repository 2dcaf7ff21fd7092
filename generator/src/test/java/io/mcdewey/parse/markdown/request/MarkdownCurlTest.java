package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownCurlTest {

  @Test
  void readsTheMethodAndTheUrlWithTheQueryNamesOnly() {
    assertEquals(Optional.of(new MarkdownRequest("DELETE", "https://api.example.com/dogs/7", "", 3)),
        MarkdownCurl.request("$ curl -X DELETE \\\n  -H 'Accept: application/json' \\\n"
            + "  https://api.example.com/dogs/7", 3));
    assertEquals("https://api.example.com/dogs{?breed}",
        MarkdownCurl.request("curl https://api.example.com/dogs?breed=collie", 1).orElseThrow().uri());
  }

  @Test
  void dataImpliesPostUnlessTheCommandAsksForGet() {
    assertEquals("POST", MarkdownCurl.request("curl -d 'name=Rex' https://x.example/dogs", 1).orElseThrow().method());
    assertEquals("GET", MarkdownCurl.request("curl -G -d 'q=Rex' https://x.example/dogs", 1).orElseThrow().method());
  }

  @Test
  void aQuotedBodyMayRunOverLines() {
    String command = """
        curl -X POST \\
          -H "Content-Type: application/json" \\
          -d '{
                  "name": "Rex",
                  "breed": "collie"
              }' \\
          https://api.example.com/dogs
        """;

    assertEquals(Optional.of(new MarkdownRequest("POST", "https://api.example.com/dogs", "", 1)),
        MarkdownCurl.request(command, 1));
  }

  @Test
  void twoCommandsOrNoUrlAreNoRequest() {
    assertEquals(Optional.empty(), MarkdownCurl.request("curl https://x.example/a\ncurl https://x.example/b", 1));
    assertEquals(Optional.empty(), MarkdownCurl.request("curl --version", 1));
    assertEquals(Optional.empty(), MarkdownCurl.request("wget https://x.example/a", 1));
  }

  @Test
  void formFieldsWithAPlaceholderForEachValueNameTheRequestsParameters() {
    assertEquals(List.of("username", "password"),
        MarkdownCurl.formFields("curl --data \"username=[USERNAME]&password=[PASSWORD]\" http://x.example/auth/"));
    assertEquals(List.of("photo", "caption"),
        MarkdownCurl.formFields("curl -F photo=<file> -F 'caption={caption}' https://x.example/photos"));
    assertEquals(List.of("token"), MarkdownCurl.formFields("curl -d token=$TOKEN https://x.example/refresh"));
  }

  @Test
  void aCommandSendingAnExampleValueOrNoFormNamesNone() {
    assertEquals(List.of(), MarkdownCurl.formFields("curl -d 'name=Rex&breed=[BREED]' https://x.example/dogs"));
    assertEquals(List.of(), MarkdownCurl.formFields("curl -d '{\"name\": \"<name>\"}' https://x.example/dogs"));
    assertEquals(List.of(), MarkdownCurl.formFields("curl https://x.example/dogs"));
    assertEquals(List.of(), MarkdownCurl.formFields("name=[NAME]"));
  }
}
