package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PHP array literal that names a request's parameters, each by its type or by Laravel's validation rules
 * ({@code 'email' => 'string',}, {@code 'email' => 'required|email|max:255',}), as PHP projects document the fields a
 * call takes: the block holds the array alone, every entry a quoted name and a quoted type or rule list, one entry at
 * least giving a type or saying whether the field is required. An array of any other values is code, not a template.
 */
final class PhpArrayTemplates {
  /** An entry: a quoted key, the arrow, a quoted value and perhaps a comma. */
  private static final Pattern ENTRY =
      Pattern.compile("\\G\\s*(['\"])([\\w.\\[\\]*-]+)\\1\\s*=>\\s*(['\"])([^'\"]*)\\3\\s*,?");
  /** What may close a line of entries: a remark in parentheses or a comment. */
  private static final Pattern REMARK = Pattern.compile("^\\s*(?:\\(.*|//.*|#.*)?$");
  private static final Pattern OPENING = Pattern.compile("^(?:\\[|array\\s*\\()\\s*$");
  /** An opening bracket with the first entry after it on its line. */
  private static final Pattern FIRST_ENTRY = Pattern.compile("^(\\[|array\\s*\\()\\s*(['\"].+)$");
  private static final Pattern CLOSING = Pattern.compile("^[])]\\s*;?\\s*$");
  private static final Pattern TYPE_NAME = Pattern.compile(MarkdownParameterText.TYPES);
  /** A validation rule of its own shape: a word, perhaps with arguments after a colon ({@code max:255}). */
  private static final Pattern RULE = Pattern.compile("^[a-z_]+(?::.*)?$");
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
    if (lines.size() < 3 || !OPENING.matcher(lines.get(0)).matches()
        || !CLOSING.matcher(lines.get(lines.size() - 1)).matches()) {
      return List.of();
    }
    List<MarkdownParameter> parameters = new ArrayList<>();
    boolean typed = false;
    for (String line : lines.subList(1, lines.size() - 1)) {
      Matcher entry = ENTRY.matcher(line);
      int end = 0;
      while (entry.find()) {
        end = entry.end();
        // Rules part by bars ({@code required|email}); a type may take its default after a comma ({@code int,20}).
        List<String> rules = List.of(entry.group(4).toLowerCase(Locale.ROOT).strip().split("\\s*[|,]\\s*"));
        String type = rules.stream().filter(rule -> TYPE_NAME.matcher(rule).matches()).findFirst().orElse("");
        Boolean required = rules.contains("required") ? Boolean.TRUE
            : rules.contains("nullable") || rules.contains("sometimes") ? Boolean.FALSE : null;
        if (type.isEmpty() && !rules.stream().allMatch(rule -> RULE.matcher(rule).matches())) {
          // A value that is neither a type nor rules: the array holds data.
          return List.of();
        }
        typed |= !type.isEmpty() || required != null;
        // A rule for each member of a list ({@code items.*.id}) is the list's, not a parameter of its own.
        if (!entry.group(2).contains("*")) {
          parameters.add(new MarkdownParameter(entry.group(2), null, required, "", type, List.of()));
        }
      }
      if (end == 0 || !REMARK.matcher(line.substring(end)).matches()) {
        return List.of();
      }
    }
    return typed && parameters.size() >= MIN_ENTRIES ? parameters : List.of();
  }
}
