package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsxTag}, {@link JsxComponents} and {@link FrontMatter} on MDX pages. */
class JsxComponentsTest {
  private static final List<String> HEADER = List.of("Name", "In", "Type", "Required", "Description");

  @Test
  void readsAnEndpointTagOverSeveralLinesAndParameterComponents() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        <MethodEndpoint
          method={"get"}
          path={"/kennels/{kennelId}"}
        >
        </MethodEndpoint>

        <ParamField query="limit" type="integer" required>
          At most this many.
        </ParamField>

            <ParamsItem param={{"name":"kennelId","in":"path","required":true,"schema":{"type":"string"}}}>
            </ParamsItem>
        """, MarkdownElements.Syntax.MDX);

    assertEquals(List.of(new MarkdownElement.TextLine("GET /kennels/{kennelId}", 1, false),
        new MarkdownElement.Table(HEADER, List.of(List.of("limit", "query", "integer", "yes", "")), 7, false),
        new MarkdownElement.TextLine("At most this many.", 8, false, List.of(), 8),
        new MarkdownElement.Table(HEADER, List.of(List.of("kennelId", "path", "string", "yes", "")), 11, false)),
        elements);
  }

  @Test
  void captionsATabLabelledWithAStatusAndReadsHeadingComponents() {
    assertEquals(List.of(new MarkdownElement.Heading(6, "404", 1, false),
            new MarkdownElement.Heading(2, "List kennels", 2, false)),
        MarkdownElements.read("<TabItem label={\"404\"} value={\"404\"}>\n"
            + "<Heading as={\"h2\"} children={\"List kennels\"}>\n", MarkdownElements.Syntax.MDX));
  }

  @Test
  void readsASchemaItemAsABodyParameterWithItsSchemasDescription() {
    assertEquals(List.of(new MarkdownElement.Table(List.of("Name", "In", "Type", "Required", "Description"),
            List.of(List.of("size", "body", "integer", "yes", "Places for dogs.")), 1, false)),
        MarkdownElements.read("""
            <SchemaItem
              collapsible={false}
              name={"size"}
              required={true}
              schemaName={"integer"}
              schema={{"type":"integer","description":"Places for dogs."}}
            >
            </SchemaItem>
            """, MarkdownElements.Syntax.MDX).stream().filter(MarkdownElement.Table.class::isInstance).toList());
  }

  @Test
  void readsTagsOnlyInMdx() {
    assertEquals(List.of(new MarkdownElement.TextLine("<User>", 1, false, List.of(), 1)),
        MarkdownElements.read("<User>\n", MarkdownElements.Syntax.MARKDOWN).stream()
            .filter(MarkdownElement.TextLine.class::isInstance).toList());
  }

  @Test
  void readsFrontMatterTitleAndRequest() {
    assertEquals(List.of(new MarkdownElement.Heading(1, "List flags", 2, false),
            new MarkdownElement.TextLine("GET https://api.example.com/flags", 2, false)),
        MarkdownElements.read("---\ntitle: \"List flags\"\napi: \"GET https://api.example.com/flags\"\n---\n")
            .stream().skip(1).toList());
  }

  @Test
  void readsAMethodAndAUriGivenByTwoKeysOfTheFrontMatterAsItsRequest() {
    assertEquals(List.of(new MarkdownElement.Heading(1, "Delete group", 2, false),
            new MarkdownElement.TextLine("DELETE /api/v1/hostgroup/#{id}", 2, false)),
        MarkdownElements.read("---\napiurl: '/api/v1/hostgroup/#{id}'\ntitle: \"Delete group\"\ntype: 'DELETE'\n"
            + "layout: default\n---\n").stream().skip(1).toList());
    assertEquals(List.of(new MarkdownElement.Heading(1, "About", 2, false)),
        MarkdownElements.read("---\ntitle: About\nurl: /about/\n---\n").stream().skip(1).toList(),
        "a page's own URL alone");
    assertEquals(List.of(new MarkdownElement.Heading(1, "Tips", 2, false)),
        MarkdownElements.read("---\ntitle: Tips\ncategory: GET\npermalink: /tips/\n---\n").stream().skip(1).toList(),
        "a key of no URI");
    for (String page : List.of("---\ntitle: Caching\ncategory: GET\nurl: /blog/caching/\n---\n",
        "---\ntitle: New\ntype: POST\npermalink_url: /posts/new-api/\n---\n",
        "---\ntitle: Hooks\nsidebar_label: POST\npath: /docs/webhooks\n---\n")) {
      assertEquals(List.of(MarkdownElements.read(page).get(1)), MarkdownElements.read(page).stream().skip(1).toList(),
          "a page's own keys: " + page);
    }
  }
}
