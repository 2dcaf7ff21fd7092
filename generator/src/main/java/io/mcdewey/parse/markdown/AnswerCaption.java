package io.mcdewey.parse.markdown;

import java.util.regex.Pattern;

/**
 * A line that stands for a heading over the parts of an answer ({@code Response Structure}, {@code Response
 * fields}, {@code Response JSON Array of Objects:}, {@code Returns}): a few words opening with a capital, no
 * sentence, the first (or the last of a short caption) naming the answer. Pages print such captions in bold
 * paragraphs rather than heading elements; the lists and tables under one describe what comes back.
 */
final class AnswerCaption {
  private static final int MAX_WORDS = 5;
  private static final Pattern CAPTION =
      Pattern.compile("^\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0," + (MAX_WORDS - 1) + "}:?$");
  /** The answer named first ({@code Response JSON Object:}), or last in a short caption ({@code Search results}). */
  private static final Pattern ANSWER_WORD = Pattern.compile(
      "(?i)^(?:responses?|returns?|results?|output)\\b|^\\S+(?: \\S+)?\\s(?:response|result)s?:?$");

  private AnswerCaption() {}

  static boolean matches(String text) {
    String line = text.strip();
    return CAPTION.matcher(line).matches() && ANSWER_WORD.matcher(line).find();
  }
}
