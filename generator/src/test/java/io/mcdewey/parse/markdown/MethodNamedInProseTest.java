package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodNamedInProseTest {

  @Test
  void aMethodInCapitalsBetweenAnArticleAndRequestOrMethodIsNamed() {
    assertEquals(Optional.of("GET"), MethodNamedInProse.of(List.of("This GET method returns every note.")));
    assertEquals(Optional.of("POST"), MethodNamedInProse.of(List.of("Here the `POST` method adds a user.")));
    assertEquals(Optional.of("DELETE"), MethodNamedInProse.of(List.of("Send a `DELETE` request naming the counter.")));
    assertEquals(Optional.of("GET"), MethodNamedInProse.of(List.of("Make an HTTP GET request.", "A GET request.")));
  }

  @Test
  void aSentenceClosingWithAColonNamesTheMethodOfTheUriUnderIt() {
    assertEquals(Optional.of("DELETE"), MethodNamedInProse.captioning(
        "To remove a volume, use the HTTP DELETE method in the URI, with no message body:"));
    assertEquals(Optional.of("GET"), MethodNamedInProse.captioning("Send a GET request to this URL:"));
    assertEquals(Optional.empty(), MethodNamedInProse.captioning("Use the HTTP DELETE method in the URI."));
    assertEquals(Optional.empty(), MethodNamedInProse.captioning("Do not use the GET method here:"));
    assertEquals(Optional.empty(), MethodNamedInProse.captioning("Use the GET method or the POST method:"));
    for (String passing : List.of("The PUT method is not supported on a volume's URI:",
        "This GET request fails with a 404:", "The DELETE request for the same item is:",
        "Send a DELETE request, which is not supported on volumes:")) {
      assertEquals(Optional.empty(), MethodNamedInProse.captioning(passing), passing);
    }
  }

  @Test
  void aUriUnderASentenceNamingItsMethodIsARequestThoughTitlesStandAboveIt() {
    var api = parse("""
        Removing a Storage Volume
        To remove a volume, use the HTTP DELETE method in the URI, with no message body:
        https://<storage system>:8080/api/v1/volumes/{name}
        Querying All Volumes
        To query for volumes, use the HTTP GET method in the URI, with no message
        body:
        https://<storage system>:8080/api/v1/volumes
        """);

    assertEquals(List.of("DELETE /api/v1/volumes/{name}", "GET /api/v1/volumes"),
        api.operations().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void otherWordingsNameNone() {
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("Get the notes.")), "a verb");
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("this get method returns them")), "not capitals");
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("GET returns the notes.")), "no article");
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("A GET call returns the notes.")));
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("The GETTER method returns them.")));
  }

  @Test
  void twoMethodsOrARequestTheServiceSendsNameNone() {
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("A GET request reads it.", "A PUT request sets it.")));
    assertEquals(Optional.of("GET"), MethodNamedInProse.of(List.of("A GET request reads it.", "This GET method too.")));
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("We send a POST request to your URL.")));
    assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("The webhook makes a POST request on each event.")));
    assertEquals(Optional.empty(),
        MethodNamedInProse.of(List.of("A GET request reads the hook.", "The service will send a POST request.")));
  }

  @Test
  void aUriUnderALabelTakesTheMethodTheSectionNames() {
    Api api = parse("""
        # Notes

        ## List of the notes

        | Description | This `GET` method returns every note. |
        | --- | --- |
        | URL | `http://[server]:[port]/api/notebook` |

        ## Delete a note

        <table class="table-configuration">
          <col width="200">
          <tr><td>Description</td><td>This ```DELETE``` method removes the note with the given id.</td></tr>
          <tr><td>URL</td><td>```http://[server]:[port]/api/notebook/[noteId]```</td></tr>
          <tr><td>Success code</td><td>200</td></tr>
          <tr><td>sample JSON response</td><td><pre>{"status": "OK"}</pre></td></tr>
        </table>
        """);

    assertEquals(2, api.operations().size(), api.operations().toString());
    operation(api, "GET", "/api/notebook");
    operation(api, "DELETE", "/api/notebook/{noteId}");
  }

  @Test
  void aUriUnderALabelStaysWithoutMethodWhereProseNamesTwoOrTheServiceSendsIt() {
    Api api = parse("""
        # Events

        ## Callback

        Callback URL: https://example.com/hooks/orders

        We send a POST request to your URL for each new order.

        ## Versions

        URL: https://example.com/api/versions

        A GET request lists them; a PUT request replaces them.
        """);

    assertEquals(0, api.operations().size(), api.operations().toString());
  }

  @Test
  void aMethodNamedInPassingNamesNone() {
    for (String sentence : List.of("When an order changes, a POST request is sent to the URL you configure.",
        "Don't send a POST request here; this method is read-only.", "The HEAD method is not supported.",
        "You must first fetch it with a GET request.", "Unlike the PUT method above, this one merges fields.")) {
      assertEquals(Optional.empty(), MethodNamedInProse.of(List.of("This endpoint works on items.", sentence)),
          sentence);
    }
  }

}
