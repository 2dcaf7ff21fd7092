package io.mcdewey.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The longest run of literal characters that every match of a regular expression holds ({@code deprecated} in
 * {@code (?i)[(\[]deprecated[)\]]}), so that a text without it is known not to match before the pattern runs over
 * it. A profile's patterns run over every line of a guide, and most lines hold none of their words.
 *
 * <p>The expression is read conservatively: only its outermost sequence and the groups in it that can neither be left
 * out nor hold alternatives count; anything this reading does not know (an escape naming a character by its code, a
 * quoted run, comments mode) ends a run or gives up, and giving up finds nothing required. Characters are compared
 * ignoring case whatever the expression's flags say, which at worst lets a text through to the pattern.
 */
final class RequiredText {
  /** {@link #inAnyCase} by character, found once: the profiles' patterns open with few characters. */
  private static final Map<Character, char[]> IN_ANY_CASE = new ConcurrentHashMap<>();
  private static final RequiredText NOTHING = new RequiredText("");
  /** Escapes of one letter that stand for a class or a position, never for a literal character. */
  private static final String CLASS_ESCAPES = "dDsSwWbBAzZGRhHvVX";
  /** Escapes of one letter that stand for one control character. */
  private static final String CONTROL_ESCAPES = "ntrfae";
  private static final char ASCII_END = 0x80;
  /** Inline flags turning comments mode on anywhere ({@code (?x)}, {@code (?ix:...)}): spaces then mean nothing. */
  private static final Pattern COMMENTS_GROUP = Pattern.compile("\\(\\?[a-zA-Z]*x");

  private final String text;
  /** The required text {@linkplain #folded folded}; null when it holds a surrogate, told otherwise (see there). */
  private final String folded;
  /** The characters equal to the required text's first ignoring case, as {@link #sameIgnoringCase} tells them. */
  private final char[] firstInAnyCase;

  private RequiredText(String text) {
    this.text = text;
    this.firstInAnyCase = text.isEmpty() ? new char[0] : IN_ANY_CASE.computeIfAbsent(text.charAt(0),
        RequiredText::inAnyCase);
    this.folded = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? null : folded(text);
  }

  /** The text every match of the pattern holds; empty when none is known. */
  static RequiredText of(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || pattern.pattern().contains("\\Q")
        || COMMENTS_GROUP.matcher(pattern.pattern()).find()) {
      return NOTHING;
    }
    try {
      Reader reader = new Reader(pattern.pattern());
      reader.sequence(reader.source.length());
      return new RequiredText(reader.longest);
    } catch (GiveUp e) {
      return NOTHING;
    }
  }

  /** The required text; empty when none is known. */
  String text() {
    return text;
  }

  /** Whether a text may match: it holds the required text, in any case. */
  boolean mayMatch(CharSequence candidate) {
    if (text.isEmpty()) {
      return true;
    }
    String haystack = candidate.toString();
    int last = haystack.length() - text.length();
    // The places opening with the first character, in any case, are found by indexOf, which is quicker than telling
    // every character of the text; the whole text is compared only there.
    for (char first : firstInAnyCase) {
      for (int at = haystack.indexOf(first); at >= 0 && at <= last; at = haystack.indexOf(first, at + 1)) {
        if (haystack.regionMatches(true, at, text, 0, text.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a text may match, given the text {@linkplain #folded folded} too: as {@link #mayMatch}, but searched
   * with {@link String#indexOf}, which is quicker when many patterns are asked of one long text (a whole guide).
   */
  boolean mayMatch(CharSequence candidate, String foldedCandidate) {
    if (folded == null) {
      return mayMatch(candidate);
    }
    return foldedCandidate.contains(folded);
  }

  /**
   * The text with each character replaced by the lower case of its upper case. {@code regionMatches} ignoring case
   * takes two characters as equal when they are, when their upper cases are, or when the lower cases of those are;
   * the last holds whenever either of the others does, so two characters are equal ignoring case exactly when their
   * folds are. A surrogate folds to itself and so matches only itself, as an unpaired one does there; a pair is
   * compared there as one code point, which is why a required text holding one is not searched folded.
   */
  static String folded(CharSequence text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      char c = text.charAt(i);
      // An ASCII character folds to its lower case, which is quicker to tell.
      folded[i] = c < ASCII_END ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
          : Character.toLowerCase(Character.toUpperCase(c));
    }
    return new String(folded);
  }

  /**
   * Every character equal to {@code c} as {@link #sameIgnoringCase} tells it ({@code k}, {@code K} and the Kelvin
   * sign), found by asking of each: which characters those are is Unicode's to say.
   */
  private static char[] inAnyCase(char c) {
    StringBuilder equal = new StringBuilder();
    for (int other = Character.MIN_VALUE; other <= Character.MAX_VALUE; other++) {
      if (sameIgnoringCase((char) other, c)) {
        equal.append((char) other);
      }
    }
    return equal.toString().toCharArray();
  }

  /** Whether two characters are equal as {@link String#regionMatches(boolean, int, String, int, int)} tells them. */
  private static boolean sameIgnoringCase(char a, char b) {
    if (a == b) {
      return true;
    }
    if (a < 128 && b < 128) {
      return (a | 0x20) == (b | 0x20) && Character.isLetter(a);
    }
    char upperA = Character.toUpperCase(a);
    char upperB = Character.toUpperCase(b);
    return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
  }

  /** A construct this reading does not know. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** Reads a sequence of the expression, keeping the longest run of required characters seen. */
  private static final class Reader {
    final String source;
    int at;
    String longest = "";
    final StringBuilder run = new StringBuilder();

    Reader(String source) {
      this.source = source;
    }

    /** Reads elements up to {@code end}; a {@code |} at this level means nothing in it is required. */
    void sequence(int end) throws GiveUp {
      int from = at;
      if (holdsAlternative(from, end)) {
        at = end;
        endRun();
        return;
      }
      while (at < end) {
        element(end);
      }
      endRun();
    }

    private void element(int end) throws GiveUp {
      char c = source.charAt(at);
      switch (c) {
        case '(' -> group();
        case '[' -> {
          at = classEnd(at) + 1;
          skipQuantifier();
          endRun();
        }
        case '.', '^', '$' -> {
          at++;
          skipQuantifier();
          endRun();
        }
        case '\\' -> escape();
        case '?', '*', '+', '{', ')', '|' -> throw new GiveUp();
        default -> {
          // A character outside the basic plane is one, for a quantifier after it too.
          boolean pair =
              Character.isHighSurrogate(c) && at + 1 < end && Character.isLowSurrogate(source.charAt(at + 1));
          String character = source.substring(at, at + (pair ? 2 : 1));
          at += character.length();
          literal(character);
        }
      }
    }

    private void group() throws GiveUp {
      int close = groupEnd(at);
      int contentStart = at + 1;
      boolean lookaround = false;
      if (source.startsWith("?", contentStart)) {
        int colon = contentStart + 1;
        while (colon < close && (Character.isLetter(source.charAt(colon)) || source.charAt(colon) == '-')) {
          colon++;
        }
        if (colon < close && source.charAt(colon) == ':') {
          contentStart = colon + 1;
        } else if (colon == close && colon > contentStart + 1) {
          // A flag group alone ((?i)): it sets flags for what follows and matches nothing itself.
          at = close + 1;
          return;
        } else {
          lookaround = true;
        }
      }
      endRun();
      at = close + 1;
      Quantity quantity = quantifier();
      if (lookaround || quantity == Quantity.OPTIONAL) {
        return;
      }
      int after = at;
      at = contentStart;
      sequence(close);
      at = after;
      if (quantity == Quantity.REPEATED) {
        endRun();
      }
    }

    private void escape() throws GiveUp {
      if (at + 1 >= source.length()) {
        throw new GiveUp();
      }
      char next = source.charAt(at + 1);
      at += 2;
      if (CLASS_ESCAPES.indexOf(next) >= 0) {
        skipQuantifier();
        endRun();
      } else if (next == 'p' || next == 'P') {
        if (source.startsWith("{", at)) {
          at = source.indexOf('}', at) + 1;
          if (at == 0) {
            throw new GiveUp();
          }
        } else {
          at++;
        }
        skipQuantifier();
        endRun();
      } else if (CONTROL_ESCAPES.indexOf(next) >= 0) {
        literal(String.valueOf(control(next)));
      } else if (Character.isLetterOrDigit(next)) {
        // A character by its code (\x41, \u0041, \0101, \cM), a back reference, a quoted run or a named escape.
        throw new GiveUp();
      } else {
        literal(String.valueOf(next));
      }
    }

    private static char control(char letter) {
      return switch (letter) {
        case 'n' -> '\n';
        case 't' -> '\t';
        case 'r' -> '\r';
        case 'f' -> '\f';
        case 'a' -> '\u0007';
        default -> '\u001b';
      };
    }

    /** A literal character just read, kept or dropped by the quantifier after it. */
    private void literal(String character) throws GiveUp {
      Quantity quantity = quantifier();
      if (quantity == Quantity.OPTIONAL) {
        endRun();
        return;
      }
      run.append(character);
      if (quantity == Quantity.REPEATED) {
        endRun();
      }
    }

    private void endRun() {
      if (run.length() > longest.length()) {
        longest = run.toString();
      }
      run.setLength(0);
    }

    private void skipQuantifier() throws GiveUp {
      quantifier();
    }

    private Quantity quantifier() throws GiveUp {
      if (at >= source.length()) {
        return Quantity.ONCE;
      }
      Quantity quantity;
      switch (source.charAt(at)) {
        case '?', '*' -> {
          quantity = Quantity.OPTIONAL;
          at++;
        }
        case '+' -> {
          quantity = Quantity.REPEATED;
          at++;
        }
        case '{' -> {
          int close = source.indexOf('}', at);
          if (close < 0) {
            throw new GiveUp();
          }
          String bounds = source.substring(at + 1, close);
          int comma = bounds.indexOf(',');
          String least = (comma < 0 ? bounds : bounds.substring(0, comma)).strip();
          if (least.isEmpty() || !least.chars().allMatch(Character::isDigit)) {
            throw new GiveUp();
          }
          quantity = Integer.parseInt(least) == 0 ? Quantity.OPTIONAL
              : bounds.equals(least) && least.equals("1") ? Quantity.ONCE : Quantity.REPEATED;
          at = close + 1;
        }
        default -> {
          return Quantity.ONCE;
        }
      }
      if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
        at++;
      }
      return quantity;
    }

    /** Whether a {@code |} stands at this level between {@code from} and {@code end}. */
    private boolean holdsAlternative(int from, int end) throws GiveUp {
      for (int i = from; i < end; i = constructEnd(i) + 1) {
        if (source.charAt(i) == '|') {
          return true;
        }
      }
      return false;
    }

    /** The index of the last character of the escape, class, group or character starting at {@code i}. */
    private int constructEnd(int i) throws GiveUp {
      return switch (source.charAt(i)) {
        case '\\' -> i + 1;
        case '[' -> classEnd(i);
        case '(' -> groupEnd(i);
        default -> i;
      };
    }

    /** The index of the {@code ]} closing the class opened at {@code open}. */
    private int classEnd(int open) throws GiveUp {
      int depth = 0;
      int i = open + 1;
      if (i < source.length() && source.charAt(i) == '^') {
        i++;
      }
      if (i < source.length() && source.charAt(i) == ']') {
        i++;
      }
      for (; i < source.length(); i++) {
        char c = source.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          depth++;
          // A nested class, like the outer one, may open with a literal bracket ([a[^]]b]).
          if (i + 1 < source.length() && source.charAt(i + 1) == '^') {
            i++;
          }
          if (i + 1 < source.length() && source.charAt(i + 1) == ']') {
            i++;
          }
        } else if (c == ']') {
          if (depth == 0) {
            return i;
          }
          depth--;
        }
      }
      throw new GiveUp();
    }

    /** The index of the {@code )} closing the group opened at {@code open}. */
    private int groupEnd(int open) throws GiveUp {
      for (int i = open + 1; i < source.length(); i = constructEnd(i) + 1) {
        if (source.charAt(i) == ')') {
          return i;
        }
      }
      throw new GiveUp();
    }
  }

  /** How often a quantifier lets an element occur. */
  private enum Quantity {
    ONCE,
    /** At least once: the element is required, but the run it is in cannot go on past it. */
    REPEATED,
    OPTIONAL
  }
}
