package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownRequestLines;
import java.util.regex.Pattern;

/**
 * Tells a line break inside a sentence from one between lines of their own. Markdown reads a line break inside a
 * paragraph as a space, and guides converted again wrap their sentences elsewhere; but pages converted from HTML
 * also print each block on a line of its own inside one paragraph ({@code Request Information}, {@code URI
 * Parameters}), which the reader takes a line at a time. A line continues the sentence of the line before it when
 * that line is a sentence cut short (three words or more, and no mark that ends a sentence, a label or a list
 * intro) and the line opens with a word in lower case that is no command ({@code curl -k}) or request line: a
 * sentence wrapped before {@code body:} or {@code endpoint:} does not make them labels. A line cut after a word that
 * never ends a sentence goes on in the next, whatever that opens with.
 */
public final class ContinuedSentences {
  private static final Pattern CUT_SHORT =
      Pattern.compile("^[\\p{L}\\p{N}(`\"'].*\\S\\s+\\S+\\s+.*[\\p{L}\\p{N},`'\")]$");
  private static final Pattern OPENS_IN_LOWER_CASE = Pattern.compile("^\\p{Ll}[\\p{L}'-]*(?:[\\s:,.;)]|$)");
  /**
   * A sentence cut after a word that never ends one (an article, preposition, conjunction or auxiliary): whatever
   * opens the next line, a name ({@code JSON response body:}) or a version ({@code v0.12.0}), it goes on there.
   */
  private static final Pattern ENDS_ON_FUNCTION_WORD = Pattern.compile("\\S\\s+(?:a|an|the|of|in|on|at|to|"
      + "for|with|by|from|into|onto|via|and|or|nor|but|is|are|was|were|be|been|as|than|that|which|whose|its|their|"
      + "your|our|this|these|those|per)$");
  /** A command with its options, or a method and target: {@code curl -k …}, {@code get /users}. */
  private static final Pattern COMMAND = Pattern.compile("^\\S+\\s+(?:-|/|https?:)");

  private ContinuedSentences() {}

  /** Whether {@code next}, the line after {@code previous} in one paragraph, continues its sentence. */
  public static boolean continues(String previous, String next) {
    String cut = previous.strip();
    return (CUT_SHORT.matcher(cut).matches() && OPENS_IN_LOWER_CASE.matcher(next.strip()).lookingAt()
        || ENDS_ON_FUNCTION_WORD.matcher(cut).find()) && isText(next);
  }

  private static boolean isText(String line) {
    String text = line.strip();
    return !COMMAND.matcher(text).lookingAt() && MarkdownRequestLines.opening(text, 0).isEmpty();
  }
}
