package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProseParametersTest {
  private static final Pattern LITERAL = Pattern.compile("`([^`]+)`");

  @Test
  void readsTheLiteralsOfASentenceAboutParameters() {
    assertEquals(List.of("kennel null", "breed null"),
        read("Post with the query parameters `kennel` and `breed` to add dogs."));
  }

  @Test
  void takesTheNearestWordThatSaysWhetherOneIsRequired() {
    assertEquals(List.of("kennel true", "sort false", "limit false"),
        read("Takes one mandatory `kennel` parameter and two optional parameters, `sort` and `limit`."));
    assertEquals(List.of("kennel true", "breed true"), read("The call requires parameters for `kennel` and `breed`."));
  }

  @Test
  void takesAStatementAfterTheNameAndKeepsWhatALaterSentenceSays() {
    assertEquals(List.of("kennel null", "breed false"),
        read("Values for the `kennel` and `breed` parameters come from the list. The `breed` parameter is optional."));
  }

  @Test
  void readsNameValueLiteralsAndSkipsOtherLiteralsAndSentences() {
    assertEquals(List.of("since false"),
        read("The optional parameter `since=<lastId>` sets the first event. Paths such as `/tmp/` match all."));
    assertEquals(List.of(), read("The `kennel` field names the kennel."));
  }

  @Test
  void readsTheLiteralsOfASentenceAboutTheRequestBodyButNotOfOneAboutTheAnswer() {
    assertEquals(List.of("wash_all", "before_id", "before_ts"), read("To wash every dog, set `wash_all` in the body. "
        + "Or name a point by setting `before_id` or `before_ts` in the request body.").stream()
        .map(p -> p.split(" ")[0]).toList());
    assertEquals(List.of(), read("The call returns `wash_id` in the body."));
    assertEquals(List.of(), read("The request body must be encoded as `UTF-8`. See `WashRequest` for the request"
        + " body."));
  }

  @Test
  void skipsALiteralThatIsACrossReference() {
    assertEquals(List.of("kennel null"),
        read("Values for the `kennel` parameter are those of the :doc:`kennels-get` endpoint."));
  }

  @Test
  void skipsAParameterTheSentenceSaysIsNotUsed() {
    assertEquals(List.of(), read("The `events` parameter is not used."));
  }

  @Test
  void aNameQuotedAfterTheWordsOfAUrlsQueryIsAQueryParameter() {
    assertEquals(List.of("name null"), read("One kennel is fetched by giving its name in a URL query named \"name\"."));
    assertEquals(List.of("id true"), read("The id of the dog to remove must be given in the URL query \"id\"."));
    assertEquals(List.of("breed null"), read("Narrow the list with the query parameter \u201cbreed\u201d."));
    assertEquals(List.of(), read("The query \"red dogs\" finds nothing, and the word \"query\" is no name."));
  }

  /** Reads a paragraph written with backticks around its literals. */
  private static List<String> read(String marked) {
    List<MarkdownElement.TextLine.Literal> literals = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Matcher literal = LITERAL.matcher(marked);
    int at = 0;
    while (literal.find()) {
      text.append(marked, at, literal.start());
      literals.add(new MarkdownElement.TextLine.Literal(text.length(), literal.group(1)));
      text.append(literal.group(1));
      at = literal.end();
    }
    text.append(marked.substring(at));
    return ProseParameters.read(List.of(new ProseParameters.Paragraph(text.toString(), literals))).stream()
        .map(p -> p.name() + " " + p.required()).toList();
  }
}
