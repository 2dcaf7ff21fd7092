package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.MarkdownRequired;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fields printed a part a line, as text copied from a page whose field boxes hold the name, the type, a
 * required mark and the description in elements of their own: Mintlify's {@code ParamField} ({@code badge_id},
 * {@code string}, {@code required}, {@code ID of the badge}) and Redoc's parameter rows ({@code api-version},
 * {@code required}, {@code string}, {@code Default: "v1"}), the mark before or after the type, lines qualifying the
 * value ({@code Default:}, {@code Enum:}, {@code Example:}, {@code <= 100}) after them. The records read as a table of
 * fields ({@code Name | Type | Required | Description}), a record a row, under whatever label stands above: two at
 * least in one paragraph, each with the lines describing it, or one with a required mark or a line qualifying its
 * value (Redoc's, its description in the next paragraph; GitBook's, {@code id}, {@code required}, {@code string}).
 */
public final class NameTypeLines {
  /** A field's name, perhaps with a star after it marking it required, as GitBook prints it ({@code account_id*}). */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w.$-]*(?:\\[])?\\*?");
  private static final Pattern TYPE = Pattern.compile("(?:" + MarkdownParameterText.TYPES + ")(?:\\s*<[^<>]+>)?"
      + "(?:\\[])?(?:\\s+or\\s+null)?(?:\\s*\\([\\w .-]+\\))?");
  /** A type and the required mark after it on one line, as Document360 prints them ({@code string Required}). */
  private static final Pattern MARKED_TYPE = Pattern.compile("(" + TYPE.pattern() + ")\\s+(\\S+)");
  /** A line qualifying a field's value, as Redoc prints it under the field's type. */
  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i)^(?:(?:default|enum|example|examples|value|values|possible values|allowed values|format|pattern)\\s*:"
          + "|[<>]=?\\s*-?\\d|non-empty\\b)");
  private static final int FEWEST_RECORDS = 2;
  /**
   * A status code alone on its line, perhaps glued to the word naming its tab or to a heading's anchor glyph
   * ({@code 200Success}, {@code 200#}), as pages saved as text print an operation's answers.
   */
  private static final Pattern STATUS_ALONE = Pattern.compile("[1-5]\\d\\d(?:\\p{Lu}\\p{Ll}+|#)?");
  /** How many elements apart records of one list stand at most, each with its description and qualifiers. */
  private static final int NEAR = 6;
  /** The fewest words of a description printed without a stop. */
  private static final int DESCRIPTION_WORDS = 3;
  /** A sentence's opening: a capitalised word, then a word in lower case. */
  private static final Pattern SENTENCE = Pattern.compile("\\p{Lu}\\p{Ll}*\\s+\\p{Ll}");
  private static final List<String> HEADER = List.of("Name", "Type", "Required", "Description");

  private NameTypeLines() {}

  /** The elements, each run of records read as a table of fields. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>();
    int i = 0;
    while (i < elements.size()) {
      List<List<String>> rows = new ArrayList<>();
      Run run = records(elements, i, rows);
      int end = run.end();
      // A record alone needs a required mark or a line qualifying its value, or, described by the paragraph after it,
      // records near it, as pages print a field and its description a paragraph each: a caption over a type word
      // ({@code Returns} over {@code object}) is none.
      boolean acceptedAlone = rows.size() == 1 && (run.lastQualified()
          || !Character.isUpperCase(rows.get(0).get(0).charAt(0)) && describes(elements, end)
              && recordsNear(elements, i, end));
      if (rows.size() < FEWEST_RECORDS && !acceptedAlone) {
        read.add(elements.get(i));
        i++;
        continue;
      }
      List<String> last = rows.get(rows.size() - 1);
      if (last.get(3).isEmpty() && describes(elements, end)) {
        // Fields printed a paragraph each print their description as the paragraph after them.
        rows.set(rows.size() - 1, List.of(last.get(0), last.get(1), last.get(2), text(elements.get(end))));
        end++;
      }
      read.add(new MarkdownElement.Table(HEADER, rows, elements.get(i).line(), false));
      i = end;
    }
    return read;
  }

  /**
   * Reads the records opening at {@code from}, in one paragraph, into {@code rows}: a name, its type with a required
   * mark before or after it, lines qualifying its value, and the lines describing it up to the next record; the last
   * record takes one line of description.
   */
  private static Run records(List<MarkdownElement> elements, int from, List<List<String>> rows) {
    int at = from;
    boolean qualified = false;
    while (opensRecord(elements, at)
        && (at == from || inParagraph(elements, at, (MarkdownElement.TextLine) elements.get(from)))) {
      MarkdownElement.TextLine name = (MarkdownElement.TextLine) elements.get(at);
      at++;
      String required = "";
      if (mark(elements.get(at)) != null) {
        required = text(elements.get(at));
        at++;
      }
      String type = text(elements.get(at));
      Matcher marked = MARKED_TYPE.matcher(type);
      if (required.isEmpty() && !TYPE.matcher(type).matches() && marked.matches()) {
        type = marked.group(1);
        required = marked.group(2);
      }
      at++;
      if (required.isEmpty() && inParagraph(elements, at, name) && mark(elements.get(at)) != null) {
        required = text(elements.get(at));
        at++;
      }
      qualified = !required.isEmpty();
      while (inParagraph(elements, at, name) && QUALIFIER.matcher(text(elements.get(at))).find()) {
        qualified = true;
        at++;
      }
      List<String> description = new ArrayList<>();
      while (inParagraph(elements, at, name) && !opensRecord(elements, at) && !opensStatuses(elements, at)
          && !opensRequest(elements, at) && !opensTable(elements, at, name)
          && (description.isEmpty() || opensRecordLater(elements, at, name))) {
        description.add(text(elements.get(at)));
        at++;
      }
      String printed = name.text().strip();
      boolean starred = printed.endsWith("*");
      rows.add(List.of(starred ? printed.substring(0, printed.length() - 1) : printed, type,
          starred && required.isEmpty() ? "required" : required, String.join(" ", description)));
      qualified |= starred;
    }
    return new Run(at, qualified);
  }

  /** Whether another record opens within a few elements before {@code from} or after {@code end}. */
  private static boolean recordsNear(List<MarkdownElement> elements, int from, int end) {
    for (int at = Math.max(0, from - NEAR); at < Math.min(elements.size(), end + NEAR); at++) {
      if ((at < from || at >= end) && opensRecord(elements, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the element at {@code at} is a paragraph of one line reading as a sentence, which describes a field: a
   * capitalised word then words in lower case, three at least or closed by a stop, so that a caption
   * ({@code Response example}, {@code Example request}) is none.
   */
  private static boolean describes(List<MarkdownElement> elements, int at) {
    if (at >= elements.size() || !(elements.get(at) instanceof MarkdownElement.TextLine line) || line.listItem()
        || line.line() != line.paragraph() || inParagraph(elements, at + 1, line)) {
      return false;
    }
    String text = line.text().strip();
    boolean sentence = text.endsWith(".") || text.endsWith("。") || Whitespace.split(text).length >= DESCRIPTION_WORDS;
    return sentence && SENTENCE.matcher(text).lookingAt() && !text.endsWith(":");
  }

  /**
   * Where a run of records ends, and whether its last record had a required mark or a line qualifying its value.
   */
  private record Run(int end, boolean lastQualified) {}

  /**
   * Whether line {@code at} opens the answers after a record: a status alone, or the caption right above one
   * ({@code Responses} over {@code 200}), as pages saved as text print an operation's answers after its fields.
   */
  private static boolean opensStatuses(List<MarkdownElement> elements, int at) {
    MarkdownElement.TextLine line = (MarkdownElement.TextLine) elements.get(at);
    return STATUS_ALONE.matcher(line.text().strip()).matches()
        || inParagraph(elements, at + 1, line) && STATUS_ALONE.matcher(text(elements.get(at + 1))).matches();
  }

  /**
   * Whether line {@code at} opens the column names of another table, or is the caption right above them or above a
   * table ({@code Request Body} over {@code Name}, {@code Type}), as GitBook's tables saved as text print each table:
   * the fields after it are that table's, not the description of the record before.
   */
  private static boolean opensTable(List<MarkdownElement> elements, int at, MarkdownElement.TextLine name) {
    return opensHeader(elements, at, name) || opensHeader(elements, at + 1, name)
        || at + 1 < elements.size() && elements.get(at + 1) instanceof MarkdownElement.Table;
  }

  private static boolean opensHeader(List<MarkdownElement> elements, int at, MarkdownElement.TextLine name) {
    return inParagraph(elements, at + 1, name) && inParagraph(elements, at, name)
        && CellPerLineTables.opensHeader(text(elements.get(at)), text(elements.get(at + 1)));
  }

  /** Whether line {@code at} is a request line or a method badge alone, which opens the next operation. */
  private static boolean opensRequest(List<MarkdownElement> elements, int at) {
    String text = text(elements.get(at));
    return MarkdownRequestLines.isMethod(text) || !MarkdownRequestLines.opening(text, 0).isEmpty();
  }

  /** Whether a further record opens in the same paragraph after line {@code at}. */
  private static boolean opensRecordLater(List<MarkdownElement> elements, int at, MarkdownElement.TextLine name) {
    for (int i = at; inParagraph(elements, i, name); i++) {
      if (opensRecord(elements, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name alone stands at {@code at}, its type alone on the line after it or after a required mark, in one
   * paragraph.
   */
  private static boolean opensRecord(List<MarkdownElement> elements, int at) {
    if (at + 1 >= elements.size() || !(elements.get(at) instanceof MarkdownElement.TextLine name)
        || name.listItem() || !NAME.matcher(name.text().strip()).matches()
        || TYPE.matcher(name.text().strip()).matches() || mark(name) != null
        || inParagraph(elements, at - 1, name) && STATUS_ALONE.matcher(text(elements.get(at - 1))).matches()) {
      // A status alone over its reason and the answer's type ({@code 200}, {@code OK}, {@code object}) opens none.
      return false;
    }
    int type = inParagraph(elements, at + 1, name) && mark(elements.get(at + 1)) != null ? at + 2 : at + 1;
    return inParagraph(elements, type, name) && isType(text(elements.get(type)));
  }

  /** Whether a line is a type alone or a type and a required mark after it ({@code string Required}). */
  private static boolean isType(String line) {
    if (TYPE.matcher(line).matches()) {
      return true;
    }
    Matcher marked = MARKED_TYPE.matcher(line);
    return marked.matches() && MarkdownRequired.fromNameMark(marked.group(2)) != null;
  }

  /**
   * Whether {@code line} is a name alone with its type alone on the next line, or on the one after a required mark
   * ({@code port} over {@code integer}): the first line of a field printed a part a line.
   */
  public static boolean opensRecord(String line, String next, String afterNext) {
    String name = line.strip();
    if (!NAME.matcher(name).matches() || TYPE.matcher(name).matches() || MarkdownRequired.fromNameMark(name) != null) {
      return false;
    }
    String type = MarkdownRequired.fromNameMark(next.strip()) != null ? afterNext : next;
    return isType(type.strip());
  }

  private static boolean inParagraph(List<MarkdownElement> elements, int at, MarkdownElement.TextLine first) {
    return at >= 0 && at < elements.size() && elements.get(at) instanceof MarkdownElement.TextLine line
        && !line.listItem() && line.paragraph() == first.paragraph();
  }

  private static String text(MarkdownElement element) {
    return ((MarkdownElement.TextLine) element).text().strip();
  }

  /** The required mark a line is, in any of the languages the reader knows; null when it is none. */
  private static Boolean mark(MarkdownElement element) {
    return element instanceof MarkdownElement.TextLine line ? MarkdownRequired.fromNameMark(line.text().strip())
        : null;
  }
}
