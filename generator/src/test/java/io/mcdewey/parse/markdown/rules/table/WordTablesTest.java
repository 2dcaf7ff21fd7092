package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTablesTest {

  @Test
  void readsAHeaderOfColumnNamesAndARowALine() {
    WordTables.Found found = WordTables.at(List.of("Parameter Type Required Description",
        "kennel string true Name of the kennel", "active boolean false Whether to list active dogs", "Example"),
        List.of(1, 2, 3, 4), 0).orElseThrow();

    assertEquals(List.of("Parameter", "Type", "Required", "Description"), found.table().header());
    assertEquals(List.of(List.of("kennel", "string", "true", "Name of the kennel"),
        List.of("active", "boolean", "false", "Whether to list active dogs")), found.table().rows());
    assertEquals(3, found.end());
  }

  @Test
  void readsAHeaderOfNamesAndTypesAloneARowBeingANameAndOneWordNamingItsType() {
    WordTables.Found found = WordTables.at(List.of("Parameter Type", "startRow NsUnsignedLong", "fields string[]",
        "Returns the arrays."), List.of(1, 2, 3, 4), 0).orElseThrow();

    assertEquals(List.of(List.of("startRow", "NsUnsignedLong"), List.of("fields", "string[]")), found.table().rows());
    assertEquals(3, found.end());
    assertTrue(WordTables.at(List.of("parameter type", "title", "string"), List.of(1, 2, 3), 0).isEmpty(),
        "no row of two words under it");
    assertTrue(WordTables.at(List.of("Name Type", "The name of it"), List.of(1, 2), 0).isEmpty());
    for (List<String> prose : List.of(List.of("Key Type", "RSA keys", "EC keys"),
        List.of("Parameter Type", "Body JSON"), List.of("Parameter Type", "Query string"))) {
      assertTrue(WordTables.at(prose, List.of(1, 2, 3).subList(0, prose.size()), 0).isEmpty(), prose.toString());
    }
  }

  @Test
  void readsARowWhoseTypeCellIsEmptyByItsRequiredWord() {
    WordTables.Found found = WordTables.at(List.of("Parameter Type Required Description", "Accept true"),
        List.of(1, 2), 0).orElseThrow();

    assertEquals(List.of(List.of("Accept", "", "true", "")), found.table().rows());
  }

  @Test
  void readsARequiredColumnsYesOrNoInOtherLanguages() {
    WordTables.Found found = WordTables.at(List.of("名前 説明 必須", "limit 取得するユーザー数の上限 いいえ",
        "email ユーザーのメールアドレス はい"), List.of(1, 2, 3), 0).orElseThrow();

    assertEquals(List.of(List.of("limit", "取得するユーザー数の上限", "いいえ"), List.of("email", "ユーザーのメールアドレス", "はい")),
        found.table().rows());
  }

  @Test
  void readsTablesWithoutARequiredColumn() {
    WordTables.Found found = WordTables.at(List.of("Name Type Description", "limit integer At most this many"),
        List.of(1, 2), 0).orElseThrow();

    assertEquals(List.of(List.of("limit", "integer", "At most this many")), found.table().rows());
  }

  @Test
  void readsNameAndTypeOfAWiderTableWhoseSecondColumnIsTheType() {
    WordTables.Found found = WordTables.at(List.of("Nazwa Typ Wartość Opis", "email string - Adres konta",
        "password string - Hasło", "Success response"), List.of(1, 2, 3, 4), 0).orElseThrow();

    assertEquals(List.of(List.of("email", "string", "", "- Adres konta"), List.of("password", "string", "", "- Hasło")),
        found.table().rows());
    assertEquals(3, found.end(), "a name and a word are no row of four columns");
    assertEquals(1, WordTables.at(List.of("Name Type Default Description", "Note that all fields are sent as JSON."),
        List.of(1, 2), 0).orElseThrow().end(), "a sentence names no type");
    assertEquals(1, WordTables.at(List.of("Parameter Required Description", "Fields marked required must be sent."),
        List.of(1, 2), 0).orElseThrow().end(), "a sentence is no row under a header that lost its type");
  }

  @Test
  void readsATypeCellOpenedByItsRequiredMarkAndDescriptionsOverSeveralLines() {
    WordTables.Found found = WordTables.at(List.of("Name Type Description Example Default",
        "kennelId required, string The kennel's number k1", "walkers optional, array", "field of each walk item",
        "Who walks the dogs.", "note optional, string A note.", "Request headers", "Name Type Description",
        "Accept string The media type"), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), 0).orElseThrow();

    assertEquals(List.of(List.of("kennelId", "required, string", "", "", "The kennel's number k1"),
        List.of("walkers", "optional, array", "", "", "field of each walk item Who walks the dogs."),
        List.of("note", "optional, string", "", "", "A note.")), found.table().rows());
    assertEquals(6, found.end(), "the lines before the next table's header are no description");
  }

  @Test
  void readsRowsMarkedInAnyLanguageUnderAHeaderThatLostItsTypeColumn() {
    WordTables.Found found = WordTables.at(List.of("パラメーター名 必須 説明", "app 数値または文字列 必須 アプリID",
        "id 数値 省略可 レコードID"), List.of(1, 2, 3), 0).orElseThrow();

    assertEquals(List.of(List.of("app", "必須", "アプリID"), List.of("id", "省略可", "レコードID")), found.table().rows());
  }

  @Test
  void takesNoProseOrAmbiguousHeaderForATable() {
    assertTrue(WordTables.at(List.of("Name the kennel first"), List.of(1), 0).isEmpty());
    assertTrue(WordTables.at(List.of("Name Default Example Description"), List.of(1), 0).isEmpty());
    assertTrue(WordTables.at(List.of("Type Name Description"), List.of(1), 0).isEmpty());
  }

  @Test
  void takesNoSentenceAfterADescriptionForARow() {
    WordTables.Found found = WordTables.at(List.of("Name Type Default Description", "expand string none What to embed",
        "in the answer.", "Results integer of this call are kept an hour."), List.of(1, 2, 3, 4), 0).orElseThrow();

    assertEquals(List.of(List.of("expand", "string", "", "none What to embed")), found.table().rows());
    assertEquals(2, found.end());
  }
}
