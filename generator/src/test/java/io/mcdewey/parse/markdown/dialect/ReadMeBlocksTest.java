package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadMeBlocksTest {

  @Test
  void readsAnEndpointHeaderAndItsParameterTable() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        [block:api-header]
        {"type": "get", "title": "/hives/{hive_id}"}
        [/block]
        [block:parameters]
        {"data": {"h-0": "Parameter", "h-1": "Required", "0-0": "`hive_id`", "0-1": "yes"}, "cols": 2, "rows": 1}
        [/block]
        """);

    assertEquals(List.of(new MarkdownElement.Heading(2, "/hives/{hive_id}", 1, false),
        new MarkdownElement.TextLine("GET /hives/{hive_id}", 1, false),
        new MarkdownElement.Table(List.of("Parameter", "Required"), List.of(List.of("hive_id", "yes")), 4, false)),
        elements);
  }

  @Test
  void captionsEachCodeTabByItsNameAndReadsCallouts() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        [block:code]
        {"codes": [{"code": "{}", "language": "json", "name": "404 Not Found"}]}
        [/block]
        [block:callout]
        {"type": "info", "title": "Limits", "body": "At most `120` calls a minute."}
        [/block]
        """);

    assertEquals(List.of(new MarkdownElement.Heading(6, "404 Not Found", 1, false),
        new MarkdownElement.Code("json", "{}\n", 1),
        new MarkdownElement.TextLine("Limits", 4, false),
        new MarkdownElement.TextLine("At most 120 calls a minute.", 4, false)), elements);
  }

  @Test
  void readsABrokenBlockAsNothing() {
    assertEquals(List.of(), MarkdownElements.read("[block:parameters]\n{\"data\": \n[/block]\n"));
  }
}
