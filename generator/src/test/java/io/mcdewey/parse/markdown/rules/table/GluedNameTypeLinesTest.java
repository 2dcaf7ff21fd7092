package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GluedNameTypeLinesTest {

  @Test
  void aNameGluedToItsTypeAndMarkIsParted() {
    assertEquals(List.of("limit", "integer", "Optional"), parts("limitintegerOptional"));
    assertEquals(List.of("Authorization", "string", "Required"), parts("AuthorizationstringRequired"));
    assertEquals(List.of("kode_klpd", "string"), parts("kode_klpdstring"));
    assertEquals(List.of("ids", "string[]", "Required"), parts("idsstring[]Required"));
    assertEquals(List.of("page_size", "integer", "Obrigatório"), parts("page_sizeintegerObrigatório"));
  }

  @Test
  void theCaptionOfAValueGluedAfterTheMarkIsLeftOut() {
    assertEquals(List.of("url", "string", "Required"), parts("urlstringRequiredExample:"));
    assertEquals(List.of("event", "string", "Required"), parts("eventstring · enumRequiredPossible values:"));
    assertEquals(List.of("limit", "integer", "Optional"), parts("limitintegerOptionalDefault:"));
  }

  @Test
  void notesAfterAMiddleDotAndQualifiersBeforeTheMarkAreLeftOut() {
    assertEquals(List.of("first_name", "string", "Required"), parts("first_namestring · max: 50Required"));
    assertEquals(List.of("id", "string", "Required"), parts("idstring · uuidRead-onlyRequired"));
    assertEquals(List.of("created_at", "string", "Required"), parts("created_atstring · date-time · nullableRequired"));
    assertEquals(List.of("owner", "object", "Optional"), parts("ownerobjectRead-onlyOptional"));
    assertEquals(Optional.empty(), GluedNameTypeLines.field("notestring · max: 50"), "notes without a mark");
  }

  @Test
  void aStarredNameKeepsItsStarAndASentenceGluedAfterTheTypeDescribesIt() {
    assertEquals(List.of("env*", "string", "Este endpoint só funciona em produção."),
        parts("env*stringEste endpoint só funciona em produção."));
  }

  @Test
  void aDescriptionInAScriptWithoutCapitalsMayFollowTheType() {
    assertEquals(List.of("page", "integer", "ページ番号(デフォルト: 1)"), parts("pageintegerページ番号(デフォルト: 1)"));
    assertEquals(List.of("id", "string", "任务的ID"), parts("idstring任务的ID"));
    assertEquals(Optional.empty(), GluedNameTypeLines.field("idstring任"), "one letter is no description");
    assertEquals(Optional.empty(), GluedNameTypeLines.field("querystringで検索条件を指定します。"), "a sentence");
    assertEquals(List.of("page", "整数", "页码,默认为1"), parts("page整数页码,默认为1"));
    assertEquals(List.of("name", "文字列", "ユーザー名"), parts("name文字列ユーザー名"));
  }

  @Test
  void theLastTypeGluedToANameIsItsOwn() {
    assertEquals(List.of("querystring", "string"), parts("querystringstring"));
    assertEquals(List.of("phonenumber", "string", "Optional"), parts("phonenumberstringOptional"));
  }

  @Test
  void wordsAndSentencesAreNone() {
    for (String text : List.of("string", "Strings are compared", "The substring is kept.", "arrayOfThings",
        "usersarray of objects", "limit integer Optional", "1string", "idstringlowercase", "see the string")) {
      assertEquals(Optional.empty(), GluedNameTypeLines.field(text), text);
    }
  }

  @Test
  void aQuestionMarkAfterANameMakesItOptionalAndTheFieldsNearItRequired() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        ## List packages

        GET
        /api/v1/packages

        Query Parameters

        kode_klpdstring

        The unit whose packages are listed.

        tahuninteger

        The fiscal year.

        limit?integer

        How many rows at most.
        """);

    // Each field and the paragraph describing it read as a table of one row.
    List<List<String>> rows = elements.stream().filter(e -> e instanceof MarkdownElement.Table)
        .flatMap(e -> ((MarkdownElement.Table) e).rows().stream()).map(row -> row.subList(0, 3)).toList();
    assertEquals(List.of(List.of("kode_klpd", "string", "required"), List.of("tahun", "integer", "required"),
        List.of("limit", "integer", "optional")), rows);
  }

  @Test
  void aNameOverItsTypeAloneIsLeftAsPrinted() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        phonenumber
        string
        The phone to call.
        pagenumber
        integer
        The page.
        """);

    MarkdownElement.Table table = (MarkdownElement.Table) elements.get(0);
    assertEquals(List.of("phonenumber", "pagenumber"), table.rows().stream().map(row -> row.get(0)).toList());
  }

  private static List<String> parts(String text) {
    return GluedNameTypeLines.field(text).orElseThrow(() -> new AssertionError(text)).parts(false);
  }

  @Test
  void namesOverTheirTypeOrMarkAndListsOfBareWordsAreLeftAsPrinted() {
    List<MarkdownElement> overParts = MarkdownElements.read("""
        phone_number
        String
        Required
        The phone number.
        account_number
        string (E.164)
        The account number.
        """);
    assertEquals(overParts, GluedNameTypeLines.read(overParts));
    List<MarkdownElement> words = MarkdownElements.read("""
        Operators

        substring

        Matches a part of the value.

        tostring

        Compares the value as text.
        """);
    assertEquals(words, GluedNameTypeLines.read(words), "no field of the list says more than a name and a type");
  }

}
