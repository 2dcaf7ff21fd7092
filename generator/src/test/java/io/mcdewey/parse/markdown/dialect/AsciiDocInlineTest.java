package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiDocInlineTest {

  @Test
  void readsMonospaceSpansAsLiteralsWithTheirPassthroughsUnwrapped() {
    AsciiDocInline.Text text = AsciiDocInline.read("Send `+kennel_id+` as ``application/hal+json``");
    assertEquals("Send kennel_id as application/hal+json", text.text());
    assertEquals(List.of(new MarkdownElement.TextLine.Literal(5, "kennel_id"),
        new MarkdownElement.TextLine.Literal(18, "application/hal+json")), text.literals());
  }

  @Test
  void readsCodeSetInRDocsTagsAsLiterals() {
    AsciiDocInline.Text text = AsciiDocInline.read("URL: <code>/api/courses/:id</code>, <tt>:id</tt> the course");
    assertEquals("URL: /api/courses/:id, :id the course", text.text());
    assertEquals(List.of(new MarkdownElement.TextLine.Literal(5, "/api/courses/:id"),
        new MarkdownElement.TextLine.Literal(23, ":id")), text.literals());
  }

  @Test
  void keepsPlusSignsThatTouchWordsAsTheyAre() {
    assertEquals("application/hal+json or application/problem+json, /kennels/{id}",
        AsciiDocInline.text("application/hal+json or application/problem+json, +/kennels/{id}+"));
    assertEquals("application/hal+json", AsciiDocInline.read("`+application/hal+json+`").literals().get(0).text());
  }

  @Test
  void aPathSegmentSetInEmphasisInsideMonospaceIsAVariable() {
    assertEquals("GET /{collection}/schema/fieldtypes/{name}",
        AsciiDocInline.read("`GET /_collection_/schema/fieldtypes/_name_`").literals().get(0).text());
    assertEquals("GET /_search", AsciiDocInline.read("`GET /_search`").literals().get(0).text(), "a name's underscore");
    assertEquals("/{core}/select?q=x", AsciiDocInline.read("`/__core__/select?q=x`").literals().get(0).text());
  }

  @Test
  void aBackslashEscapesTheCharacterAfterIt() {
    assertEquals("/api/v1/kennels/{kennelId} and *stars*",
        AsciiDocInline.text("/api/v1/kennels/\\{kennelId} and \\*stars*"));
  }

  @Test
  void aBackslashEscapesInMonospaceTooButNotInAPassthrough() {
    assertEquals(List.of(new MarkdownElement.TextLine.Literal(0, "/kennels/{kennelId}"),
        new MarkdownElement.TextLine.Literal(24, "\\{raw}")),
        AsciiDocInline.read("`/kennels/\\{kennelId}` and `+\\{raw}+`").literals());
  }

  @Test
  void reducesLinksReferencesAndMarksToTheirWords() {
    assertEquals("See Paging, the spec and errors; required fields",
        AsciiDocInline.text("See <<paging,Paging>>, link:https://example.org/spec[the spec] and <<errors>>;"
            + " *required* _fields_ +"));
  }

  @Test
  void keepsUnderscoresInsideNames() {
    assertEquals("collected_after and page_size", AsciiDocInline.text("collected_after and page_size"));
  }

  @Test
  void aWholeLineInSingleQuotesIsEmphasisButAnApostropheIsText() {
    assertEquals("GET /groups/{group-id}", AsciiDocInline.text("'GET /groups/link:#group-id[\\{group-id\\}]'"));
    assertEquals("the dog's bone", AsciiDocInline.text("the dog's bone"));
  }
}
