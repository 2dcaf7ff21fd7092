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
      MarkdownElement element = elements.get(i);
      int end = i + 1;
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      while (isName(element) && end < elements.size() && elements.get(end) instanceof MarkdownElement.TextLine line
          && !line.listItem() && line.paragraph() != ((MarkdownElement.TextLine) element).paragraph()
          && (names.isEmpty() || line.paragraph() == ((MarkdownElement.TextLine) elements.get(i + 1)).paragraph())) {
        Matcher field = FIELD.matcher(line.text().strip());
        if (field.matches()) {
          names.add(field.group(1).strip());
          values.add(field.group(2) == null ? "" : field.group(2).strip());
        } else if (!names.isEmpty()) {
          // A field's further line, indented under it, goes on with its value.
          int last = values.size() - 1;
          values.set(last, (values.get(last) + " " + line.text().strip()).strip());
        } else {
          break;
        }
        end++;
      }
      if (names.size() < FEWEST_FIELDS) {
        read.add(element);
        continue;
      }
      MarkdownElement.TextLine name = (MarkdownElement.TextLine) element;
      List<String> header = new ArrayList<>(List.of("Name"));
      header.addAll(names);
      List<String> row = new ArrayList<>(List.of(name.text().strip()));
      row.addAll(values);
      read.add(new MarkdownElement.Table(header, List.of(row), name.line(), false));
      i = end - 1;
    }
    return read;
  }

  /** Whether an element is a line holding one literal and nothing else ({@code ``show-entries``}). */
  private static boolean isName(MarkdownElement element) {
    return element instanceof MarkdownElement.TextLine line && !line.listItem() && line.literals().size() == 1
        && line.literals().get(0).start() == 0 && line.literals().get(0).text().equals(line.text().strip())
        && line.text().strip().chars().noneMatch(Character::isWhitespace);
  }
}
