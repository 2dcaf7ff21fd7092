package io.mcdewey.parse.markdown.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.RandomTexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownLabelsTest {
  private static final MarkdownLabels LABELS = new MarkdownLabels(Map.of("Request URI", Field.URI, "Request",
      Field.REQUEST_EXAMPLE, "Method", Field.HTTP_METHOD, "Response Example", Field.RESPONSE_EXAMPLE));

  @Test
  void findsALabelAloneOrBeforeItsValueWhateverItsCaseAndSpacing() {
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "", false)), LABELS.match("**Request  URI:**"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "GET /users", false)),
        LABELS.match("| REQUEST uri: GET /users |"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "POST", true)),
        LABELS.match("method POST"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.REQUEST_EXAMPLE, "", "body", false)),
        LABELS.match("Request: body"));
  }

  @Test
  void aLabelOfAnyScriptOpensItsLineWhateverTheCaseOfItsLetters() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("метод", Field.HTTP_METHOD, "Ответ", Field.RESPONSES,
        "Μέθοδος", Field.HTTP_METHOD));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "GET", false)),
        labels.match("Метод: GET"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.RESPONSES, "", "200 OK", false)),
        labels.match("ОТВЕТ: 200 OK"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "POST", false)),
        labels.match("μέθοδος: POST"));
  }

  @Test
  void aLabelInTwoLanguagesNamesTheFieldOfTheAlternativeTheProfileKnows() {
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "", false)),
        LABELS.match("**Anfrage-URI/Request URI:**"));
    assertEquals(Optional.of(Field.HTTP_METHOD), LABELS.match("Método / Method:").map(MarkdownLabels.Match::field));
    assertEquals(Optional.empty(), LABELS.match("Payments / Method"), "a heading's trail");
    assertEquals(Optional.empty(), LABELS.match("Method/Request URI:"), "two fields named");
    assertEquals(Optional.empty(), LABELS.match("api/method"), "a path, not a label");
  }

  @Test
  void anExampleLabelQualifiedByWhatItShowsStillCaptionsAnExample() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("Example Request", Field.REQUEST_EXAMPLE, "Request URI",
        Field.URI));

    assertTrue(labels.qualifiesExample("Example Request with usage"));
    assertTrue(labels.qualifiesExample("**Example request for a refusal**"));
    assertFalse(labels.qualifiesExample("Example Request"), "the label alone is a label, matched as such");
    assertFalse(labels.qualifiesExample("Request URI with usage"), "not an example's label");
    assertFalse(labels.qualifiesExample("Example Request Handling"), "another title");
  }

  @Test
  void aLabelOfAnObjectsFieldsBeforeTheTypeTheyMakeUpIsTheLabel() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("Attributes", Field.OBJECT_FIELDS));
    for (String line : List.of("Attributes (object)", "Attributes (Note)", "Attributes (array[UTXO], fixed-type)")) {
      assertEquals(Optional.of(Field.OBJECT_FIELDS), labels.match(line).map(MarkdownLabels.Match::field), line);
    }
    assertEquals(Optional.of(""), labels.match("Attributes (object)").map(MarkdownLabels.Match::value));
  }

  @Test
  void aUrisLabelQualifiedByWhatItIsForAfterAPrepositionIsTheLabel() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("URL", Field.URI, "Parameters", Field.QUERY_PARAMETERS));
    assertEquals(Optional.of(Field.URI), labels.match("URL with external_id:").map(MarkdownLabels.Match::field));
    assertEquals(Optional.of(Field.URI), labels.match("URL for the sandbox:").map(MarkdownLabels.Match::field));
    assertEquals(Optional.of(""), labels.match("URL with external_id:").map(MarkdownLabels.Match::value));
  }

  @Test
  void aWordQualifyingAListOfParametersOrHeadersKeepsItsLabel() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("Query Parameters", Field.QUERY_PARAMETERS, "Headers",
        Field.HEADERS, "Response", Field.RESPONSE_EXAMPLE, "Filters", Field.QUERY_PARAMETERS));
    assertEquals(Optional.of(Field.QUERY_PARAMETERS),
        labels.match("Optional query parameters").map(MarkdownLabels.Match::field));
    assertEquals(Optional.of(Field.HEADERS), labels.match("**Required headers:**").map(MarkdownLabels.Match::field));
    assertEquals(Optional.of(Field.QUERY_PARAMETERS),
        labels.match("Available filters").map(MarkdownLabels.Match::field));
    assertEquals(Optional.empty(), labels.match("Optional reading"));
    assertEquals(Optional.empty(), labels.match("Deprecated query parameters"), "a word that is no qualifier");
  }

  @Test
  void aLabelOfSeveralWordsGluedToAPathOrAMethodInCapitals() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("API Path", Field.URI, "HTTP Method", Field.HTTP_METHOD,
        "Path", Field.URI));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "/api/v2/payments", false)),
        labels.match("API Path/api/v2/payments"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "POST", false)),
        labels.match("HTTP MethodPOST"));
    assertEquals(Optional.empty(), labels.match("Path/to/file"), "a one-word label");
    assertEquals(Optional.empty(), labels.match("HTTP Methods"));
  }

  @Test
  void anyUriLabelGluedToAnAbsoluteUrlAndALabelClosingInAScriptWithoutCapitalsGluedToItsValue() {
    MarkdownLabels labels = new MarkdownLabels(Map.of("URL", Field.URI, "HTTPメソッド", Field.HTTP_METHOD,
        "请求路径", Field.URI));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "https://example.com/k/v1/record.json", false)),
        labels.match("URLhttps://example.com/k/v1/record.json"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "GET", false)),
        labels.match("HTTPメソッドGET"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "/v1/token", false)),
        labels.match("请求路径/v1/token"));
    assertEquals(Optional.empty(), labels.match("URL/path/to/file"), "a one-word label glued to a path");
    assertEquals(Optional.empty(), labels.match("URLs"));
    assertEquals(Optional.empty(), labels.match("请求路径/api/v1/users/{id}中的id为用户编号"), "a sentence");
    MarkdownLabels cyrillic = new MarkdownLabels(Map.of("Метод", Field.HTTP_METHOD));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "GET", false)),
        cyrillic.match("МетодGET"));
  }

  @Test
  void aLabelNumberedAsAStepOfItsSectionIsTheLabel() {
    for (String numbered : List.of("3 Method", "3. Method:", "12) Method", "2、Method：", "2．Method")) {
      assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "", false)), LABELS.match(numbered),
          numbered);
    }
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.RESPONSE_EXAMPLE, "200", "", false)),
        LABELS.match("200 Response Example"), "a status captions an example");
    assertEquals("2FA Method", MarkdownLabels.withoutStepNumber("2FA Method"));
    assertEquals("42", MarkdownLabels.withoutStepNumber("42"));
    assertEquals(Optional.empty(), LABELS.match("3 Methods"));
  }

  @Test
  void findsAnExampleLabelAfterItsCaption() {
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.RESPONSE_EXAMPLE, "Model B", "", false)),
        LABELS.match("Model B Response Example:"));
    assertEquals(Optional.empty(), LABELS.match("Model BResponse Example"));
  }

  @Test
  void findsNothingInOtherLinesAndTheSameWhenAskedAgain() {
    for (String line : new String[] {"", "Methods are listed below.", "A request URI: /x", "\u00c9tat: ok"}) {
      assertEquals(Optional.empty(), LABELS.match(line), line);
      assertEquals(Optional.empty(), LABELS.match(line), line);
    }
  }

  @Test
  void anEmptyLabelOfAProfileOpensALineThatBeginsWithAColon() {
    Map<String, Field> labels = new LinkedHashMap<>(Map.of("Method", Field.HTTP_METHOD));
    labels.put(" ", Field.URI);
    MarkdownLabels withEmpty = new MarkdownLabels(labels);

    assertEquals(Optional.of(new MarkdownLabels.Match(Field.URI, "", "/users", false)), withEmpty.match(": /users"));
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.HTTP_METHOD, "", "GET", false)),
        withEmpty.match("Method: GET"));
  }

  @Test
  void aHeadingsAnchorGlyphAfterALabelIsNoneOfItsWords() {
    assertEquals(Optional.of(new MarkdownLabels.Match(Field.RESPONSE_EXAMPLE, "", "", false)),
        LABELS.match("Response Example#"));
    assertEquals("Purpose", MarkdownLabels.withoutAnchorGlyph("Purpose #"));
    assertEquals("Example response", MarkdownLabels.withoutAnchorGlyph("Example response#"));
    assertEquals("Written in C#", MarkdownLabels.withoutAnchorGlyph("Written in C#"));
    assertEquals("#", MarkdownLabels.withoutAnchorGlyph("#"));
    assertEquals("Issue 4#", MarkdownLabels.withoutAnchorGlyph("Issue 4#"));
  }

  @Test
  void dropsEdgeMarkupAndAClosingColonAsTheirPatternsDo() {
    Pattern edgeMarkup = Pattern.compile("^[\\s|*#>]+|[\\s|*]+$");
    Pattern closingColon = Pattern.compile("\\s*:$");
    List<String> pieces = List.of("a", ":", "|", "*", "#", ">", " ", "\t", "\n", "\r", "\u2028", "\u0085", "\u00a0");
    for (String text : RandomTexts.of(pieces, 50_000, 8)) {
      assertEquals(edgeMarkup.matcher(text).replaceAll(""), MarkdownLabels.withoutEdgeMarkup(text), text);
      assertEquals(closingColon.matcher(text).replaceAll(""), MarkdownLabels.withoutClosingColon(text), text);
    }
  }
}
