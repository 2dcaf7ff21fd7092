package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipe tables whose cells hold HTML blocks, as READMEs print what a markdown cell cannot hold. */
class HtmlInTableCellsTest {

  @Test
  void aCellsListOfLabelsAndItsTableOfStatusesAreReadAsTheBlocksTheyAre() {
    Api api = parse("""
        # Kennels

        | Endpoint | Returns |
        | --- | --- |
        | <ul><li>**Route:** `/kennels/{name}`</li><li>**Method:** `PUT`</li></ul> | \
        <table><tr><th>Status</th><th>Body</th></tr><tr><td>200-OK</td><td>The kennel.</td></tr>\
        <tr><td>404-NOT-FOUND</td><td>No such kennel.</td></tr></table> |
        | <ul><li>**Route:** `/kennels`</li><li>**Method:** `GET`</li></ul> | \
        <table><tr><th>Status</th><th>Body</th></tr><tr><td>200-OK</td><td>Every kennel.</td></tr></table> |
        """);

    assertEquals(List.of("PUT /kennels/{name}", "GET /kennels"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of(200, 404), statuses(operation(api, "PUT", "/kennels/{name}")));
    assertEquals(List.of(200), statuses(operation(api, "GET", "/kennels")));
  }
}
