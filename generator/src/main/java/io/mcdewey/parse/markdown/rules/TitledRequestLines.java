package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a call's title and its request line printed as one paragraph of one line, the request closing it
 * ({@code 🔐 Login POST /api/auth/login}), as pages saved as text print a heading and the request badge beside it: the
 * words before the method title the request. Only a few words holding none of a sentence's marks title one, so that a
 * sentence naming a request ({@code Then send it with POST /api/x.}) and a command ({@code curl -X GET https://...})
 * stay what they are.
 */
public final class TitledRequestLines {
  private static final Pattern TITLED = Pattern.compile(
      "^(\\S[^.:;,!?。：]{0,60}?)\\s+(GET|POST|PUT|PATCH|DELETE)\\s+(/\\S*|https?://\\S+)$");
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
    // Told before the pattern runs: a request's path or URL closes the line, and most lines hold no slash; a line
    // closed by a sentence's stop is a sentence.
    if (line.indexOf('/') < 0 || line.endsWith(".")) {
      return Optional.empty();
    }
    Matcher titled = TITLED.matcher(line);
    if (!titled.matches()) {
      return Optional.empty();
    }
    String[] words = titled.group(1).strip().split("\\s+");
    // A word opening with a dash is a command's option ({@code curl -X GET https://...}): no title.
    if (words.length > MOST_TITLE_WORDS || Arrays.stream(words).anyMatch(word -> word.startsWith("-"))) {
      return Optional.empty();
    }
    return Optional.of(List.of(
        new MarkdownElement.Heading(TITLE_LEVEL, titled.group(1).strip(), numbers.get(0), false),
        new MarkdownElement.TextLine(titled.group(2) + " " + titled.group(3), numbers.get(0), false)));
  }
}
