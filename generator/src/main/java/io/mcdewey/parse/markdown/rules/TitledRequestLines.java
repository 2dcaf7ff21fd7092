package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a call's title and its request line printed as one paragraph of one line, the request closing it
 * ({@code 🔐 Login POST /api/auth/login}, {@code Registrar Usuário POST /api/user/register}), as pages saved as text
 * print a heading and the request badge beside it: the words before the method title the request. Only a title
 * printed as headings are, opening with an icon or of capitalised words alone, at most six, titles one: a sentence
 * naming a request ({@code Next we call GET /users}, {@code See also GET /users/{id}}, {@code Replaced by GET /v2/x}),
 * a command ({@code curl -X GET https://...}, {@code http GET https://...}) or a quote stays what it is.
 */
public final class TitledRequestLines {
  private static final Pattern TITLED = Pattern.compile("^(\\S.{0,60}?)\\s+(\\p{Lu}+)\\s+(/\\S*|https?://\\S+)$");
  /** The most words of a title: more make a sentence. */
  private static final int MOST_TITLE_WORDS = 6;
  /** The level of the heading a request's title becomes: below any heading of the page. */
  private static final int TITLE_LEVEL = 6;

  private TitledRequestLines() {}

  /** The title and request line of a paragraph of one line that closes with a request, if {@code lines} is one. */
  public static Optional<List<MarkdownElement>> of(List<String> lines, List<Integer> numbers) {
    if (lines.size() != 1) {
      return Optional.empty();
    }
    String line = lines.get(0).strip();
    // Told before the pattern runs: a request's path or URL is the line's last word, and most lines close otherwise; a
    // line closed by a sentence's stop is a sentence.
    String last = line.substring(line.lastIndexOf(' ') + 1);
    if (!last.startsWith("/") && !last.startsWith("http") || line.endsWith(".")) {
      return Optional.empty();
    }
    Matcher titled = TITLED.matcher(line);
    if (!titled.matches() || !MarkdownRequestLines.isMethod(titled.group(2)) || !isTitle(titled.group(1).strip())) {
      return Optional.empty();
    }
    return Optional.of(List.of(
        new MarkdownElement.Heading(TITLE_LEVEL, titled.group(1).strip(), numbers.get(0), false),
        new MarkdownElement.TextLine(titled.group(2).toUpperCase(Locale.ROOT) + " " + titled.group(3), numbers.get(0),
            false)));
  }

  /**
   * Whether words read as a heading: an icon then words ({@code 🔐 Login}), or two capitalised words at least and
   * nothing else ({@code Registrar Usuário}); at most six words, none of a sentence's marks or a command's.
   */
  private static boolean isTitle(String title) {
    String[] words = title.split("\\s+");
    if (words.length > MOST_TITLE_WORDS || title.chars().anyMatch(c -> ".:;,!?。：|>$-".indexOf(c) >= 0)) {
      return false;
    }
    int first = title.codePointAt(0);
    boolean icon = Character.getType(first) == Character.OTHER_SYMBOL;
    boolean capitalised = words.length >= 2
        && Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    return icon || capitalised;
  }
}
