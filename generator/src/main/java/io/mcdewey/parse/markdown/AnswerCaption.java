package io.mcdewey.parse.markdown;

import java.util.regex.Pattern;

/**
 * A line that stands for a heading over the parts of an answer ({@code Response Structure}, {@code Response
 * fields}, {@code Returns}): a few capitalised words, no sentence, one of them naming the answer. Pages print such
 * captions in bold paragraphs rather than heading elements; the lists and tables under one describe what comes back.
 */
final class AnswerCaption {
  private static final int MAX_WORDS = 3;
  private static final Pattern CAPTION =
      Pattern.compile("^\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0," + (MAX_WORDS - 1) + "}$");
  private static final Pattern ANSWER_WORD =
      Pattern.compile("(?i)^(?:responses?|returns?|results?|output)\\b|\\b(?:response|result)s?$");

  private AnswerCaption() {}

  static boolean matches(String text) {
    String line = text.strip();
    return CAPTION.matcher(line).matches() && ANSWER_WORD.matcher(line).find();
  }
}
