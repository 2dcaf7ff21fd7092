package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reStructuredText explicit markup into {@link MarkdownElement}s, as Sphinx guides print it:
 * <ul>
 *   <li>an HTTP directive of the httpdomain ({@code .. http:get:: /users/(int:id)}) documents one endpoint: a
 *       heading (its {@code :synopsis:}, else the request line), the request line, then its body;
 *   <li>field lists in a body ({@code :param id: ...}, {@code :query sort: ...}, {@code :statuscode 404: ...})
 *       become {@link MarkdownElement.FieldListItem}s, their continuation lines joined;
 *   <li>{@code code-block}, {@code sourcecode} and {@code code} directives are code blocks with their language;
 *   <li>{@code csv-table} and {@code list-table} directives are tables ({@link RstTables}), their title a line before;
 *   <li>os-api-ref's {@code rest_parameters} and {@code rest_status_code} list parameters and statuses: a table;
 *   <li>{@code deprecated} says so; other directives ({@code note}, {@code versionchanged}) are their text;
 *   <li>comments and link targets are nothing.
 * </ul>
 */
public final class RstBlocks {
  private static final Pattern DIRECTIVE = Pattern.compile("^\\.\\.\\s+([\\w.+-]+(?::[\\w.+-]+)*)::(?:\\s+(.*))?$");
  private static final Pattern HTTP_DIRECTIVE = Pattern.compile("(?i)http:(get|post|put|patch|delete|head|options)");
  /** A path segment set in emphasis ({@code /*id*}), which a URL prints for a variable. */
  private static final Pattern EMPHASIZED_SEGMENT = Pattern.compile("/\\*([A-Za-z_][\\w-]*)\\*(?=/|$|\\?)");
  private static final Pattern FIELD = Pattern.compile("^:([^:\\s`][^:`]*):(?:\\s+(.*))?$");
  private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** The heading level given to an endpoint's directive, below any section title of the page. */
  private static final int ENDPOINT_LEVEL = 6;

  private final List<MarkdownElement> elements = new ArrayList<>();
  /** The first line of the paragraph being read. */
  private int paragraph;

  private RstBlocks() {}

  /** The elements of an explicit markup block's lines, numbered. */
  public static List<MarkdownElement> read(List<String> lines, List<Integer> numbers) {
    RstBlocks reader = new RstBlocks();
    reader.markup(lines, numbers);
    return List.copyOf(reader.elements);
  }

  private void markup(List<String> lines, List<Integer> numbers) {
    Matcher directive = DIRECTIVE.matcher(lines.get(0).strip());
    if (!directive.matches()) {
      return;
    }
    String name = directive.group(1).toLowerCase(Locale.ROOT);
    String argument = directive.group(2) == null ? "" : directive.group(2).strip();
    int line = numbers.get(0);
    Indented body = Indented.of(lines.subList(1, lines.size()), numbers.subList(1, numbers.size()));
    Matcher http = HTTP_DIRECTIVE.matcher(name);
    if (http.matches()) {
      String request = http.group(1).toUpperCase(Locale.ROOT) + " " + argument;
      String synopsis = body.option("synopsis");
      elements.add(new MarkdownElement.Heading(ENDPOINT_LEVEL, synopsis.isEmpty() ? request : synopsis, line, false));
      elements.add(new MarkdownElement.TextLine(request, line, false));
      body(body);
      return;
    }
    switch (name) {
      case "code-block", "sourcecode", "code" -> {
        // The directive's options open its body (:caption:, :linenos:); a caption reads as a line before the block.
        String caption = body.option("caption");
        if (!caption.isEmpty()) {
          elements.add(new MarkdownElement.TextLine(caption, line, false));
        }
        elements.add(new MarkdownElement.Code(argument, String.join("\n", body.withoutOptions()).strip() + "\n",
            line));
      }
      case "csv-table" -> table(argument, RstTables.csv(body.rawOption("header"), body.rawOption("header-rows"),
          body.rawOption("delim"), body.rawOption("escape"), body.withoutOptions()), line);
      case "list-table" -> table(argument, RstTables.list(body.rawOption("header-rows"), body.withoutOptions()), line);
      case "rest_parameters" -> elements.add(listedTable("Parameter", body, line));
      case "rest_status_code" -> elements.add(listedTable("Status", body, line));
      case "deprecated" -> {
        elements.add(new MarkdownElement.TextLine(("Deprecated " + argument).strip(), line, false));
        body(body);
      }
      default -> {
        if (!argument.isEmpty()) {
          paragraph = line;
          text(argument, line, false);
        }
        body(body);
      }
    }
  }

  /**
   * The names an os-api-ref directive lists as bullets ({@code - name: host_name} under {@code .. rest_parameters::},
   * {@code - 404} under {@code .. rest_status_code::}), as a table of one column: the names are the parameters or
   * statuses, what follows a name's colon refers to the definitions file the directive names.
   */
  private static MarkdownElement.Table listedTable(String column, Indented body, int line) {
    List<List<String>> rows = new ArrayList<>();
    for (String item : body.lines()) {
      Matcher bullet = BULLET.matcher(item);
      if (bullet.find()) {
        String name = item.substring(bullet.end()).split(":", 2)[0].strip();
        if (!name.isEmpty()) {
          rows.add(List.of(name));
        }
      }
    }
    return new MarkdownElement.Table(List.of(column), rows, line, false);
  }

  /** A table built by a directive, its title a line before it, as a caption reads. */
  private void table(String title, List<List<String>> rows, int line) {
    if (!title.isEmpty()) {
      paragraph = line;
      text(title, line, false);
    }
    if (!rows.isEmpty()) {
      elements.add(new MarkdownElement.Table(rows.get(0), rows.subList(1, rows.size()), line, false));
    }
  }

  /** A directive's body: paragraphs, field lists, bullet lists and nested directives. */
  private void body(Indented body) {
    List<String> lines = body.lines();
    List<Integer> numbers = body.numbers();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      if (line.startsWith(" ")) {
        // An indented run no construct holds is a block quote, read as what it quotes (a field list indented a
        // space further than the fields after it).
        int end = i;
        while (end < lines.size() && (lines.get(end).startsWith(" ") || lines.get(end).isBlank())) {
          end++;
        }
        body(Indented.of(lines.subList(i, end), numbers.subList(i, end)));
        i = end;
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && continues(lines, end)) {
        end++;
      }
      Matcher field = FIELD.matcher(line);
      if (DIRECTIVE.matcher(line).matches()) {
        markup(lines.subList(i, end), numbers.subList(i, end));
      } else if (field.matches()) {
        field(field, lines.subList(i + 1, end), numbers.subList(i + 1, end), numbers.get(i));
      } else {
        paragraph = numbers.get(i);
        for (int j = i; j < end; j++) {
          if (!lines.get(j).isBlank()) {
            text(lines.get(j).strip(), numbers.get(j), j == i && BULLET.matcher(line).find());
          }
        }
      }
      i = end;
    }
  }

  /**
   * Whether the line at {@code index} still belongs to the construct opened before it: an indented line, a blank line
   * followed by one, or a paragraph's next line.
   */
  private static boolean continues(List<String> lines, int index) {
    String line = lines.get(index);
    if (line.startsWith(" ")) {
      return true;
    }
    if (line.isBlank()) {
      return index + 1 < lines.size() && lines.get(index + 1).startsWith(" ");
    }
    String opening = lines.get(index - 1);
    return !opening.isBlank() && !FIELD.matcher(line).matches() && !DIRECTIVE.matcher(line).matches()
        && !BULLET.matcher(line).find() && !FIELD.matcher(opening).matches();
  }

  private void field(Matcher field, List<String> continuation, List<Integer> numbers, int line) {
    List<String> words = Arrays.asList(WHITESPACE.split(field.group(1).strip()));
    String opening = field.group(2) == null ? "" : field.group(2).strip();
    List<String> body = Whitespace.dedented(continuation);
    if (opening.isEmpty() && !HttpDomainFields.isOwnField(words.get(0))
        && body.stream().filter(more -> !more.isBlank()).findFirst()
        .filter(first -> BULLET.matcher(first).find()).isPresent()) {
      // A field whose body is a bullet list ({@code :JSON Parameters:} over {@code * **name** (string) -- ...}): its
      // name, then its items, each nested as deep as it is indented.
      elements.add(new MarkdownElement.FieldListItem(words.get(0), words.subList(1, words.size()), "", line));
      items(body, numbers);
      return;
    }
    StringBuilder text = new StringBuilder(opening);
    for (String more : continuation) {
      if (!more.isBlank()) {
        text.append(text.length() == 0 ? "" : " ").append(more.strip());
      }
    }
    // A URL is no prose: a segment set in emphasis there ({@code /customers/*id*}) stands for a variable.
    String value = text.toString();
    boolean url = value.indexOf(' ') < 0 && (value.contains("://") || value.startsWith("/"));
    elements.add(new MarkdownElement.FieldListItem(words.get(0), words.subList(1, words.size()),
        url ? EMPHASIZED_SEGMENT.matcher(value).replaceAll("/{$1}") : RstInline.read(value).text(), line));
  }

  /** A bullet list's lines: an item a line, nested when indented, its further lines a paragraph with it. */
  private void items(List<String> lines, List<Integer> numbers) {
    for (int i = 0; i < lines.size(); i++) {
      String item = lines.get(i);
      if (item.isBlank()) {
        continue;
      }
      Matcher bullet = BULLET.matcher(item.strip());
      boolean opens = bullet.find();
      if (opens) {
        paragraph = numbers.get(i);
      }
      RstInline.Text text = RstInline.read(opens ? item.strip().substring(bullet.end()) : item.strip());
      elements.add(new MarkdownElement.TextLine(text.text(), numbers.get(i), opens, text.literals(), paragraph,
          item.startsWith(" ")));
    }
  }

  private void text(String line, int number, boolean listItem) {
    RstInline.Text text = RstInline.read(line);
    elements.add(new MarkdownElement.TextLine(text.text(), number, listItem, text.literals(), paragraph));
  }

  /** Lines with the indentation they share removed. */
  private record Indented(List<String> lines, List<Integer> numbers) {

    static Indented of(List<String> lines, List<Integer> numbers) {
      return new Indented(Whitespace.dedented(lines), numbers);
    }

    /** The body's lines after the options that open it. */
    List<String> withoutOptions() {
      int first = 0;
      while (first < lines.size() && !lines.get(first).isBlank() && FIELD.matcher(lines.get(first)).matches()) {
        first++;
      }
      return lines.subList(first, lines.size());
    }

    /** A directive option's value ({@code :synopsis: Lists users}), read from the lines that open the body. */
    String option(String name) {
      return RstInline.read(rawOption(name)).text();
    }

    /** A directive option's value as written ({@code :header: "Name", "Type"}); empty when it is not given. */
    String rawOption(String name) {
      for (String line : lines) {
        Matcher field = FIELD.matcher(line);
        if (line.isBlank() || !field.matches()) {
          return "";
        }
        if (field.group(1).strip().equals(name)) {
          return field.group(2) == null ? "" : field.group(2).strip();
        }
      }
      return "";
    }
  }
}
