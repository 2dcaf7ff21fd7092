package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A README written in HTML: folded sections headed by their request, tables with Korean column names, a table that
 * blank lines cut into blocks.
 */
class HtmlSectionsInMarkdownTest {

  @Test
  void readsAFoldedSectionAsAWebPageWithItsTables() {
    Api api = parse("""
        # 개 사육장

        <h2>사육장 ("/kennels")</h2>
        <ul>
          <li>
            <details>
              <summary>
                <h3>POST /kennels</h3>
                사육장을 만듭니다.
              </summary>
              <h4>Request</h4>
              <table>
                <tr><th>위치</th><th>키</th><th>제약 조건</th></tr>
                <tr><td>Body</td><td>name</td><td><li>Type: String</li><li>Not Null</li></td></tr>
                <tr><td>Body</td><td>city</td><td><li>Type: String</li><li>Nullable</li></td></tr>
              </table>
              <h4>Response</h4>
              <table>
                <tr><th>응답 코드</th><th>코드명</th></tr>
                <tr><td>201</td><td>Created</td></tr>
                <tr><td>409</td><td>Conflict</td></tr>
              </table>
            </details>
          </li>
        </ul>
        """);

    assertEquals(List.of("name body true", "city body false"), described(operation(api, "POST", "/kennels")));
    assertEquals(List.of(201, 409), statuses(operation(api, "POST", "/kennels")));
  }

  @Test
  void readsATableThatBlankLinesCutIntoBlocksAsOneTable() {
    Api api = parse("""
        ## Kennels

        <table>
        \t<tr>
        \t\t<th>Verb</th>
        \t\t<th>Route</th>
        \t</tr>

        \t<tr>
        \t\t<td><code>GET</code></td>
        \t\t<td><code>/kennels/:kennel_id</code></td>
        \t</tr>

        \t<tr>
        \t\t<td><code>DELETE</code></td>
        \t\t<td><code>/kennels/:kennel_id</code></td>
        \t</tr>
        </table>

        A closing sentence.
        """);

    assertEquals(List.of("GET /kennels/{kennel_id}", "DELETE /kennels/{kennel_id}"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aTableNoLineClosesIsReadAsItsBlockPrintsIt() {
    List<MarkdownElement> elements =
        MarkdownElements.read("<table><tr><th>Verb</th><th>Route</th></tr><tr><td>GET</td><td>/dogs</td>\n\nText.\n");

    assertEquals(2, elements.size());
    assertEquals(List.of(List.of("GET", "/dogs")), ((MarkdownElement.Table) elements.get(0)).rows());
    assertEquals("Text.", ((MarkdownElement.TextLine) elements.get(1)).text());
  }

  @Test
  void aTableLeftOpenEndsAtTheNextHeadingAndTextAfterAClosingTagStays() {
    Api api = parse("""
        ## Dogs

        <table><tr><th>Verb</th><th>Route</th></tr><tr><td>GET</td><td>/dogs</td></tr>

        ## Cats

        GET /cats

        ```html
        </table>
        ```
        """);

    assertEquals(List.of("GET /dogs", "GET /cats"), api.operations().stream().map(o -> o.method() + " " + o.path())
        .toList());
    List<MarkdownElement> elements = MarkdownElements.read("""
        <table><tr><th>Verb</th><th>Route</th></tr>

        <tr><td>GET</td><td>/dogs</td></tr>
        </table>
        Returns 200 OK.
        """);
    assertEquals("Returns 200 OK.", ((MarkdownElement.TextLine) elements.get(elements.size() - 1)).text());
  }
}
