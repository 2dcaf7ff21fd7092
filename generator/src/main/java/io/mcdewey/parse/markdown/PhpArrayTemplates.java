package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PHP array literal that names a request's parameters, each by its type or by Laravel's validation rules
 * ({@code 'email' => 'string',}, {@code 'email' => 'required|email|max:255',}), as PHP projects document the fields a
 * call takes: the block holds the array alone, every entry a quoted name and a quoted type or rule list. An array of
 * any other values is code, not a template.
 */
final class PhpArrayTemplates {
  /** An entry: a quoted key, the arrow and a quoted value, what may follow it on its line ignored. */
  private static final Pattern ENTRY =
      Pattern.compile("^(['\"])([\\w.\\[\\]*-]+)\\1\\s*=>\\s*(['\"])([^'\"]*)\\3\\s*,?.*$");
  private static final Pattern OPENING = Pattern.compile("^(?:\\$\\w+\\s*=\\s*)?(?:\\[|array\\s*\\()\\s*$");
  /** An opening bracket with the first entry after it on its line. */
  private static final Pattern FIRST_ENTRY =
      Pattern.compile("^((?:\\$\\w+\\s*=\\s*)?(?:\\[|array\\s*\\())\\s*(['\"].+)$");
  private static final Pattern CLOSING = Pattern.compile("^[])]\\s*;?\\s*$");
  private static final Pattern TYPE_NAME = Pattern.compile(MarkdownParameterText.TYPES);
  private static final int MIN_ENTRIES = 2;

  private PhpArrayTemplates() {}

  /** The parameters the array names, their location left to the request; empty when the text is no such array. */
  static List<MarkdownParameter> parameters(String text) {
    List<String> lines = new ArrayList<>(text.strip().lines().map(String::strip).filter(line -> !line.isEmpty())
        .toList());
    Matcher first = lines.isEmpty() ? null : FIRST_ENTRY.matcher(lines.get(0));
    if (first != null && first.matches()) {
      // The first entry on the opening bracket's line ({@code [ 'type' => 'int',}).
      lines.set(0, first.group(1));
      lines.add(1, first.group(2));
    }
    if (lines.size() < MIN_ENTRIES + 2 || !OPENING.matcher(lines.get(0)).matches()
        || !CLOSING.matcher(lines.get(lines.size() - 1)).matches()) {
      return List.of();
    }
    List<MarkdownParameter> parameters = new ArrayList<>();
    for (String line : lines.subList(1, lines.size() - 1)) {
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches()) {
        return List.of();
      }
      // Rules part by bars ({@code required|email}); a type may take its default after a comma ({@code int,20}).
      List<String> rules = List.of(entry.group(4).toLowerCase(Locale.ROOT).split("[|,]"));
      String type = rules.stream().map(String::strip).filter(rule -> TYPE_NAME.matcher(rule).matches()).findFirst()
          .orElse("");
      Boolean required = rules.contains("required") ? Boolean.TRUE
          : rules.contains("nullable") || rules.contains("sometimes") ? Boolean.FALSE : null;
      if (type.isEmpty() && required == null) {
        // A value that is neither a type nor a rule: the array holds data.
        return List.of();
      }
      parameters.add(new MarkdownParameter(entry.group(2), null, required, "", type, List.of()));
    }
    return parameters;
  }
}
