package io.mcdewey.parse;

/** What a character's script says about the text around it: whether it has capitals, whether it spaces its words. */
public final class Scripts {
  private Scripts() {}

  /** Whether a character is a letter of a script without capitals ({@code ع}, {@code 域}, {@code ก}). */
  public static boolean isCaseless(int codePoint) {
    return Character.isLetter(codePoint) && !Character.isUpperCase(codePoint) && !Character.isLowerCase(codePoint);
  }

  /** Whether a character is of a script written without spaces between words, or capitals. */
  public static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
