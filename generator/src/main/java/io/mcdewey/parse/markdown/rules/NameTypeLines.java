package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.MarkdownRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads fields printed a part a line, as text copied from a page whose field boxes hold the name, the type, a
 * required mark and the description in elements of their own (Mintlify's {@code ParamField}): {@code badge_id},
 * {@code string}, {@code required}, {@code ID of the badge}. Two such records at least, in one paragraph, read as a
 * table of fields ({@code Name | Type | Required | Description}), a record a row, under whatever label stands above.
 */
public final class NameTypeLines {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w.$-]*(?:\\[])?");
  private static final Pattern TYPE = Pattern.compile("(?:" + MarkdownParameterText.TYPES + ")(?:\\[])?");
  private static final int FEWEST_RECORDS = 2;
  private static final List<String> HEADER = List.of("Name", "Type", "Required", "Description");

  private NameTypeLines() {}

  /** The elements, each run of records in a paragraph read as a table of fields. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>();
    int i = 0;
    while (i < elements.size()) {
      List<List<String>> rows = new ArrayList<>();
      int end = records(elements, i, rows);
      if (rows.size() < FEWEST_RECORDS) {
        read.add(elements.get(i));
        i++;
        continue;
      }
      read.add(new MarkdownElement.Table(HEADER, rows, elements.get(i).line(), false));
      i = end;
    }
    return read;
  }

  /**
   * Reads the records opening at {@code from} into {@code rows}: a name, its type, perhaps a required mark, and the
   * lines describing it up to the next record; the last record takes one line of description. Returns where they end.
   */
  private static int records(List<MarkdownElement> elements, int from, List<List<String>> rows) {
    int at = from;
    while (opensRecord(elements, at)
        && (at == from || inParagraph(elements, at, (MarkdownElement.TextLine) elements.get(from)))) {
      MarkdownElement.TextLine name = (MarkdownElement.TextLine) elements.get(at);
      String type = ((MarkdownElement.TextLine) elements.get(at + 1)).text().strip();
      at += 2;
      String required = "";
      if (inParagraph(elements, at, name) && mark(elements.get(at)) != null) {
        required = ((MarkdownElement.TextLine) elements.get(at)).text().strip();
        at++;
      }
      List<String> description = new ArrayList<>();
      while (inParagraph(elements, at, name) && !opensRecord(elements, at)
          && (description.isEmpty() || opensRecordLater(elements, at, name))) {
        description.add(((MarkdownElement.TextLine) elements.get(at)).text().strip());
        at++;
      }
      rows.add(List.of(name.text().strip(), type, required, String.join(" ", description)));
    }
    return at;
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

  /** Whether a name alone stands at {@code at}, its type alone on the line after it, in one paragraph. */
  private static boolean opensRecord(List<MarkdownElement> elements, int at) {
    if (at + 1 >= elements.size() || !(elements.get(at) instanceof MarkdownElement.TextLine name)
        || name.listItem() || !NAME.matcher(name.text().strip()).matches()
        || TYPE.matcher(name.text().strip()).matches() || mark(name) != null) {
      return false;
    }
    return inParagraph(elements, at + 1, name)
        && TYPE.matcher(((MarkdownElement.TextLine) elements.get(at + 1)).text().strip()).matches();
  }

  private static boolean inParagraph(List<MarkdownElement> elements, int at, MarkdownElement.TextLine first) {
    return at < elements.size() && elements.get(at) instanceof MarkdownElement.TextLine line && !line.listItem()
        && line.paragraph() == first.paragraph();
  }

  /** The required mark a line is, in any of the languages the reader knows; null when it is none. */
  private static Boolean mark(MarkdownElement element) {
    return element instanceof MarkdownElement.TextLine line ? MarkdownRequired.fromNameMark(line.text().strip())
        : null;
  }
}
