package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters a line of a paragraph prints as a list's items would, each a name with its type or required mark in
 * parentheses and its description after a colon ({@code limit (int, optional): at most this many},
 * {@code amount（int，必填）：金额}), perhaps several run together where a page saved as text lost the items' line
 * breaks ({@code limit(int, opcjonalne): ... (max: 100)offset(int, opcjonalne): ...}). A capitalised word alone names a
 * field only where its parentheses give both a type and a required mark ({@code Authorization (string, required):}),
 * as a caption's word gives one at most ({@code Returns (object):}, {@code Note (optional):}).
 */
final class QualifiedLines {
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("(?<![\\w.$\\[\\]-])([A-Za-z_][\\w.\\[\\]-]*)\\s*\\(([^()]*)\\)\\s*:");

  private QualifiedLines() {}

  /** The parameters of a line opening with a qualified name; empty for any other line. */
  static List<MarkdownParameter> of(String line, ParameterLocation location) {
    // A name's parentheses close before its colon: most lines hold no such pair, told before the pattern runs.
    if (!line.contains("):") && !line.contains(") :") && !line.contains("）：")) {
      return List.of();
    }
    String text = line.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
    List<Integer> starts = new ArrayList<>();
    Matcher name = QUALIFIED_NAME.matcher(text);
    while (name.find()) {
      if (qualifiesField(name.group(2), !isCapitalisedWord(name.group(1)))) {
        starts.add(name.start());
      }
    }
    if (starts.isEmpty() || starts.get(0) != 0) {
      return List.of();
    }
    starts.add(text.length());
    List<MarkdownParameter> parameters = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      MarkdownParameterText.item(text.substring(starts.get(i), starts.get(i + 1)).strip(), location)
          .ifPresent(parameters::add);
    }
    return parameters;
  }

  /** Whether a name is a capitalised word alone, as a caption's is: no inner capital, underscore or digit. */
  private static boolean isCapitalisedWord(String name) {
    return Character.isUpperCase(name.charAt(0)) && name.chars().skip(1).noneMatch(c -> Character.isUpperCase(c)
        || c == '_' || Character.isDigit(c));
  }

  /** Whether parentheses name a type or a required mark among their comma-parted words, or both where asked. */
  private static boolean qualifiesField(String qualifiers, boolean either) {
    boolean typed = false;
    boolean marked = false;
    for (String qualifier : qualifiers.split(",")) {
      typed |= MarkdownParameterText.isFieldType(qualifier);
      marked |= MarkdownRequired.fromNameMark(qualifier.strip()) != null;
    }
    return either ? typed || marked : typed && marked;
  }
}
