package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordRouteTablesTest {

  @Test
  void rowsOfAPathAndAMethodUnderTheirColumnsNamesAreATable() {
    List<String> lines = List.of("エンドポイント メソッド 説明 認証", "/health GET ヘルスチェック 不要",
        "/users/:id GET 特定ユーザー取得 不要", "以上です。");
    Optional<WordTables.Found> found = WordRouteTables.at(lines, List.of(3, 4, 5, 6), 0);

    assertEquals(new MarkdownElement.Table(List.of("エンドポイント", "メソッド", "説明 認証"),
        List.of(List.of("/health", "GET", "ヘルスチェック 不要"), List.of("/users/:id", "GET", "特定ユーザー取得 不要")),
        3, false), found.orElseThrow().table());
    assertEquals(3, found.get().end());
  }

  @Test
  void aNameColumnBeforeTheMethodAndPathTakesTheWordsBeforeThem() {
    Optional<WordTables.Found> found = WordRouteTables.at(List.of("API名 メソッド エンドポイント 概要",
        "Create Work POST /works/create Workを新しく作る", "List Works GET /works/:id 一覧を返す", "🔐 共通ヘッダー"),
        List.of(1, 2, 3, 4), 0);

    assertEquals(new MarkdownElement.Table(List.of("API名", "メソッド", "エンドポイント", "概要"),
        List.of(List.of("Create Work", "POST", "/works/create", "Workを新しく作る"),
            List.of("List Works", "GET", "/works/:id", "一覧を返す")), 1, false), found.get().table());
    assertEquals(3, found.get().end());
    assertEquals(Optional.empty(), WordRouteTables.at(List.of("API名 メソッド エンドポイント 概要",
        "GET /works/:id 一覧を返す"), List.of(1, 2), 0), "a row without the name its header opens with");
  }

  @Test
  void aMethodFirstAWordThatIsNoPathOrNoRowAtAllIsNone() {
    assertEquals(Optional.empty(), WordRouteTables.at(List.of("Method Path Summary", "GET /users List users"),
        List.of(1, 2), 0), "a row opening with its method is a request line already");
    assertEquals(Optional.empty(), WordRouteTables.at(List.of("Path Method Notes", "users get lowercase"),
        List.of(1, 2), 0));
    assertEquals(Optional.empty(), WordRouteTables.at(List.of("Path Method Notes"), List.of(1), 0));
    assertEquals(Optional.empty(), WordRouteTables.at(List.of("Route method matching is case-sensitive:",
        "/Users GET answers 404 Not Found.", "/items GET answers 200 OK."), List.of(1, 2, 3), 0), "a sentence");
    assertEquals(1, WordRouteTables.at(List.of("Path Method Description Auth?", "/health GET Liveness probe yes"),
        List.of(1, 2), 0).orElseThrow().table().rows().size(), "one row, a question mark in a header's word");
  }
}
