package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Scripts;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's rows read by what its columns hold: statuses or parameters, and the columns of endpoints ({@link
 * TableRequests} reads their requests).
 *
 * @param table the table
 * @param columns where each known column stands
 */
public record MarkdownTableRows(MarkdownElement.Table table, Map<MarkdownColumn, Integer> columns) {
  /** Status codes sharing a cell, joined by slashes or commas ({@code 401/403}, {@code 400, 422}). */
  private static final Pattern JOINED_CODES = Pattern.compile("[1-5]\\d\\d(?:\\s*[/,]\\s*[1-5]\\d\\d)+");
  private static final Pattern CODE_JOINT = Pattern.compile("\\s*[/,]\\s*");
  /** A name, then an equals sign and its value's syntax ({@code db=<database>}). */
  private static final Pattern ASSIGNED_NAME = Pattern.compile("([A-Za-z_][\\w.-]*)=\\S+");
  static final Pattern EMPHASIS = Pattern.compile("[*`]");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w.\\[\\]$-]*");
  private static final Pattern PARENTHESES = Pattern.compile("[()]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;]");
  private static final Set<String> NONE = Set.of("", "none", "n/a", "-", "—", "ninguno", "ninguna", "aucun");
  /** Words that join names listed as alternatives or together, in the languages of the column words. */
  private static final Set<String> JOINING_WORDS = Set.of("or", "and", "o", "y", "u", "e", "ou", "et", "oder", "und",
      "или", "и", "或", "和");
  private static final Pattern LISTED_NAME = Pattern.compile("[A-Za-z_][\\w.\\[\\]-]*");
  private static final int MOST_NAMES_IN_A_CELL = 8;
  /** A description stating a default value ({@code Defaults to 1}, {@code default: asc}). */
  private static final Pattern DEFAULT_STATED = Pattern.compile("(?i)\\bdefault");
  /** A star after a name, the mark of a required row ({@code shop*}, {@code userId *}). */
  private static final Pattern REQUIRED_STAR = Pattern.compile("^[^*\\s]+\\s*\\*+(?:\\s|$)");
  /** A location in parentheses among a name's qualifiers ({@code petId * string (path)}), as Swagger UI prints it. */
  private static final Pattern QUALIFIER_LOCATION =
      Pattern.compile("(?i)\\((path|query|header|body|formData)\\)");
  /** A cell that holds a route or a URL rather than a field's path. */
  private static final Pattern ROUTE = Pattern.compile("\\s*`?(?:/|\\w+://|\\S*\\{)");
  /** The word a location may open with ({@code Request Body}, {@code Request Header}). */
  private static final String REQUEST_WORD = "request ";
  private static final Pattern BRACKETED_MARK = Pattern.compile("\\[([^\\[\\]\\s]+)]");
  /** Marks before a name that nest it in the row above ({@code » adopter}, {@code └─ id}), not part of it. */
  private static final Pattern NESTING_MARKS = Pattern.compile("^[»›↳└├│─→>\\s-]+");

  public static MarkdownTableRows of(MarkdownElement.Table table) {
    Map<MarkdownColumn, Integer> columns = new EnumMap<>(MarkdownColumn.class);
    for (int i = 0; i < table.header().size(); i++) {
      int index = i;
      MarkdownColumn.named(table.header().get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
    }
    Integer name = columns.get(MarkdownColumn.NAME);
    if (name != null && name > 0 && MarkdownColumn.namesInThePlural(table.header().get(name))) {
      columns.remove(MarkdownColumn.NAME);
    }
    if (name == null && !table.header().isEmpty() && !columns.containsKey(MarkdownColumn.METHOD)
        && !columns.containsKey(MarkdownColumn.PATH) && columns.containsKey(MarkdownColumn.TYPE)
        && namesNameColumnInThePlural(table.header().get(0))
        && table.rows().stream().allMatch(row -> IDENTIFIER.matcher(cell(row, 0)).matches())) {
      // A first column named in the plural beside a column of types ({@code Parameters | Type | Information}) names a
      // field a row, each cell a name (not {@code Network settings} or {@code Ctrl+S}).
      columns.put(MarkdownColumn.NAME, 0);
    }
    if (namesFieldsByPath(table, columns)) {
      columns.put(MarkdownColumn.NAME, columns.remove(MarkdownColumn.PATH));
    }
    if (!columns.containsKey(MarkdownColumn.LOCATION) && holdsLocations(table, columns.get(MarkdownColumn.TYPE))) {
      // Swagger2Markup heads the parameter's location Type ({@code **Query**}), and its type Schema, or Type again.
      int location = columns.remove(MarkdownColumn.TYPE);
      columns.put(MarkdownColumn.LOCATION, location);
      for (int i = location + 1; i < table.header().size(); i++) {
        if (MarkdownColumn.named(table.header().get(i)).orElse(null) == MarkdownColumn.TYPE) {
          columns.put(MarkdownColumn.TYPE, i);
          break;
        }
      }
    }
    Integer status = columns.get(MarkdownColumn.STATUS);
    if (status != null && columns.containsKey(MarkdownColumn.NAME) && !columns.containsKey(MarkdownColumn.REQUIRED)
        && holdsRequiredWords(table, status)) {
      // A parameter's status said in words ({@code Parameter | Type | Status | Description} over {@code required}),
      // as laravel-apidoc-generator prints its tables: the required column.
      columns.put(MarkdownColumn.REQUIRED, columns.remove(MarkdownColumn.STATUS));
    }
    if (columns.containsKey(MarkdownColumn.NAME) && !columns.containsKey(MarkdownColumn.REQUIRED)) {
      // The one column under a header of other words whose every cell says required or optional, in any language
      // ({@code Recurso} over {@code Obrigatório} and {@code Opcional}), is the required column; of two
      // ({@code Create} and {@code Update}), each says it of one request only.
      List<Integer> marking = new ArrayList<>();
      for (int i = 0; i < table.header().size(); i++) {
        if (MarkdownColumn.named(table.header().get(i)).isEmpty() && holdsRequiredWords(table, i)) {
          marking.add(i);
        }
      }
      if (marking.size() == 1) {
        columns.put(MarkdownColumn.REQUIRED, marking.get(0));
      }
    }
    for (int i = 0; i < table.header().size() && columns.containsKey(MarkdownColumn.METHOD)
        && columns.containsKey(MarkdownColumn.PATH) && !columns.containsKey(MarkdownColumn.STATUS); i++) {
      // In a table of endpoints, a column under a header of other words whose every cell lists status codes
      // ({@code Validação/resultado} over {@code 200 / 401 / 422}) gives each row's answers.
      // One cell at least lists several: a number alone may be a limit or a port ({@code Rate limit} over 300).
      if (MarkdownColumn.named(table.header().get(i)).isEmpty() && listsStatusCodes(table, i)) {
        columns.put(MarkdownColumn.STATUS, i);
      }
    }
    for (int i = 0; i < table.header().size() && !columns.containsKey(MarkdownColumn.LOCATION); i++) {
      // A column of locations under a header word of its own language ({@code 区分}: {@code Path}, {@code Query}).
      if (MarkdownColumn.named(table.header().get(i)).isEmpty() && holdsLocations(table, i)) {
        columns.put(MarkdownColumn.LOCATION, i);
      }
    }
    return new MarkdownTableRows(table, columns);
  }

  /** Whether a header names the name column in the plural ({@code Parameters}, {@code Fields}, {@code Parámetros}). */
  private static boolean namesNameColumnInThePlural(String headerCell) {
    String header = EMPHASIS.matcher(headerCell).replaceAll("").strip();
    return header.length() > 1 && (header.endsWith("s") || header.endsWith("S"))
        && MarkdownColumn.named(header.substring(0, header.length() - 1)).filter(c -> c == MarkdownColumn.NAME)
            .isPresent();
  }

  /** Whether every cell of a column is only status codes, and one cell at least several. */
  private static boolean listsStatusCodes(MarkdownElement.Table table, int column) {
    boolean several = false;
    for (List<String> row : table.rows()) {
      int codes = MarkdownStatuses.codesOnly(cell(row, column)).size();
      if (codes == 0) {
        return false;
      }
      several |= codes > 1;
    }
    return several;
  }

  /** Whether every cell of a column says required or optional in a word of some language ({@code 非必须}). */
  private static boolean holdsRequiredWords(MarkdownElement.Table table, int column) {
    return !table.rows().isEmpty() && table.rows().stream()
        .allMatch(row -> MarkdownRequired.fromNameMark(EMPHASIS.matcher(cell(row, column)).replaceAll("")) != null);
  }

  /**
   * Whether every cell of a column names where a parameter travels ({@code Query}, {@code Body}, {@code formData},
   * {@code Request Body}).
   */
  private static boolean holdsLocations(MarkdownElement.Table table, Integer column) {
    return column != null && !table.rows().isEmpty() && table.rows().stream()
        .allMatch(row -> locationNamed(EMPHASIS.matcher(cell(row, column)).replaceAll("")) != null);
  }

  /**
   * Whether a table names fields by their path in the body ({@code items[].id}), as the field tables of generated
   * references print them (Spring REST Docs' {@code Path | Type | Description}): a column headed "Path" beside a
   * type column, without a method column, whose cells are no URLs or routes.
   */
  private static boolean namesFieldsByPath(MarkdownElement.Table table, Map<MarkdownColumn, Integer> columns) {
    Integer path = columns.get(MarkdownColumn.PATH);
    if (path == null || !columns.containsKey(MarkdownColumn.TYPE) || columns.containsKey(MarkdownColumn.METHOD)
        || columns.containsKey(MarkdownColumn.NAME)
        || !table.header().get(path).strip().replaceAll("[*_`]", "").equalsIgnoreCase("path")) {
      return false;
    }
    return table.rows().stream().map(row -> cell(row, path)).noneMatch(cell -> ROUTE.matcher(cell).lookingAt());
  }

  boolean has(MarkdownColumn column) {
    return columns.containsKey(column);
  }

  /**
   * Whether the first column, a column of names, names answers by their statuses: its first cell opens with one and
   * its standard reason, and at least half of the others with a status ({@code 200 OK}, {@code 404 Not Found}; a row
   * of {@code Other Status Codes} among them).
   */
  boolean namesStatuses() {
    if (!Integer.valueOf(0).equals(columns.get(MarkdownColumn.NAME)) || table.rows().isEmpty()
        || MarkdownStatuses.opening(cell(table.rows().get(0), 0)).filter(MarkdownStatuses::hasStandardReason)
            .isEmpty()) {
      return false;
    }
    long named = table.rows().stream().filter(row -> MarkdownStatuses.opening(cell(row, 0)).isPresent()).count();
    return named * 2 >= table.rows().size();
  }

  /**
   * The parameters a row of a table of endpoints names in the column given, which lists each endpoint's parameters
   * ({@code tag_id}, {@code `media_id` o `picture_id`}): names parted by commas or semicolons, or by a word joining
   * alternatives. A cell of other words ({@code none}, a sentence) names no parameter.
   */
  List<MarkdownParameter> parametersOf(List<String> row, int column) {
    String cell = column < row.size() ? row.get(column).strip() : "";
    if (NONE.contains(cell.toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String piece : LIST_SEPARATORS.split(cell)) {
      String[] words = WHITESPACE.split(piece.strip());
      // One name, or names each joined to the next by a word ({@code a o b o c}).
      for (int i = 0; i < words.length; i++) {
        boolean joining = i % 2 == 1;
        boolean fits = joining ? JOINING_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
            : LISTED_NAME.matcher(words[i]).matches();
        if (!fits || words.length % 2 == 0) {
          return List.of();
        }
        if (!joining) {
          names.add(words[i]);
        }
      }
    }
    return names.size() > MOST_NAMES_IN_A_CELL ? List.of()
        : names.stream().map(name -> MarkdownParameter.named(name, null)).toList();
  }

  /** The statuses a row's status column holds, as a table of endpoints gives each its answers. */
  List<Response> statusesOf(List<String> row) {
    if (!has(MarkdownColumn.STATUS)) {
      return List.of();
    }
    List<Response> listed = MarkdownStatuses.codesOnly(cell(row, MarkdownColumn.STATUS));
    return listed.size() > 1 ? listed : MarkdownStatuses.opening(cell(row, MarkdownColumn.STATUS)).stream().toList();
  }

  /** The statuses of a table with a status column. */
  List<Response> statuses() {
    return statuses(table.rows(), columns.get(MarkdownColumn.STATUS), columns.get(MarkdownColumn.DESCRIPTION));
  }

  /** The statuses a first column of names lists, each described by the description column where there is one. */
  List<Response> statusesNamed() {
    return statuses(table.rows(), 0, columns.get(MarkdownColumn.DESCRIPTION));
  }

  /** The statuses of a table without column names whose first column holds status codes, its header included. */
  List<Response> statusesByPosition() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.header());
    rows.addAll(table.rows());
    return statuses(rows, 0, table.header().size() > 1 ? 1 : null);
  }

  private static List<Response> statuses(List<List<String>> rows, int statusColumn, Integer descriptionColumn) {
    List<Response> responses = new ArrayList<>();
    for (List<String> row : rows) {
      String description = cell(row, descriptionColumn);
      String codes = cell(row, statusColumn).strip();
      if (JOINED_CODES.matcher(codes).matches()) {
        // Codes sharing a row ({@code 401/403}) each answer so.
        CODE_JOINT.splitAsStream(codes).forEach(code -> responses.add(new Response(Integer.parseInt(code), "",
            description)));
        continue;
      }
      Optional<Response> status = MarkdownStatuses.opening(codes);
      if (status.isEmpty()) {
        continue;
      }
      responses.add(description.isEmpty() ? status.get()
          : new Response(status.get().status(), status.get().reason(), description));
    }
    return responses;
  }

  /**
   * Whether a word opens a sentence rather than naming a field: a capital before small letters ({@code The}), or a
   * letter of a script without capitals.
   */
  private static boolean opensSentence(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
        || !word.isEmpty() && Scripts.isCaseless(word.codePointAt(0));
  }

  /** Whether every cell of a row but the column's is empty. */
  private boolean othersEmpty(List<String> row, MarkdownColumn column) {
    int kept = columns.getOrDefault(column, 0);
    for (int i = 0; i < row.size(); i++) {
      if (i != kept && !row.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parameters of a table with a name column.
   *
   * @param location where the parameters travel when no column, nor the name column's header ({@code Path
   *     parameter}), says, or {@code null}
   * @param introduced whether the sentence introducing the table calls its rows required, or {@code null}
   */
  public List<MarkdownParameter> parameters(ParameterLocation location, Boolean introduced) {
    MarkdownColumn nameColumn = has(MarkdownColumn.NAME) ? MarkdownColumn.NAME : MarkdownColumn.HEADER_NAME;
    String nameHeader = cell(table.header(), columns.get(nameColumn));
    // A field's path names no location: it is where the field sits in the body.
    ParameterLocation namedLocation = MarkdownColumn.named(nameHeader).orElse(null) == MarkdownColumn.PATH ? null
        : locationNamed(nameHeader);
    ParameterLocation tableLocation = has(MarkdownColumn.HEADER_NAME) ? ParameterLocation.HEADER
        : namedLocation != null ? namedLocation : location;
    List<MarkdownParameter> parameters = new ArrayList<>();
    // A question mark on some names marks the optional ones, as TypeScript marks properties: the others are required.
    // (A star marking the required ones says nothing of the others: pages leave them unsaid as often as optional.)
    boolean questionsOptional = table.rows().stream().anyMatch(row -> questioned(cell(row, nameColumn)));
    boolean dashSaysNo = checksRequiredRows();
    for (List<String> row : table.rows()) {
      boolean starred = REQUIRED_STAR.matcher(cell(row, nameColumn)).find();
      String[] nameCell = WHITESPACE.split(
          NESTING_MARKS.matcher(EMPHASIS.matcher(cell(row, nameColumn)).replaceAll("").strip()).replaceFirst(""), 2);
      // A name may be printed with its type after a colon ({@code include_entries: bool}), as code declares one.
      String name = nameCell[0].endsWith(":") ? nameCell[0].substring(0, nameCell[0].length() - 1) : nameCell[0];
      String qualifiers = nameCell.length > 1 ? nameCell[1] : "";
      // A question mark after a name marks it optional, as TypeScript marks a property ({@code display_name?}).
      boolean questioned = name.length() > 1 && name.endsWith("?");
      name = questioned ? name.substring(0, name.length() - 1) : name;
      // A name printed with the syntax of its value, as a query string writes it ({@code db=<database>},
      // {@code location={location}}, {@code consistency=[any,one]}), is the name before the sign.
      Matcher assigned = ASSIGNED_NAME.matcher(name);
      name = assigned.matches() ? assigned.group(1) : name;
      if (name.isEmpty() || name.startsWith("(") && name.endsWith(")")) {
        // A name in parentheses stands for what the request need not send ({@code (user)} beside {@code (n/a)}).
        continue;
      }
      if (!qualifiers.isEmpty() && MarkdownParameterText.endsSentence(qualifiers) && opensSentence(name)
          && table.header().size() > 1 && othersEmpty(row, nameColumn)) {
        // A sentence filling the name's cell alone is a note on the table's rows ({@code | The general paging
        // parameters can be used too.}, a cell spanning the row), not a field.
        continue;
      }
      if (name.chars().noneMatch(Character::isLetterOrDigit)
          || name.chars().noneMatch(c -> c < 0x80 && Character.isLetterOrDigit(c)) && !typedOrMarked(row)) {
        // A name of marks alone ({@code []}, the body's array itself) is no field's; a name without an ASCII letter or
        // digit that the row gives neither a type nor a required mark is a caption
        // ({@code 接口名称}, {@code 版本号} in a table of a document's details) or a header printed again
        // ({@code 参数名 | 类型 | 必填}); one typed or marked is a field, whatever its script ({@code Код},
        // {@code 统一社会信用代码}).
        continue;
      }
      String type = cell(row, MarkdownColumn.TYPE);
      if (type.isEmpty() && nameCell[0].endsWith(":") && MarkdownParameterText.isType(qualifiers)) {
        type = qualifiers;
      }
      String description = cell(row, MarkdownColumn.DESCRIPTION);
      if (description.isEmpty()) {
        description = cell(row, MarkdownColumn.VALUES);
      }
      Boolean required = has(MarkdownColumn.REQUIRED)
          ? dashSaysNo && MarkdownRequired.isDash(cell(row, MarkdownColumn.REQUIRED)) ? Boolean.FALSE
              : MarkdownRequired.fromRequiredColumn(cell(row, MarkdownColumn.REQUIRED))
          : has(MarkdownColumn.OPTIONAL) ? MarkdownRequired.fromOptionalCell(cell(row, MarkdownColumn.OPTIONAL))
          : constrained(row);
      if (required == null) {
        required = MarkdownRequired.fromNameMark(qualifiers);
      }
      for (String text : List.of(PARENTHESES.matcher(qualifiers).replaceAll(""), type, description)) {
        required = required != null ? required : MarkdownRequired.fromText(text);
      }
      if (required == null) {
        required = markInOtherNotes(row);
      }
      if (required == null && starred) {
        required = Boolean.TRUE;
      }
      if (required == null && questioned) {
        required = Boolean.FALSE;
      }
      if (required == null && questionsOptional && !DEFAULT_STATED.matcher(description).find()) {
        // A name whose value has a default is no required one, whatever mark it lacks.
        required = Boolean.TRUE;
      }
      ParameterLocation rowLocation = has(MarkdownColumn.LOCATION)
          ? locationNamed(cell(row, MarkdownColumn.LOCATION)) : tableLocation;
      if (rowLocation == null) {
        Matcher located = QUALIFIER_LOCATION.matcher(qualifiers);
        rowLocation = locationNamed(
            located.find() ? located.group(1) : PARENTHESES.matcher(qualifiers).replaceAll(""));
      }
      parameters.add(new MarkdownParameter(name, rowLocation, required != null ? required : introduced,
          description, type, List.of()));
    }
    return parameters;
  }

  /** Whether the table's required column checks the required rows and dashes the others. */
  private boolean checksRequiredRows() {
    return has(MarkdownColumn.REQUIRED) && MarkdownRequired.checksAndDashes(
        table.rows().stream().map(row -> cell(row, MarkdownColumn.REQUIRED)).toList());
  }

  /** Whether a row gives its field a type or a required mark the reader knows. */
  private boolean typedOrMarked(List<String> row) {
    String type = cell(row, MarkdownColumn.TYPE);
    return !type.isBlank() && MarkdownParameterText.isFieldType(WHITESPACE.split(type.strip(), 2)[0])
        || MarkdownRequired.fromRequiredColumn(cell(row, MarkdownColumn.REQUIRED)) != null;
  }

  /** Whether a name cell's name ends with a question mark, as TypeScript marks an optional property. */
  private static boolean questioned(String nameCell) {
    String name = WHITESPACE.split(EMPHASIS.matcher(nameCell).replaceAll("").strip(), 2)[0];
    return name.length() > 1 && name.endsWith("?");
  }

  /**
   * What a constraints column says of a row: required where it says so, optional where it does not, since a column
   * that lists a row's constraints would list that one.
   */
  private Boolean constrained(List<String> row) {
    if (!has(MarkdownColumn.CONSTRAINTS)) {
      return null;
    }
    String constraints = cell(row, MarkdownColumn.CONSTRAINTS).toLowerCase(Locale.ROOT);
    // Constraints written as a schema's ({@code Not Null}, {@code Nullable}) say it as well as the words do.
    if (constraints.contains("not null")) {
      return Boolean.TRUE;
    }
    Boolean stated = MarkdownRequired.fromText(constraints);
    if (stated == null) {
      // The first constraint may be the mark alone, in any language the reader knows ({@code Zorunlu, min 8 karakter}).
      stated = MarkdownRequired.fromNameMark(constraints.split("[,;]", 2)[0]);
    }
    return stated != null ? stated : Boolean.FALSE;
  }

  /** A location as an "In" column names it ({@code path}, {@code query}, {@code header}, {@code body}). */
  private static ParameterLocation locationNamed(String cell) {
    String named = cell.strip().toLowerCase(Locale.ROOT);
    String word = named.startsWith(REQUEST_WORD) ? named.substring(REQUEST_WORD.length()) : named;
    if (word.startsWith("path") || word.startsWith("uri") || word.startsWith("url")) {
      return ParameterLocation.PATH;
    }
    if (word.startsWith("query")) {
      return ParameterLocation.QUERY;
    }
    if (word.startsWith("header")) {
      return ParameterLocation.HEADER;
    }
    if (word.startsWith("body") || word.startsWith("form")) {
      return ParameterLocation.BODY;
    }
    return null;
  }

  /**
   * The required or optional mark a further column of notes prints ({@code Description | Notes} over
   * {@code ... | [optional] [default to 1]}, as openapi-generator's API pages print a parameter); null when none does.
   */
  private Boolean markInOtherNotes(List<String> row) {
    Integer description = columns.get(MarkdownColumn.DESCRIPTION);
    for (int i = 0; i < table.header().size() && i < row.size(); i++) {
      if (!Integer.valueOf(i).equals(description)
          && MarkdownColumn.named(table.header().get(i)).orElse(null) == MarkdownColumn.DESCRIPTION) {
        // A mark alone or in square brackets ({@code [optional] [default to 1]}); a condition ({@code Required when
        // method is card}) says it of some calls only.
        Matcher bracketed = BRACKETED_MARK.matcher(row.get(i));
        Boolean mark = bracketed.find() ? MarkdownRequired.fromNameMark(bracketed.group(1))
            : MarkdownRequired.fromNameMark(row.get(i).strip());
        if (mark != null) {
          return mark;
        }
      }
    }
    return null;
  }

  String cell(List<String> row, MarkdownColumn column) {
    return cell(row, columns.get(column));
  }

  static String cell(List<String> row, Integer column) {
    return column == null || column >= row.size() ? "" : row.get(column).strip();
  }
}
