package io.mcdewey.parse;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression of a profile. A profile file is the user's, and a pattern such as {@code (x+x+)+y} can
 * backtrack for longer than anyone waits on a line of x's; so a user's pattern is matched within a time limit: the
 * matcher reads its text through a view that looks at the clock every few thousand characters, and stops the match
 * with {@link TooSlow} past the limit. The patterns of built-in profiles are matched without one.
 *
 * <p>The limit is {@value #BASE_MILLIS} ms for each match, and {@value #MILLIS_PER_MIB} ms more for each MiB of the
 * text, as detecting a profile matches its markers against the whole guide.
 */
public final class ProfilePattern {
  private static final long BASE_MILLIS = 1000;
  private static final long MILLIS_PER_MIB = 100;
  /** How many characters a match reads between two looks at the clock. */
  private static final int READS_PER_CHECK = 4096;

  private final Pattern pattern;
  /** Where the pattern comes from ({@code profile.json, member 'detect'}); {@code null} for a built-in one. */
  private final String origin;
  private final RequiredText required;

  private ProfilePattern(Pattern pattern, String origin) {
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.origin = origin;
    this.required = RequiredText.of(pattern);
  }

  /** A pattern of a built-in profile, matched without a time limit. */
  static ProfilePattern builtIn(Pattern pattern) {
    return new ProfilePattern(pattern, null);
  }

  /**
   * A pattern of the user's, matched within the time limit.
   *
   * @param origin where it comes from, for the message when a match takes too long
   */
  static ProfilePattern limited(Pattern pattern, String origin) {
    return new ProfilePattern(pattern, Objects.requireNonNull(origin, "origin"));
  }

  /**
   * A matcher of the text, like {@link Pattern#matcher}.
   *
   * @throws TooSlow from the matcher's methods, when a match of a user's pattern takes longer than the limit
   */
  public Matcher matcher(CharSequence text) {
    if (origin == null) {
      return pattern.matcher(text);
    }
    return pattern.matcher(new TimedText(text, System.nanoTime() + limitMillis(text.length()) * 1_000_000, this));
  }

  /**
   * Whether the pattern matches somewhere in the text, like {@code matcher(text).find()}; a text without the
   * characters every match holds ({@link RequiredText}) is answered without running the pattern.
   *
   * @throws TooSlow when a match of a user's pattern takes longer than the limit
   */
  public boolean find(CharSequence text) {
    return required.mayMatch(text) && matcher(text).find();
  }

  /**
   * Whether the pattern matches somewhere in the text, as {@link #find(CharSequence)} tells, given the text folded
   * as {@link RequiredText#folded} folds it: detection asks every marker of a guide's whole text.
   */
  boolean find(CharSequence text, String folded) {
    return required.mayMatch(text, folded) && matcher(text).find();
  }

  private static long limitMillis(int length) {
    return BASE_MILLIS + MILLIS_PER_MIB * (length >> 20);
  }

  /** The regular expression. */
  public String pattern() {
    return pattern.pattern();
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }

  /** A match of a user's pattern that took longer than the limit, and was stopped. */
  public static final class TooSlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooSlow(ProfilePattern pattern, int length) {
      super(pattern.origin + ": the pattern " + pattern.pattern() + " was stopped after matching "
          + limitMillis(length) + " ms on a text of " + length + " characters; a"
          + " pattern that can match one text in many ways, such as a repeat inside a repeat, needs rewriting");
    }
  }

  /** A text that fails its reader past a deadline. */
  private static final class TimedText implements CharSequence {
    private final CharSequence text;
    private final long deadline;
    private final ProfilePattern pattern;
    private int reads;

    TimedText(CharSequence text, long deadline, ProfilePattern pattern) {
      this.text = text;
      this.deadline = deadline;
      this.pattern = pattern;
    }

    @Override
    public char charAt(int index) {
      if (++reads == READS_PER_CHECK) {
        reads = 0;
        if (System.nanoTime() - deadline > 0) {
          throw new TooSlow(pattern, text.length());
        }
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    /** The part of the text itself: a matcher takes parts only to hand out groups. */
    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
