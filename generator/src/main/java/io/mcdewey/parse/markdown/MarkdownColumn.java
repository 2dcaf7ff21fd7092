package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Whitespace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a table column holds, told by the words of its header cell ({@code Name}, {@code HTTP Status}). The words are
 * the ones REST documentation in general uses for its parameter, header, status and endpoint tables, in English and,
 * for parameter and status tables, in Chinese ({@code 参数名称}, {@code 类型}, {@code 是否必填}, {@code 描述}) and
 * Korean ({@code 위치}, {@code 키}, {@code 응답 코드}), and the column names Swagger2Markup prints in each of its
 * languages ({@code Nom}, {@code Beschreibung}, {@code Schéma}, {@code HTTP代码}).
 */
public enum MarkdownColumn {
  /** A parameter's name. */
  NAME("name", "parameter", "parameter name", "param", "field", "field name", "key", "property", "attribute",
      "attributes", "properties",
      "argument", "element", "path parameter", "path param", "query parameter", "query param", "body parameter",
      "body param", "form parameter", "get parameter", "get parameters", "post parameter", "post parameters",
      "url parameter", "uri parameter", "path parameters", "query parameters",
      "query string parameter", "query string parameters", "body parameters", "form parameters", "url parameters",
      "uri parameters", "header parameter", "header parameters", "request param", "request params",
      "request parameter", "request parameters", "request body", "request body parameter", "request body parameters",
      "参数名称", "参数名", "参数", "字段", "字段名", "名称", "키", "이름", "파라미터",
      "필드", "名前", "属性", "パラメータ", "パラメーター", "パラメータ名", "パラメーター名", "フィールド", "フィールド名",
      "項目名", "nom", "nombre", "nome", "имя",
      "paramètre", "parámetro", "parâmetro", "champ", "campo", "clave", "chave", "clé", "schlüssel", "feld",
      "nazwa", "parametr", "pole", "naam", "veld", "parametro", "параметр", "поле", "название", "parametre",
      "tham số", "tên", "trường", "nama", "參數", "參數名", "參數名稱", "欄位", "欄位名稱", "名稱", "항목", "항목명", "변수", "변수명", "매개변수",
      "파라미터명", "필드명", "キー", "項目", "feldname", "parametername",
      "propiedad", "propriété", "proprietà", "propriedade", "eigenschaft", "свойство", "atributo", "atributos",
      "attributs", "namn", "navn", "nimi", "název", "nume", "parametri", "parameteri", "fält", "felt", "alan"),
  /** A request header's name. */
  HEADER_NAME("header", "header name", "http header", "request header"),
  /** A value's type; Swagger2Markup heads it Schema, in each of its languages. */
  TYPE("type", "data type", "datatype", "value type", "format", "类型", "数据类型", "型", "データ型", "타입", "자료형", "typ", "tipo",
      "тип", "タイプ", "schema", "架构", "スキーマ", "schéma", "esquema", "схема",
      "typ danych", "datentyp", "тип данных", "tür", "kiểu", "kiểu dữ liệu", "tipe", "tip", "tipe data", "類型", "資料類型",
      "數據類型", "유형", "데이터 타입", "형식", "データタイプ", "tyyppi", "datatyp"),
  REQUIRED("required", "mandatory", "required?", "mandatory?", "required / optional", "required/optional", "必填",
      "是否必填", "必选", "是否必选", "必须", "是否必须",
      "出现要求", "필수", "필수 여부", "必須", "requerido", "obligatorio", "obrigatório", "requis", "obligatoire",
      "erforderlich", "pflicht", "обязательный", "required or not",
      "wymagane", "wymagany", "obowiązkowy", "obowiązkowe", "obbligatorio", "richiesto", "verplicht", "vereist",
      "обязательно", "обязательное", "обязательность", "zorunlu", "gerekli", "bắt buộc", "wajib", "必需", "是否必需", "必要",
      "必傳", "是否必傳", "必填項", "必填项", "是否必要", "필수값", "obligatorisch", "requerida", "obrigatória", "requise",
      "req", "req.", "obligatorisk", "påkrævet", "påkrevd", "krävs", "pakollinen", "povinný", "povinné",
      "obligatoriu"),
  /** The opposite of {@link #REQUIRED}: {@code true} marks a parameter that may be left out. */
  OPTIONAL("optional", "optional?",
      "opcional", "facultatif", "optionnel", "opzionale", "opcjonalny", "opcjonalne", "valfri", "valgfri"),
  DESCRIPTION("description", "details", "notes", "note", "meaning", "remarks", "comment", "comments", "explanation",
      "purpose", "summary", "message", "reason", "reason phrase", "描述", "说明", "备注", "参数说明", "字段说明", "설명",
      "説明", "beschreibung", "descripción", "descrição", "описание",
      "opis", "descrizione", "beschrijving", "omschrijving", "açıklama", "mô tả", "deskripsi", "keterangan", "popis",
      "說明", "備註", "비고", "내용", "erläuterung", "bemerkung", "significado", "signification", "beskrivning",
      "beskrivelse", "kuvaus", "descriere", "leírás", "περιγραφή"),
  /**
   * A row's constraints ({@code Additional information}: {@code Required}, {@code Max length: 75}), where a page marks
   * the rows that are required and leaves the others unmarked.
   */
  CONSTRAINTS("additional information", "constraints", "validation", "restrictions", "rules", "제약 조건", "제약조건",
      "kural", "kurallar"),
  /** Where a parameter travels ({@code query}, {@code path}). */
  LOCATION("in", "location", "parameter type", "param type", "located in", "위치", "位置"),
  STATUS("status", "status code", "http status", "http status code", "code", "response code", "http code",
      "http response code", "return code", "response status", "http代码", "http コード", "code http", "código http",
      "código de status http", "http код", "状态码", "错误代码", "错误码", "返回码", "返回编码", "응답 코드", "상태 코드",
      "응답 상태 코드", "código", "codigo", "código de estado",
      "statuscode", "status-code", "код ответа", "код", "kod", "kod odpowiedzi", "code de statut", "code d'état",
      "durum kodu",
      "code retour", "codice", "codice di stato", "ステータスコード", "ステータス", "狀態碼", "回應碼", "상태", "http 상태 코드", "http状态码",
      "响应码", "estado", "código de erro"),
  DEFAULT("default", "default value", "默认值",
      "standardwert", "valeur par défaut", "valor por defecto", "valor predeterminado", "valor padrão", "默认", "預設值",
      "既定値", "デフォルト値", "デフォルト", "기본값", "значение по умолчанию"),
  VALUES("value", "values", "allowed values", "possible values", "valid values", "expected values", "enum", "example",
      "example value",
      "wartość", "valeur", "valeurs", "valor", "valores", "wert", "werte", "значение", "取值", "可选值", "示例值", "値", "값"),
  /** A row counter, which is no parameter ({@code Sl.No}). */
  ROW_NUMBER("#", "no", "no.", "sl.no", "sl. no", "sl no", "s.no", "sr.no", "sr. no", "sr no", "index"),
  METHOD("method", "methods", "http method", "http methods", "http-method", "http-methods", "verb", "verbs",
      "http verb", "verbo", "verbe", "método", "metodo", "méthode", "methode", "요청 방식", "메서드", "메소드", "请求方式", "请求方法",
      "метод", "メソッド", "方法", "metoda"),
  PATH("path", "uri", "url", "endpoint", "resource", "request uri", "request url", "resource url", "resource uri",
      "route", "http request", "request line", "ruta", "rota", "chemin", "caminho", "pfad", "путь",
      "ścieżka", "percorso", "pad", "パス", "路径", "路徑", "경로", "エンドポイント", "端点", "엔드포인트", "endpunkt");

  /** The header given to a table printed without one whose rows each name a field and describe it. */
  public static final List<String> NAME_AND_DESCRIPTION = List.of("Name", "Description");
  /** Each column's words, mapped to the first column, in the order above, that has them. */
  private static final Map<String, MarkdownColumn> BY_WORDS = byWords();
  /** The first word of each column's words. */
  private static final Set<String> FIRST_WORDS = firstWords();
  /**
   * The hash codes of {@link #FIRST_WORDS}, sorted: {@link #mayName} compares a cell's first word with them by its
   * hash code, computed as it is read, so that the many cells whose first word is none are told without a copy.
   */
  private static final int[] FIRST_WORD_HASHES = FIRST_WORDS.stream().mapToInt(String::hashCode).sorted().toArray();
  /** The most characters of any of {@link #FIRST_WORDS}. */
  private static final int LONGEST_FIRST_WORD = FIRST_WORDS.stream().mapToInt(String::length).max().orElse(0);
  /** The marks of a closing yes-or-no column ({@code Required (y/n)}), which name no other column. */
  private static final List<String> YES_NO = List.of("(y/n)", "(yes/no)", "(true/false)");
  /** The most characters, besides whitespace and markup, of a cell that names a column. */
  private static final int LONGEST = Arrays.stream(values()).flatMap(column -> column.words.stream())
      .mapToInt(String::length).max().orElse(0) + "(true/false)".length();

  private static final List<String> GENITIVES =
      List.of(" de ", " du ", " des ", " del ", " do ", " da ", " dos ", " das ", " di ", " della ", " dello ");
  private static final Set<String> ARTICLES = Set.of("la", "le", "les", "los", "las", "il", "lo", "a", "o", "os", "as");
  /** What a column's words say, after such a preposition, they are of: a field, a parameter, a request, data. */
  private static final Set<String> FIELD_WORDS = Set.of("campo", "campos", "champ", "champs", "parámetro",
      "parámetros", "parâmetro", "parâmetros", "paramètre", "paramètres", "parametro", "parametri", "requête",
      "requisição", "consulta", "petición", "solicitud", "dato", "datos", "dado", "dados", "donnée", "données",
      "atributo", "atributos", "attribut", "attributs", "propriedade", "propiedad", "propriété", "clave", "chave");
  /** A caption glued to a first header cell that names the row: {@code UserResponseName}. */
  private static final Pattern GLUED_NAME = Pattern.compile("^\\p{Lu}\\w*?(Name)$");

  private final Set<String> words;

  MarkdownColumn(String... words) {
    this.words = Set.of(words);
  }

  /** The column a header cell names, if it is one of the known words. */
  public static Optional<MarkdownColumn> named(String headerCell) {
    if (!mayName(headerCell) || tooLong(headerCell)) {
      return Optional.empty();
    }
    String words = words(headerCell);
    MarkdownColumn column = BY_WORDS.get(words);
    return Optional.ofNullable(column != null ? column : BY_WORDS.get(beforeGenitive(words)));
  }

  /**
   * Whether a header cell names fields in the plural ({@code Attributes}, {@code Properties}): a name column where it
   * opens the table, a column of lists of names elsewhere ({@code | Event | Properties |}).
   */
  static boolean namesInThePlural(String headerCell) {
    String words = words(headerCell);
    return words.equals("attributes") || words.equals("properties") || words.equals("atributos")
        || words.equals("attributs");
  }

  /**
   * The words before a preposition of French, Spanish, Portuguese or Italian saying they are a field's or a request's
   * ({@code nombre del campo}, {@code paramètre de requête}, {@code tipo de dato}): the column's own words; empty
   * otherwise ({@code nombre del evento} names events, not fields).
   */
  static String beforeGenitive(String words) {
    int earliest = -1;
    String preposition = null;
    for (String candidate : GENITIVES) {
      int at = words.indexOf(candidate);
      if (at > 0 && (earliest < 0 || at < earliest)) {
        earliest = at;
        preposition = candidate;
      }
    }
    if (preposition == null) {
      return "";
    }
    String[] after = words.substring(earliest + preposition.length()).split(" ");
    // An article may stand before the noun ({@code nombre de la propiedad}).
    String owner = after.length > 1 && ARTICLES.contains(after[0]) ? after[1] : after[0];
    return FIELD_WORDS.contains(owner) ? words.substring(0, earliest) : "";
  }

  /**
   * A header cell's words as they are looked up: in lower case, without markup ({@code *_`:}), each run of whitespace
   * one space, without a closing yes-or-no mark. Scanned by hand, since the table readers ask this of many stretches
   * of every line.
   */
  static String words(String headerCell) {
    String lower = headerCell.strip().toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder(lower.length());
    boolean inRun = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '*' || c == '_' || c == '`' || c == ':') {
        continue;
      }
      boolean space = Whitespace.isSpace(c);
      if (!space || !inRun) {
        words.append(space ? ' ' : c);
      }
      inRun = space;
    }
    for (String mark : YES_NO) {
      int end = words.length() - mark.length();
      if (end >= 0 && words.indexOf(mark, end) == end) {
        return words.substring(0, end > 0 && words.charAt(end - 1) == ' ' ? end - 1 : end);
      }
    }
    return words.toString();
  }

  /**
   * Whether a cell may name a column, told by its first word alone. The words {@link #named} looks up, and those
   * before a genitive it looks up, open with the cell's first word as {@link #words} reads it: a cell whose first word
   * opens no column's words names none. A first word of printable ASCII characters lowers character by character as
   * the whole cell does; one holding any other character, which may lower to several or to ASCII (the Kelvin sign to
   * k), or a parenthesis, which a closing yes-or-no mark that is dropped opens, is left to {@link #words}. The table
   * readers try many stretches of every line, and most are told so without reading their words.
   */
  private static boolean mayName(String cell) {
    int at = 0;
    while (at < cell.length() && Character.isWhitespace(cell.charAt(at))) {
      at++;
    }
    int length = 0;
    int hash = 0;
    for (; at < cell.length(); at++) {
      char c = cell.charAt(at);
      if (c == '*' || c == '_' || c == '`' || c == ':') {
        continue;
      }
      if (Whitespace.isSpace(c)) {
        break;
      }
      if (c < ' ' || c > '~' || c == '(') {
        return true;
      }
      if (length == LONGEST_FIRST_WORD) {
        // Lowering never shortens a word: one longer than every first word is none of them.
        return false;
      }
      // The hash code of the lowered word, as String.hashCode computes it: words of another hash code differ.
      hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      length++;
    }
    return Arrays.binarySearch(FIRST_WORD_HASHES, hash) >= 0;
  }

  private static Set<String> firstWords() {
    Set<String> firstWords = new java.util.HashSet<>();
    for (String words : BY_WORDS.keySet()) {
      int space = words.indexOf(' ');
      firstWords.add(space < 0 ? words : words.substring(0, space));
    }
    return firstWords;
  }

  private static Map<String, MarkdownColumn> byWords() {
    Map<String, MarkdownColumn> columns = new HashMap<>();
    for (MarkdownColumn column : values()) {
      column.words.forEach(words -> columns.putIfAbsent(words, column));
    }
    return columns;
  }

  /**
   * Whether a cell holds more than any column's words could come to: more characters besides whitespace and the
   * markup {@link #named} drops than the longest words and a closing {@code (true/false)}. Telling so costs less than
   * reading the words.
   */
  private static boolean tooLong(String cell) {
    return reach(cell, 0) < cell.length();
  }

  /**
   * Where the longest stretch of {@code text} from {@code start} that is not too long to name a column ends: any
   * longer stretch names none. The table readers try many stretches of a line as column names.
   */
  public static int reach(String text, int start) {
    int kept = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '*' && c != '_' && c != '`' && c != ':' && ++kept > LONGEST) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Whether cells read as the header of a table: at least two, each naming a known column, one of them a column that
   * identifies rows (a name, a status or a method).
   */
  public static boolean isHeader(List<String> cells) {
    if (cells.size() < 2) {
      return false;
    }
    boolean identifying = false;
    for (String cell : cells) {
      Optional<MarkdownColumn> column = named(cell);
      if (column.isEmpty()) {
        return false;
      }
      identifying |= column.get().identifiesRows();
    }
    return identifying;
  }

  /**
   * The header cells without a caption glued before them, as text copied from a page prints a table's caption on its
   * header line: {@code User| Name | Type} reads {@code Name | Type}, {@code UserResponseName | Type} reads
   * {@code Name | Type}. The cells themselves when they need no such reading.
   */
  public static List<String> withoutCaption(List<String> cells) {
    if (cells.size() < 3 || isHeader(cells)
        || !cells.subList(1, cells.size()).stream().allMatch(cell -> named(cell).isPresent())) {
      return cells;
    }
    List<String> header = new java.util.ArrayList<>(cells);
    java.util.regex.Matcher glued = GLUED_NAME.matcher(cells.get(0).strip());
    if (glued.matches()) {
      header.set(0, glued.group(1));
    } else {
      header.remove(0);
    }
    return isHeader(header) ? header : cells;
  }

  private boolean identifiesRows() {
    return this == NAME || this == HEADER_NAME || this == STATUS || this == METHOD;
  }
}
