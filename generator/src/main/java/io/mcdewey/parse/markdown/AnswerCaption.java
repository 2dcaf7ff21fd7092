package io.mcdewey.parse.markdown;

import java.util.regex.Pattern;

/**
 * A line that stands for a heading over the parts of an answer ({@code Response Structure}, {@code Response fields},
 * {@code Response JSON Array of Objects:}): a few words opening with the word response, no sentence. Words like
 * results, returns or output caption the request's filters and options as often, and are left alone. Pages print such
 * captions in bold paragraphs rather than heading elements; the lists and tables under one describe what comes back.
 */
final class AnswerCaption {
  private static final int MAX_WORDS = 5;
  /** The word {@link #ANSWER_WORD} opens with. */
  private static final String ANSWER = "response";
  private static final Pattern CAPTION =
      Pattern.compile("^\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0," + (MAX_WORDS - 1) + "}:?$");
  /** The answer named first ({@code Response JSON Object:}), and no verb making the line a sentence. */
  private static final Pattern ANSWER_WORD = Pattern.compile("(?i)^" + ANSWER + "s?\\b(?!\\s+(?:is|are|was|were|will|"
      + "has|have|can|may|must|should|contains?|holds?|returns?|includes?)\\b)");

  private AnswerCaption() {}

  static boolean matches(String text) {
    String line = text.strip();
    // The answer's word opens every line both patterns match, in any case: told before either runs.
    return line.regionMatches(true, 0, ANSWER, 0, ANSWER.length()) && CAPTION.matcher(line).matches()
        && ANSWER_WORD.matcher(line).find();
  }
}
