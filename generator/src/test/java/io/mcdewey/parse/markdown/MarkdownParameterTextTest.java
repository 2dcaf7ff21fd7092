package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.ParameterLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownParameterTextTest {

  @Test
  void readsAnAssignmentsTypeInBrackets() {
    assertEquals(List.of(new MarkdownParameter("id", ParameterLocation.QUERY, null, "", "integer", List.of()),
            new MarkdownParameter("photo_id", ParameterLocation.QUERY, null, "", "", List.of())),
        MarkdownParameterText.assignments("id=[integer] photo_id=[alphanumeric]", ParameterLocation.QUERY));
    assertEquals("file", MarkdownParameterText.assignments("photo=[file], a picture", null).get(0).type());
  }

  @Test
  void readsTheAssignmentsAQueryStringJoinsByAmpersands() {
    assertEquals(List.of("page", "size"), MarkdownParameterText.assignments("page=1&size=10", ParameterLocation.QUERY)
        .stream().map(MarkdownParameter::name).toList());
    assertEquals(List.of(), MarkdownParameterText.assignments("(Default=10)", null), "a default, not a parameter");
    assertEquals(List.of("redirect_uri"), MarkdownParameterText.assignments(
        "redirect_uri=https://app.example.com/cb?tab=1&lang=en the address", null).stream()
        .map(MarkdownParameter::name).toList(), "a URL's query");
    assertFalse(MarkdownParameterText.assignments("q=TEXT the words, e.g. q=shoes&colour=red", null).stream()
        .map(MarkdownParameter::name).toList().contains("colour"), "an example in the description");
  }

  @Test
  void readsTheRequiredMarkOrTheDefaultAfterTheType() {
    MarkdownParameter required = MarkdownParameterText.item("Name (string: <required>) - Names the kennel.", null)
        .orElseThrow();
    assertEquals(Boolean.TRUE, required.required());
    assertEquals("string", required.type());
    assertEquals(null, MarkdownParameterText.item("Description (string: \"\") - A label.", null).orElseThrow()
        .required(), "a default leaves it unsaid");
  }

  @Test
  void readsANameAndItsRequiredMarkOnALineOfTheirOwn() {
    assertEquals(new MarkdownParameter("team_id", ParameterLocation.QUERY, false, "", "", java.util.List.of()),
        MarkdownParameterText.marked("team_id <Optional />", ParameterLocation.QUERY).orElseThrow());
    assertEquals(Boolean.TRUE, MarkdownParameterText.marked("site_id <Required/>", null).orElseThrow().required());
    assertEquals(Boolean.TRUE, MarkdownParameterText.marked("site_id (required)", null).orElseThrow().required());
    assertTrue(MarkdownParameterText.marked("site_id is required", null).isEmpty());
    assertTrue(MarkdownParameterText.standsAlone("limit <Optional />"));
    assertTrue(MarkdownParameterText.standsAlone("offset integer optional Items to skip"));
  }

  @Test
  void readsAnItemOfANameATypeAndADescriptionWithoutPunctuation() {
    MarkdownParameter amount = MarkdownParameterText.typedItem("amount double Amount refunded", null).orElseThrow();
    assertEquals(List.of("amount", "double", "Amount refunded"),
        List.of(amount.name(), amount.type(), amount.description()));
    assertEquals(null, amount.required());
    MarkdownParameter id = MarkdownParameterText.typedItem("id string required订单号", null).orElseThrow();
    assertEquals(List.of(true, "订单号"), List.of(id.required(), id.description()));
    assertEquals("金额", MarkdownParameterText.typedItem("amount double金额", null).orElseThrow().description());
    assertEquals(Optional.empty(), MarkdownParameterText.typedItem("count stringify the values", null));
    assertEquals(Optional.empty(), MarkdownParameterText.typedItem("A string naming the author", null),
        "a sentence opening with a capital");
    assertEquals(Boolean.TRUE, MarkdownParameterText.typedItem("order_id string 必填 订单号", null).orElseThrow()
        .required(), "a mark of another script, a space after it");
    assertEquals(Optional.empty(), MarkdownParameterText.typedItem("the file must be a PNG", null), "an article");
  }

  @Test
  void readsANameTypeAndMarkWithTheDescriptionAfterThemOnOneLine() {
    MarkdownParameter year = MarkdownParameterText.typedAndDescribed(
        "fiscal_year integer required The year closed | 2023 |", null).orElseThrow();
    assertEquals(List.of("fiscal_year", "integer", true, "The year closed | 2023 |"),
        List.of(year.name(), year.type(), year.required(), year.description()));
    assertEquals(Boolean.FALSE, MarkdownParameterText.typedAndDescribed("page integer opcional Página", null)
        .orElseThrow().required());
    assertEquals(Optional.empty(), MarkdownParameterText.typedAndDescribed("count integer values of it", null),
        "no mark, a sentence");
    assertEquals(Optional.empty(), MarkdownParameterText.typedAndDescribed("All string required fields are", null),
        "a word of a sentence, not an identifier");
    assertEquals(Optional.empty(), MarkdownParameterText.typedAndDescribed("the file required for uploads", null),
        "an article opening a sentence");
  }

  @Test
  void readsANameAndWhatIsSaidOfItAfterAColonOrAsAComment() {
    MarkdownParameter pageSize = MarkdownParameterText.described("pageSize:可选，每页条数", null).orElseThrow();
    assertEquals(List.of("pageSize", "可选，每页条数", false),
        List.of(pageSize.name(), pageSize.description(), pageSize.required()));
    assertEquals(Boolean.TRUE, MarkdownParameterText.described("mobile //必须", null).orElseThrow().required());
    assertEquals(Boolean.TRUE, MarkdownParameterText.typed("serie string obligatorio", null).orElseThrow().required());
    assertEquals(Boolean.FALSE, MarkdownParameterText.typed("nota string opcional", null).orElseThrow().required());
    assertEquals(null, MarkdownParameterText.typed("limit integer", null).orElseThrow().required());
    assertEquals(Optional.empty(), MarkdownParameterText.typed("count integer values", null), "no mark, a sentence");
    assertEquals(true, MarkdownParameterText.opensWithAssignment("limit=10 the page size"));
    assertEquals(true, MarkdownParameterText.opensWithAssignment("Ejemplo: account_id=2"), "after a caption");
    assertEquals(false, MarkdownParameterText.opensWithAssignment("date_from: string // if period=custom"));
    assertEquals(false, MarkdownParameterText.opensWithAssignment("Content-Type: text/plain; charset=UTF-8"));
    assertEquals(Boolean.FALSE, MarkdownParameterText.described("date_from: string?  // YYYY-MM-DD", null)
        .orElseThrow().required(), "a nullable type");
    assertEquals(Boolean.FALSE, MarkdownParameterText.described("ids: array[int]?", null).orElseThrow().required());
    assertEquals(null, MarkdownParameterText.described("note: Why? Nobody knows", null).orElseThrow().required());
    assertEquals(Boolean.TRUE, MarkdownParameterText.described("Email: Mandatory. String", null).orElseThrow()
        .required());
    assertEquals("page_size", MarkdownParameterText.described("page_size: how many", null).orElseThrow().name());
    assertNull(MarkdownParameterText.described("limit: how many", null).orElseThrow().required());
    for (String caption : List.of("Note: the page is cut", "https://example.com/api", "e.g.: x", "NONE: x",
        "Example: see below", "limit", "Tip: optional parameters may be left out.")) {
      assertTrue(MarkdownParameterText.described(caption, null).isEmpty(), caption);
    }
  }

  @Test
  void readsAListItemWithItsQualifiers() {
    MarkdownParameter limit = MarkdownParameterText.item("limit (integer, optional): At most this many.",
        ParameterLocation.QUERY).orElseThrow();

    assertEquals("limit", limit.name());
    assertEquals(false, limit.required());
    assertEquals("integer", limit.type());
    assertEquals("At most this many.", limit.description());
  }

  @Test
  void readsAnMsonMemberWithItsExampleValue() {
    MarkdownParameter name = MarkdownParameterText.item("name: Sprint 15 (string, required) - Name of the board.",
        null).orElseThrow();

    assertEquals("name", name.name());
    assertEquals(true, name.required());
    assertEquals("string", name.type());
    assertEquals("Name of the board.", name.description());
  }

  @Test
  void readsARequiredMarkGluedToTheTypeWhereAnExampleValueWouldStand() {
    MarkdownParameter username = MarkdownParameterText.item("username: required(string)", null).orElseThrow();
    MarkdownParameter verbose = MarkdownParameterText.item("verbose: true (boolean) - Says more.", null).orElseThrow();

    assertEquals(true, username.required());
    assertEquals("string", username.type());
    assertEquals(false, MarkdownParameterText.item("note: optional (string)", null).orElseThrow().required());
    assertEquals(null, verbose.required(), "an example value is no mark");
    assertEquals("string", MarkdownParameterText.item("title: Required reading (string)", null).orElseThrow().type());
    assertEquals("boolean", verbose.type());
  }

  @Test
  void readsANameSetApartAsCodeWithItsRequiredMarkInside() {
    MarkdownParameter feed = MarkdownParameterText.literalItem(new MarkdownElement.TextLine(
        "feed_url required the feed's address", 3, true, List.of(new MarkdownElement.TextLine.Literal(0,
            "feed_url required")), 3), null).orElseThrow();
    MarkdownParameter since = MarkdownParameterText.literalItem(new MarkdownElement.TextLine(
        "since: optional narrows the list", 4, true, List.of(new MarkdownElement.TextLine.Literal(0,
            "since: optional")), 4), null).orElseThrow();

    assertEquals("feed_url", feed.name());
    assertEquals(true, feed.required());
    assertEquals("the feed's address", feed.description());
    assertEquals("since", since.name());
    assertEquals(false, since.required());
  }

  @Test
  void takesNoMsonKeywordOrParenthesizedProseForAMember() {
    assertTrue(MarkdownParameterText.item("Default: 20", null).isEmpty());
    assertTrue(MarkdownParameterText.item("Properties", null).isEmpty());
    assertEquals("note", MarkdownParameterText.item("note: see the list (below) - twice", null).orElseThrow().name());
    assertEquals("", MarkdownParameterText.item("note: see the list (below) - twice", null).orElseThrow().type());
  }

  @Test
  void anItemPrintingThePlaceItsParameterTravelsInBetweenNameAndQualifiers() {
    MarkdownParameter parameter = MarkdownParameterText.item("country query (String, Optional)", null).orElseThrow();

    assertEquals("country", parameter.name());
    assertEquals(ParameterLocation.QUERY, parameter.location());
    assertEquals(Boolean.FALSE, parameter.required());
    assertEquals(ParameterLocation.PATH,
        MarkdownParameterText.item("id path (Long, required) - The record", null).orElseThrow().location());
    assertEquals(ParameterLocation.HEADER, MarkdownParameterText.item("Authorization header (required) - a token", null)
        .orElseThrow().location());
    for (String noun : List.of("Request body (JSON) - the user", "Search query (string) - the text",
        "File path (string) - where it is stored")) {
      assertTrue(MarkdownParameterText.item(noun, null).map(MarkdownParameter::location)
          .filter(location -> location != null).isEmpty(), noun);
    }
  }
}

