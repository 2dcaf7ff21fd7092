package io.mcdewey.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/** Regular expressions drawn at random, each with a text it matches, the same ones for a seed. */
final class GeneratedPatterns {
  private static final String[] LITERALS = {"a", "b", "c", "A", "B", "-", ":", "]", "}", "#", " ", "\u017f", "\u212a",
      "k", "s", "\uD83D\uDE00", "\u00e9", "/", "<", ">", "=", "\""};
  private static final String[] ESCAPES = {"\\.", "\\\\", "\\-", "\\(", "\\)", "\\[", "\\]", "\\{", "\\*",
      "\\?", "\\+", "\\|", "\\ ", "\\#", "\\/"};
  private static final String[] CLASSES = {"[abc]", "[^x]", "[a-c]", "[]a]", "[^]a]", "[a[]b]]", "[a-z&&[^b]]",
      "[\\Q]a\\E]", "[\\]]", "[a\\[b]", "[[a][b]]", "\\d", "\\w", "\\s", "\\p{L}", "\\pL", ".", "\\h", "[ ]"};
  private static final String[] CANDIDATES = {"a", "b", "c", "A", "B", "x", "1", " ", "]", "[", "-", "#", "\n", "\t",
      "\u00e9", "k", "S", "z"};
  private static final String[] ZERO_WIDTH = {"\\b", "\\B", "^", "$", "(?=a)", "(?!q)", "(?<=a)", "(?<!q)", "(?i)",
      "(?-i)", "(?x)", "(?-x)", "(?iu)", "(?s)", "(?m)"};
  private static final String[] GROUPS = {"(", "(?:", "(?i:", "(?>", "(?x:", "(?-i:", "(?iu:", "(?=", "(?!", "(?<="};
  private static final String[] QUANTIFIERS = {"?", "*", "+", "{0}", "{1}", "{2}", "{1,}", "{0,2}", "{2,3}", "{1,1}"};

  /** A pattern and a text it matches. */
  record Generated(String regex, String text) {}

  private final Random random;

  GeneratedPatterns(Random random) {
    this.random = random;
  }

  /** A sequence of one to five elements, each perhaps quantified. */
  Generated sequence(int depth) {
    StringBuilder regex = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(5); i >= 0; i--) {
      Generated element = quantified(element(depth));
      regex.append(element.regex());
      text.append(element.text());
    }
    return new Generated(regex.toString(), text.toString());
  }

  /** The text, and texts near it: without spaces, in other cases, inside others, cut, and a few at random. */
  List<String> variants(String text) {
    List<String> variants = new ArrayList<>(List.of(text, text.replace(" ", ""), text.toUpperCase(Locale.ROOT),
        text.toLowerCase(Locale.ROOT), "x" + text + "y"));
    for (int i = 0; i < 8 && !text.isEmpty(); i++) {
      int from = random.nextInt(text.length());
      int to = from + random.nextInt(Math.min(4, text.length() - from) + 1);
      variants.add(text.substring(0, from) + text.substring(to));
    }
    for (int i = 0; i < 3; i++) {
      StringBuilder other = new StringBuilder();
      for (int j = random.nextInt(6); j > 0; j--) {
        other.append(pick(CANDIDATES));
      }
      variants.add(other.toString());
    }
    return variants;
  }

  private Generated element(int depth) {
    switch (random.nextInt(depth > 2 ? 6 : 8)) {
      case 0, 1 -> {
        String literal = pick(LITERALS);
        return new Generated(literal, literal);
      }
      case 2 -> {
        String escape = pick(ESCAPES);
        return new Generated(escape, escape.substring(1));
      }
      case 3 -> {
        String characterClass = pick(CLASSES);
        Pattern compiled = Pattern.compile(characterClass);
        List<String> matching = new ArrayList<>();
        for (String candidate : CANDIDATES) {
          if (compiled.matcher(candidate).matches()) {
            matching.add(candidate);
          }
        }
        return new Generated(characterClass, matching.isEmpty() ? "a" : matching.get(random.nextInt(matching.size())));
      }
      case 4 -> {
        String quoted = pick(LITERALS) + pick(LITERALS) + (random.nextBoolean() ? ")" : "|");
        return new Generated("\\Q" + quoted + "\\E", quoted);
      }
      case 5 -> {
        return new Generated(pick(ZERO_WIDTH), "");
      }
      default -> {
        String open = pick(GROUPS);
        boolean lookaround = open.startsWith("(?=") || open.startsWith("(?!") || open.startsWith("(?<");
        Generated first = sequence(depth + 1);
        if (random.nextInt(3) == 0) {
          Generated second = sequence(depth + 1);
          return new Generated(open + first.regex() + "|" + second.regex() + ")",
              lookaround ? "" : random.nextBoolean() ? first.text() : second.text());
        }
        return new Generated(open + first.regex() + ")", lookaround ? "" : first.text());
      }
    }
  }

  private Generated quantified(Generated element) {
    if (element.text().isEmpty() || random.nextInt(3) != 0) {
      return element;
    }
    String quantifier = pick(QUANTIFIERS);
    String mode = random.nextInt(4) == 0 ? "?" : random.nextInt(6) == 0 ? "+" : "";
    int times = switch (quantifier) {
      case "?" -> random.nextInt(2);
      case "*", "{0,2}" -> random.nextInt(3);
      case "+", "{1,}" -> 1 + random.nextInt(2);
      case "{0}" -> 0;
      case "{1}", "{1,1}" -> 1;
      case "{2}" -> 2;
      default -> 2 + random.nextInt(2);
    };
    return new Generated(element.regex() + quantifier + mode, element.text().repeat(times));
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
