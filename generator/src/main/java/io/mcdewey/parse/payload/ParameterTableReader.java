package io.mcdewey.parse.payload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads flattened parameter tables whose columns come out reversed, each row ending with the type and the parameter
 * name ({@code — The ID of the user. String id}); {@code -->role} marks a parameter nested in the one above. The
 * table's caption ({@code User API Parameters}) names the object it describes.
 */
final class ParameterTableReader {

  /**
   * One row.
   *
   * @param owner the object the row's parameter belongs to
   * @param name the parameter name
   * @param description the description column
   * @param allowedValues the upper-case values of the possible-values column
   * @param type the type column's word ({@code Boolean}, {@code Integer}), empty when the table gives none
   */
  record Row(String owner, String name, String description, List<String> allowedValues, String type) {}

  private static final Pattern ROW_END = Pattern.compile(
      "\\b(?<type>String|Integer|Int|Long|Boolean|Collection|Date|DateTime|Timestamp|Number|Object|Enum)\\s+"
          + "(?<depth>-*>)?(?<name>[A-Za-z_]\\w*)(?=\\s|$)");
  private static final Pattern VALUE_LIST =
      Pattern.compile("(?<![\\w])([A-Z][A-Z0-9]*(?:_ ?[A-Z0-9]+)*(?:,\\s*[A-Z][A-Z0-9]*(?:_ ?[A-Z0-9]+)*)+)(?![\\w])");
  private static final Pattern CAPTION_OWNER = Pattern.compile("([A-Z][A-Za-z]+)(?: API)? Parameters\\s*$");
  private static final int MAX_ROW_LENGTH = 800;

  private ParameterTableReader() {}

  static List<Row> read(String text, String header) {
    List<Row> rows = new ArrayList<>();
    if (header.isEmpty()) {
      return rows;
    }
    int at = text.indexOf(header);
    while (at >= 0) {
      Matcher caption = CAPTION_OWNER.matcher(text.substring(Math.max(0, at - 80), at));
      String owner = caption.find() ? caption.group(1) : "";
      int next = text.indexOf(header, at + header.length());
      int end = next < 0 ? text.length() : next;
      readRows(text, at + header.length(), end, owner, rows);
      at = next;
    }
    return rows;
  }

  private static void readRows(String text, int from, int end, String owner, List<Row> rows) {
    Matcher matcher = ROW_END.matcher(text).region(from, end);
    int rowStart = from;
    List<String> parents = new ArrayList<>();
    while (matcher.find()) {
      String row = text.substring(rowStart, matcher.start()).strip();
      if (row.length() > MAX_ROW_LENGTH || row.contains("<")) {
        return;
      }
      int depth = matcher.group("depth") == null ? 0 : matcher.group("depth").length() - 2;
      String name = matcher.group("name");
      while (parents.size() > Math.max(depth, 0)) {
        parents.remove(parents.size() - 1);
      }
      String rowOwner = depth > 0 && !parents.isEmpty() ? parents.get(parents.size() - 1) : owner;
      if (!rowOwner.isEmpty()) {
        rows.add(new Row(rowOwner, name, description(row), allowedValues(row), matcher.group("type")));
      }
      parents.add(name);
      rowStart = matcher.end();
    }
  }

  private static List<String> allowedValues(String row) {
    List<String> values = new ArrayList<>();
    Matcher matcher = VALUE_LIST.matcher(row);
    if (matcher.find()) {
      for (String value : matcher.group(1).split(",")) {
        values.add(value.strip().replace("_ ", "_"));
      }
    }
    return values;
  }

  /** The last sentence run of the row, after its possible-values column. */
  private static String description(String row) {
    Matcher matcher = VALUE_LIST.matcher(row);
    int start = 0;
    if (matcher.find()) {
      start = matcher.end();
    } else {
      int dash = row.lastIndexOf("— ");
      start = dash < 0 ? 0 : dash + 2;
    }
    return row.substring(start).strip();
  }
}
