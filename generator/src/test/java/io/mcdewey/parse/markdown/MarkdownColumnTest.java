package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.RandomTexts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownColumnTest {

  @Test
  void namesColumnsByTheirUsualWords() {
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("Mandatory"));
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("Req"), "abbreviated");
    assertEquals(Optional.of(MarkdownColumn.CONSTRAINTS), MarkdownColumn.named("Additional information"));
    assertTrue(MarkdownColumn.isHeader(List.of("Parameter", "Type", "Description")));
    assertFalse(MarkdownColumn.isHeader(List.of("Type", "Description")));
    assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named("Query String Parameter"));
    assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named("Form Parameters"));
    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named("HTTP代码"));
    assertEquals(Optional.of(MarkdownColumn.TYPE), MarkdownColumn.named("Schéma"));
    for (String name : List.of("属性", "Paramètre", "Parâmetro", "Request Params", "Request Body", "Header Parameter")) {
      assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named(name), name);
    }
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("Required / Optional"));
    assertEquals(Optional.of(MarkdownColumn.PATH), MarkdownColumn.named("RESOURCE URL"));
    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named("返回编码"));
  }

  @Test
  void namesTheColumnsOfParameterTablesInTheLanguagesGuidesAreWrittenIn() {
    List<List<String>> headers = List.of(List.of("Nazwa", "Typ", "Wymagany", "Opis"),
        List.of("Nome", "Tipo", "Obbligatorio", "Descrizione"), List.of("Naam", "Type", "Verplicht", "Beschrijving"),
        List.of("Параметр", "Тип данных", "Обязательно", "Описание"), List.of("參數名稱", "類型", "必填", "說明"),
        List.of("항목명", "유형", "필수", "비고"), List.of("Tham số", "Kiểu", "Bắt buộc", "Mô tả"),
        List.of("Nama", "Tipe", "Wajib", "Keterangan"), List.of("Parametre", "Tür", "Zorunlu", "Açıklama"));
    for (List<String> header : headers) {
      assertEquals(List.of(MarkdownColumn.NAME, MarkdownColumn.TYPE, MarkdownColumn.REQUIRED,
          MarkdownColumn.DESCRIPTION), header.stream().map(cell -> MarkdownColumn.named(cell).orElseThrow()).toList(),
          header.toString());
    }
    assertEquals(Optional.of(MarkdownColumn.OPTIONAL), MarkdownColumn.named("Opcjonalny"));
    assertEquals(Optional.of(MarkdownColumn.DEFAULT), MarkdownColumn.named("Valor por defecto"));
    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named("Kod odpowiedzi"));
  }

  @Test
  void namesAColumnByItsWordsBeforeAPrepositionSayingWhoseTheyAre() {
    assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named("Paramètre de requête"));
    assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named("Nombre del campo"));
    assertEquals(Optional.of(MarkdownColumn.TYPE), MarkdownColumn.named("Tipo de dato"));
    assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named("Clave"));
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("Required or not"));
    assertEquals(Optional.empty(), MarkdownColumn.named("Fin de la liste"), "no column's words before it");
    assertEquals(Optional.empty(), MarkdownColumn.named("de la requête"), "nothing before it");
  }

  @Test
  void readsAHeaderWithoutTheCaptionGluedBeforeIt() {
    assertEquals(List.of("Name", "Description", "Type"),
        MarkdownColumn.withoutCaption(List.of("User", "Name", "Description", "Type")));
    assertEquals(List.of("Name", "Description", "Type"),
        MarkdownColumn.withoutCaption(List.of("UserResponseName", "Description", "Type")));
    assertEquals(List.of("Kennel", "Owner", "Type"), MarkdownColumn.withoutCaption(List.of("Kennel", "Owner", "Type")));
  }

  @Test
  void namesAColumnThroughMarkupSpacingAndAClosingYesNo() {
    String padded = "  **HTTP" + " ".repeat(200) + "response   code**:  (yes/no) ";
    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named(padded));
    assertEquals(Optional.of(MarkdownColumn.REQUIRED), MarkdownColumn.named("__Required__ (true/false)"));
    assertEquals(Optional.empty(), MarkdownColumn.named("http response code and more words than any column has"));
  }

  @Test
  void namesAColumnWhateverLetterItsCellOpensWith() {
    assertEquals(Optional.of(MarkdownColumn.NAME), MarkdownColumn.named("\u212Aey"), "a Kelvin sign lowers to k");
    assertEquals(Optional.of(MarkdownColumn.ROW_NUMBER), MarkdownColumn.named(" `#` "));
    assertEquals(Optional.empty(), MarkdownColumn.named("Xylophone"));
    assertEquals(Optional.empty(), MarkdownColumn.named("* _ :"));
  }

  @Test
  void reachesAsFarAsAStretchCouldStillNameAColumn() {
    String line = "xx" + "*".repeat(50) + "HTTP response code (true/false) and then the rest of a sentence";
    int reach = MarkdownColumn.reach(line, 2);

    assertEquals(Optional.of(MarkdownColumn.STATUS), MarkdownColumn.named(line.substring(2, line.indexOf(" and"))));
    assertTrue(reach >= line.indexOf(" and") && reach < line.length(), "reach " + reach);
    assertEquals(Optional.empty(), MarkdownColumn.named(line.substring(2, reach + 1)));
    assertEquals("Name".length(), MarkdownColumn.reach("Name", 0));
  }

  @Test
  void readsTheWordsOfACellAsItsPatternsDid() {
    // No line break but whitespace: the pattern dropped a yes-or-no mark before a closing one too, where the scan
    // keeps it, and neither names a column.
    Pattern markup = Pattern.compile("[*_`:]");
    Pattern whitespace = Pattern.compile("\\s+");
    Pattern yesNo = Pattern.compile("\\s*\\((?:y/n|yes/no|true/false)\\)$");
    List<String> pieces = List.of("Name", "type", "(y/n)", "(Yes/No)", "(true/false)", "*", "_", "`", ":", " ", "\t",
        "\n", "\u00a0", "(", ")", "\u0130");
    for (String cell : RandomTexts.of(pieces, 50_000, 6)) {
      String lower = markup.matcher(cell.strip().toLowerCase(Locale.ROOT)).replaceAll("");
      String words = yesNo.matcher(whitespace.matcher(lower).replaceAll(" ")).replaceFirst("");
      assertEquals(words, MarkdownColumn.words(cell), cell);
    }
  }
}
