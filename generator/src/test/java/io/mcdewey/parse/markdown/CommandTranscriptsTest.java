package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A curl command and what it printed in one block, as {@code curl -i} shows the answer's status line first. */
class CommandTranscriptsTest {

  @Test
  void theOutputIsWhatFollowsTheCommandsContinuedLines() {
    assertEquals(List.of("HTTP/2 200", "{}"), CodeBlockReader.commandOutput(List.of("curl -i \\",
        "    -H 'Accept: application/json' \\", "    https://api.example.com/v1/users", "HTTP/2 200", "{}")));
    assertEquals(List.of("HTTP/1.1 204 No Content"),
        CodeBlockReader.commandOutput(List.of("$ curl -X DELETE https://x/v1/a", "HTTP/1.1 204 No Content")));
    assertEquals(List.of(), CodeBlockReader.commandOutput(List.of("wget https://x/v1/a", "HTTP/2 200")));
    assertEquals(List.of(), CodeBlockReader.commandOutput(List.of("curl https://x/v1/a \\")));
  }

  @Test
  void aQuotedArgumentOverSeveralLinesIsTheCommandsOwn() {
    assertEquals(List.of("HTTP/1.1 201 Created"), CodeBlockReader.commandOutput(List.of("curl -X POST \\",
        "  -d '{", "    \"name\": \"Sprint 1\"", "  }' \\", "  https://api.example.com/v1/milestones",
        "HTTP/1.1 201 Created")));
    assertEquals(List.of(), CodeBlockReader.commandOutput(List.of("curl -d \"{", "\"a\": 1}\" https://x/v1/a")));
  }

  @Test
  void theStatusLineACommandPrintsIsTheStatusOfTheSectionsEndpoint() {
    Api api = parse("""
        ## List users

        ```shell
        curl -i \\
            -H 'Authorization: bearer TOKEN' \\
            https://api.example.com/api/v1/users
        HTTP/2 200
        ```

        ### HTTP Request

        `GET /api/v1/users`

        ## Delete a user

        ```shell
        curl -i -XDELETE https://api.example.com/api/v1/users/42
        HTTP/2 204
        date: Mon, 01 Jan 2024 00:00:00 GMT
        ```

        ### HTTP Request

        `DELETE /api/v1/users/:id`
        """);

    assertEquals(List.of(200), statuses(operation(api, "GET", "/api/v1/users")));
    assertEquals(List.of(204), statuses(operation(api, "DELETE", "/api/v1/users/{id}")));
  }

  @Test
  void aStatusInTheCommandsOwnLinesIsNone() {
    Api api = parse("""
        ## List users

        `GET /api/v1/users`

        ```shell
        curl -i https://api.example.com/api/v1/users?code=HTTP/2%20200
        ```
        """);

    assertEquals(List.of(), statuses(operation(api, "GET", "/api/v1/users")));
  }

  @Test
  void aStatusACommandPrintsForAnotherCallIsNoneOfTheSections() {
    Api api = parse("""
        ## Delete a widget

        `DELETE /widgets/{id}`

        Fetching it afterwards fails:

        ```shell
        curl -i https://api.example.com/widgets/42
        HTTP/1.1 404 Not Found
        ```

        ## Version

        `GET /version`

        ```shell
        curl -i https://get.example.com/install.sh
        HTTP/2 302
        ```
        """);

    assertEquals(List.of(), statuses(operation(api, "DELETE", "/widgets/{id}")));
    assertEquals(List.of(), statuses(operation(api, "GET", "/version")));
  }

}
