package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRequiredTest {

  @Test
  void readsTheWordWhereAParametersTextSaysIt() {
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("Optional. The breed."));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("The breed (required)"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("Date the dog was fed (optional, null means never)"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("[default to 1] [optional]"), "openapi-generator's notes");
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("nombre de usuario REQUERIDO"), "a mark closing in capitals");
    assertEquals(null, MarkdownRequired.fromText("the id of the USER"));
    assertEquals(null, MarkdownRequired.fromText("REQUERIDO"), "a word alone is read elsewhere");
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("Search API専用のクライアントID (必須)"));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("**[必須]** 作品のID"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("【任意】 並び順"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("リミット (任意 デフォルト: 20, MAX: 100)"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("Nome do campo（opcional）"));
    assertEquals(null, MarkdownRequired.fromText("The limit (20 at most)"));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("(string: <required>) - Names the kennel."));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("The breed. Required."));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("breed - is optional"));
  }

  @Test
  void readsTheWordInAListOfQualifiersAfterTheType() {
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("string, optional, default value: \"\""));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("integer, required"));
  }

  @Test
  void knowsNothingFromAWordInTheMiddleOfASentence() {
    assertNull(MarkdownRequired.fromText("The breed, as the kennel's register requires it, in full"));
    assertNull(MarkdownRequired.fromText("Names the optional second owner of the dog"));
    assertNull(MarkdownRequired.fromText("Otherwise, optional fields are left empty."));
    assertNull(MarkdownRequired.fromText("Note, required only for admins."));
  }

  @Test
  void readsCellsOfRequiredAndOptionalColumns() {
    assertEquals(Boolean.TRUE, MarkdownRequired.fromCell("Yes"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromOptionalCell("Yes"));
    assertNull(MarkdownRequired.fromCell("maybe"));
  }

  @Test
  void readsTheWordInAnyCaseOfItsAsciiLetters() {
    assertEquals(Boolean.TRUE, MarkdownRequired.fromText("The breed (REQUIRED)"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromText("The breed. NOT Required."));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromIntroduction("These headers ARE Mandatory on every call."));
    assertNull(MarkdownRequired.fromText("The breed (requ\u0131red)"), "a dotless i is no i");
  }

  @Test
  void readsTheMarkAfterANameInTheLanguagesOfSwagger2Markup() {
    assertEquals(Boolean.TRUE, MarkdownRequired.fromNameMark("*required*"));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromNameMark("必填"));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromNameMark("*Requis*"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromNameMark("Opcional"));
    assertNull(MarkdownRequired.fromNameMark("string"));
  }

  @Test
  void aRequiredColumnsMarkOfOptionalQualifiedAfterACommaOrInParenthesesIsThatMark() {
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("否，默认值/最大值 10"));
    assertNull(MarkdownRequired.fromRequiredColumn("必填（与 mobile 二选一）"), "a condition");
    assertNull(MarkdownRequired.fromRequiredColumn("Yes (POST only)"), "a condition");
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("No, defaults to 10"));
    assertNull(MarkdownRequired.fromRequiredColumn("Required for `add`"), "a condition");
    assertEquals(Boolean.TRUE, MarkdownRequired.fromRequiredColumn("✅ Да"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("❌ Нет"));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromRequiredColumn("✅"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("❌ only when paging"), "the mark says it");
    assertNull(MarkdownRequired.fromRequiredColumn("See below, maybe"));
  }

  @Test
  void readsTheMarksOfGuidesInOtherLanguages() {
    for (String required : List.of("Wymagane", "obowiązkowy", "obbligatorio", "verplicht", "필수", "必需", "zorunlu")) {
      assertEquals(Boolean.TRUE, MarkdownRequired.fromNameMark(required), required);
    }
    for (String optional : List.of("Opcjonalne", "facoltativo", "opzionale", "optioneel", "선택", "необязательный")) {
      assertEquals(Boolean.FALSE, MarkdownRequired.fromNameMark(optional), optional);
    }
  }

  @Test
  void aRequiredColumnTakesTheMarksANameMayCarry() {
    assertEquals(Boolean.TRUE, MarkdownRequired.fromRequiredColumn("必须"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("非必须"));
    assertEquals(Boolean.TRUE, MarkdownRequired.fromRequiredColumn("Obligatoire"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("Non"));
    assertEquals(Boolean.FALSE, MarkdownRequired.fromRequiredColumn("facultatif"));
  }

  @Test
  void aColumnOfCheckMarksAndDashesSaysNoByItsDashes() {
    assertEquals(true, MarkdownRequired.checksAndDashes(List.of("✓", "-", " — ")));
    assertEquals(false, MarkdownRequired.checksAndDashes(List.of("Yes", "-")), "a dash beside words");
    assertEquals(false, MarkdownRequired.checksAndDashes(List.of("✓", "")), "a blank cell");
    assertEquals(false, MarkdownRequired.checksAndDashes(List.of("-", "-")), "dashes alone");
  }
}
