package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name printed alone as a literal ({@code ``uid``}) over a paragraph of reStructuredText fields
 * ({@code :Description: The user.}, {@code :Type: String}, {@code :Required: No}), as Ceph's guides document each
 * parameter: a field list is docutils' record, and the fields under the name are its columns. Each such record reads
 * as a table of one row, its header the fields' names after a {@code Name} column, so that the rules of parameter
 * tables read it under whatever label stands above (request parameters, or the answer's entities).
 */
public final class RstFieldRecords {
  /** A field opening a line: its name (no role's backtick after the colon) and what follows. */
  private static final Pattern FIELD = Pattern.compile("^:([^:\\s`][^:`]*):(?:\\s+(.*))?$");
  /** Fewest fields a record holds: a name and one field is a note, not a record. */
  private static final int FEWEST_FIELDS = 2;

  private RstFieldRecords() {}

  /** The elements, each name over a paragraph of fields read as a table of one row. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      int end = isName(elements.get(i)) ? fieldsEnd(elements, i + 1) : i + 1;
      if (end == i + 1) {
        read.add(elements.get(i));
        continue;
      }
      List<String> header = new ArrayList<>(List.of("Name"));
      List<String> row = new ArrayList<>(List.of(((MarkdownElement.TextLine) elements.get(i)).text().strip()));
      for (MarkdownElement element : elements.subList(i + 1, end)) {
        String text = ((MarkdownElement.TextLine) element).text().strip();
        Matcher field = FIELD.matcher(text);
        if (field.matches()) {
          header.add(field.group(1).strip());
          row.add(field.group(2) == null ? "" : field.group(2).strip());
        } else {
          // A field's further line, indented under it, goes on with its value.
          row.set(row.size() - 1, (row.get(row.size() - 1) + " " + text).strip());
        }
      }
      if (header.size() - 1 < FEWEST_FIELDS) {
        read.add(elements.get(i));
        continue;
      }
      read.add(new MarkdownElement.Table(header, List.of(row), ((MarkdownElement.TextLine) elements.get(i)).line(),
          false));
      i = end - 1;
    }
    return read;
  }

  /**
   * Where the paragraph of fields after a name ends: the lines of one paragraph, the first a field, none a list item;
   * {@code from} itself when no field opens it.
   */
  private static int fieldsEnd(List<MarkdownElement> elements, int from) {
    if (from >= elements.size() || !(elements.get(from) instanceof MarkdownElement.TextLine first)
        || !FIELD.matcher(first.text().strip()).matches()) {
      return from;
    }
    int end = from;
    while (end < elements.size() && elements.get(end) instanceof MarkdownElement.TextLine line && !line.listItem()
        && line.paragraph() == first.paragraph()) {
      end++;
    }
    return end;
  }

  /** Whether an element is a line holding one literal and nothing else ({@code ``show-entries``}). */
  private static boolean isName(MarkdownElement element) {
    return element instanceof MarkdownElement.TextLine line && !line.listItem() && line.literals().size() == 1
        && line.literals().get(0).start() == 0 && line.literals().get(0).text().equals(line.text().strip())
        && line.text().strip().chars().noneMatch(Character::isWhitespace);
  }
}
