package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.Whitespace;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.rules.table.GluedNameTypeLines;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a line break inside a sentence from one between lines of their own. Markdown reads a line break inside a
 * paragraph as a space, and guides converted again wrap their sentences elsewhere; but pages converted from HTML
 * also print each block on a line of its own inside one paragraph ({@code Request Information}, {@code URI
 * Parameters}), which the reader takes a line at a time. A line continues the sentence of the line before it when
 * that line is a sentence cut short (three words or more, and no mark that ends a sentence, a label or a list
 * intro), or the opening of one ({@code The following}, {@code It returns}), and the line opens with a word in lower
 * case that is no command ({@code curl -k}), request line or method badge: a sentence wrapped before {@code body:} or
 * {@code endpoint:} does not make them labels. A line cut after a word that never ends a sentence goes on in the
 * next, whatever that opens with.
 */
public final class ContinuedSentences {
  private static final Pattern CUT_SHORT =
      Pattern.compile("^[\\p{L}\\p{N}(`\"'].*\\S\\s+\\S+\\s+.*[\\p{L}\\p{N},`'\")]$");
  private static final Pattern OPENS_IN_LOWER_CASE = Pattern.compile("^\\p{Ll}[\\p{L}\\p{N}.'-]*(?:[\\s:,;)]|$)");
  /**
   * A sentence cut after a word that never ends one (an article, preposition, conjunction or auxiliary), or a line
   * that is such a word alone ({@code The}): whatever opens the next line, a name ({@code JSON response body:}) or a
   * version ({@code v0.12.0}), it goes on there.
   */
  private static final String FUNCTION_WORDS = "a|an|the|of|in|on|at|to|for|with|by|from|into|onto|via|and|or|nor|"
      + "but|is|are|was|were|be|been|as|than|that|which|whose|its|their|your|our|this|these|those|per|following";
  /**
   * A function word last, in lower case after another word, or capitalised where a sentence opens ({@code The},
   * {@code Moved. This}, an article or demonstrative after a colon, {@code v1.78: This}): a title's capitalised words
   * ({@code Sign In}) and a label's value ({@code Type: A}, {@code Default: On}) end it.
   */
  private static final Set<String> FUNCTION_WORD_SET = Set.of(FUNCTION_WORDS.split("\\|"));
  private static final Pattern ENDS_ON_FUNCTION_WORD = Pattern.compile("(?:\\S\\s+(?:" + FUNCTION_WORDS
      + ")|(?:^|[.!?]\\s+)(?i:" + FUNCTION_WORDS + ")|:\\s+(?:The|This|These|Those|An))$");
  /**
   * A sentence's opening that a line break cut short ({@code The following}): a function word first, nothing that
   * ends a sentence, a label or a list intro last.
   */
  private static final Pattern OPENS_SENTENCE = Pattern.compile("^(?i:the|a|an|this|these|those|each|every|all|any|"
      + "some|if|when|for|to|in|on|at|by|with|from|our|your|its|their|it|they|we|you|there)"
      + "\\s+[^.:;!?]*[\\p{L}\\p{N},)]$");
  /**
   * A field's row of a table copied without its borders: a name, perhaps a star marking it required, a type, then
   * nothing or a description that opens with no lower-case letter ({@code phone * string شماره ...},
   * {@code page integer Page number}); a sentence goes on in lower case ({@code each string is compared}).
   */
  private static final Pattern FIELD_ROW = Pattern.compile("^[\\p{L}_][\\w.\\[\\]-]*(?:\\s*\\*)?\\s+(?:"
      + MarkdownParameterText.TYPES + ")(?:\\s+[^\\p{Ll}\\s]|\\s*$)");
  /** A command with its options, or a method and target: {@code curl -k …}, {@code get /users}. */
  private static final Pattern COMMAND = Pattern.compile("^\\S+\\s+(?:-|/|https?:)");

  private ContinuedSentences() {}

  /** Whether {@code next}, the line after {@code previous} in one paragraph, continues its sentence. */
  public static boolean continues(String previous, String next) {
    // The next line's first letter is told first: it rules out most lines at once.
    String cut = previous.strip();
    return (OPENS_IN_LOWER_CASE.matcher(next.strip()).lookingAt()
        && (isCutShort(cut) || OPENS_SENTENCE.matcher(cut).matches())
        || endsOnFunctionWord(cut)) && isText(next);
  }

  /**
   * Whether a stripped line ends as {@link #ENDS_ON_FUNCTION_WORD} says. Every ending it names closes on a function
   * word after a space or at the line's start, so the last word is told first: the pattern, which is tried at every
   * position of the line, runs only when that word is one; the pattern alone where the line holds a line break, before
   * which its {@code $} also matches.
   */
  static boolean endsOnFunctionWord(String line) {
    if (Whitespace.holdsLineBreak(line)) {
      return ENDS_ON_FUNCTION_WORD.matcher(line).find();
    }
    int start = line.length();
    while (start > 0 && !Whitespace.isSpace(line.charAt(start - 1))) {
      start--;
    }
    String last = line.substring(start).toLowerCase(Locale.ROOT);
    return FUNCTION_WORD_SET.contains(last) && ENDS_ON_FUNCTION_WORD.matcher(line).find();
  }

  /**
   * Whether a stripped line reads as {@link #CUT_SHORT} says: scanned by hand, since the pattern tries every split
   * of a line into three words, which costs as much as the square of its length where it fails; the pattern itself
   * where the line holds a line break, which it treats apart.
   */
  static boolean isCutShort(String line) {
    if (line.isEmpty()) {
      return false;
    }
    if (Whitespace.holdsLineBreak(line)) {
      return CUT_SHORT.matcher(line).matches();
    }
    int first = line.codePointAt(0);
    int last = line.codePointBefore(line.length());
    if (!isLetterOrNumber(first) && "(`\"'".indexOf(first) < 0
        || !isLetterOrNumber(last) && ",`'\")".indexOf(last) < 0) {
      return false;
    }
    // Three words between the first and the last character: two of them each followed by whitespace.
    int wordEnds = 0;
    int end = line.length() - Character.charCount(last);
    for (int i = Character.charCount(first); i + 1 < end; i++) {
      if (!Whitespace.isSpace(line.charAt(i)) && Whitespace.isSpace(line.charAt(i + 1)) && ++wordEnds == 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetterOrNumber(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * Whether a line is text: no command, request line, method badge alone ({@code post}, as GitBook prints one),
   * field's row, or field glued into one word with its type and required mark ({@code emailstring · emailRequired}).
   */
  private static boolean isText(String line) {
    String text = line.strip();
    return !COMMAND.matcher(text).lookingAt() && MarkdownRequestLines.opening(text, 0).isEmpty()
        && !MarkdownRequestLines.isMethod(text) && !isFieldRow(text) && !GluedNameTypeLines.isMarkedField(text);
  }

  private static boolean isFieldRow(String text) {
    Matcher row = FIELD_ROW.matcher(text);
    if (!row.lookingAt()) {
      return false;
    }
    int nameEnd = 0;
    while (nameEnd < text.length() && !Whitespace.isSpace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '*') {
      nameEnd++;
    }
    return !FUNCTION_WORD_SET.contains(text.substring(0, nameEnd).toLowerCase(Locale.ROOT));
  }
}
