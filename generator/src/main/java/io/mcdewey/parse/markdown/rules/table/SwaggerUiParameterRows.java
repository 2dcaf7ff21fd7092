package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parameter rows of a Swagger UI page copied as text: each row prints its name (a star after it when
 * required), its type as Swagger UI writes it ({@code integer($int64)}, {@code array[string]}) and its place in
 * parentheses ({@code (query)}) on lines of their own, then its description ({@code Default value : 20} and the
 * value's field included) up to the next row. The three lines together are the convention's own; a name and a type
 * without the place are left to the other rules. Rows are returned as a table of name, type, place and description,
 * the star kept on the name for the table's reading.
 */
public final class SwaggerUiParameterRows {
  private static final Pattern NAME = Pattern.compile("^([A-Za-z_$@][\\w.\\[\\]$@-]*)(\\s*\\*)?$");
  /** A type as Swagger UI prints it: a JSON Schema type, its format in parentheses, an array's items in brackets. */
  private static final Pattern TYPE =
      Pattern.compile("^(?:string|integer|number|boolean|array|object|file)(?:\\(\\$[\\w-]+\\))?(?:\\[[^\\]]+])?$");
  private static final Pattern PLACE = Pattern.compile("^\\((path|query|header|cookie|body|formData)\\)$");
  /** The word Swagger UI prints between a deprecated parameter's type and its place. */
  private static final String DEPRECATED = "deprecated";
  /** Swagger UI's own words after the last row's description: the sections and controls that follow it. */
  private static final Set<String> AFTER_THE_ROWS = Set.of("Responses", "Request body", "Execute", "Cancel",
      "Code Description Links", "Code Description");
  private static final List<String> HEADER = List.of("Name", "Type", "In", "Description");

  private SwaggerUiParameterRows() {}

  public static Optional<WordTables.Found> at(List<String> lines, List<Integer> numbers, int start) {
    if (!opensRow(lines, start)) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    int i = start;
    while (opensRow(lines, i)) {
      Matcher name = NAME.matcher(lines.get(i).strip());
      name.matches();
      int placeAt = placeLine(lines, i);
      Matcher place = PLACE.matcher(lines.get(placeAt).strip());
      place.matches();
      int end = placeAt + 1;
      while (end < lines.size() && !opensRow(lines, end) && !AFTER_THE_ROWS.contains(lines.get(end).strip())) {
        end++;
      }
      String description = String.join(" ", lines.subList(placeAt + 1, end).stream().map(String::strip).toList());
      if (placeAt > i + 2) {
        description = (DEPRECATED + ". " + description).strip();
      }
      rows.add(List.of(name.group(1) + (name.group(2) != null ? " *" : ""), lines.get(i + 1).strip(),
          place.group(1), description));
      i = end;
    }
    return Optional.of(new WordTables.Found(new MarkdownElement.Table(HEADER, rows, numbers.get(start), false), i));
  }

  /**
   * Whether a row opens at a line: a name, a type, perhaps the word deprecated, and a place in parentheses, each on a
   * line of its own.
   */
  private static boolean opensRow(List<String> lines, int at) {
    return placeLine(lines, at) > 0 && TYPE.matcher(lines.get(at + 1).strip()).matches()
        && NAME.matcher(lines.get(at).strip()).matches();
  }

  /** The index of the place line of a row opening at a line, after its type or the word deprecated; -1 if none. */
  private static int placeLine(List<String> lines, int at) {
    int place = at + 2 < lines.size() && lines.get(at + 2).strip().equals(DEPRECATED) ? at + 3 : at + 2;
    // A place is in parentheses: told before the pattern runs, as every line of a paragraph is asked.
    return place < lines.size() && lines.get(place).strip().startsWith("(")
        && PLACE.matcher(lines.get(place).strip()).matches() ? place : -1;
  }
}
