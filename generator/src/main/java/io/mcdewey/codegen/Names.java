package io.mcdewey.codegen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns guide words into Java identifiers: type names, member names and constants. Handles keywords, leading digits,
 * punctuation, accented and other non-ASCII letters, and very long titles (shortened with a stable hash so that two
 * long titles never collide). Collisions between names are resolved by a {@link NameScope}.
 */
public final class Names {
  /** Identifiers longer than this are shortened. */
  static final int MAX_LENGTH = 64;

  private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
      "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true",
      "false", "null", "var", "yield", "record", "sealed", "permits", "_");

  private Names() {}

  /** An UpperCamelCase type name: {@code "wrap-up reason"} → {@code WrapUpReason}. */
  public static String typeName(String text) {
    StringBuilder name = new StringBuilder();
    for (String word : words(text)) {
      name.append(capitalize(word));
    }
    return finish(name.toString(), "Type");
  }

  /**
   * A lowerCamelCase member name. A wire name that is already one identifier keeps its inner capitals
   * ({@code loginName}, {@code ErrorType} → {@code errorType}); an all-capitals one is lowered ({@code DNIS} →
   * {@code dnis}); anything else is built from its words.
   */
  public static String memberName(String text) {
    String plain = ascii(text);
    if (plain.matches("[A-Za-z][A-Za-z0-9]*")) {
      String name = plain.equals(plain.toUpperCase(Locale.ROOT)) ? plain.toLowerCase(Locale.ROOT)
          : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
      return finish(name, "value");
    }
    List<String> words = words(text);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      name.append(i == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    return finish(name.toString(), "value");
  }

  /** An UPPER_SNAKE_CASE constant: {@code "Not Ready"} → {@code NOT_READY}; {@code NOT_READY} stays. */
  public static String constantName(String text) {
    List<String> words = words(text);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    return finish(name, "VALUE");
  }

  /** The words of a text: letters and digits, split at other characters and at lower-to-upper case changes. */
  static List<String> words(String text) {
    String plain = ascii(text);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (!Character.isLetterOrDigit(c) || !Character.isJavaIdentifierPart(c)) {
        flush(word, words);
        continue;
      }
      boolean caseBreak = word.length() > 0 && Character.isUpperCase(c)
          && Character.isLowerCase(word.charAt(word.length() - 1));
      if (caseBreak) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Accented letters lose their accents; other letters are kept when Java allows them in identifiers. */
  private static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }

  private static String capitalize(String word) {
    if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1 && Character.isLetter(word.charAt(0))) {
      return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String finish(String name, String fallback) {
    String identifier = name.isEmpty() ? fallback : name;
    if (Character.isDigit(identifier.charAt(0))) {
      identifier = "_" + identifier;
    }
    if (identifier.length() > MAX_LENGTH) {
      identifier = identifier.substring(0, MAX_LENGTH - 9) + "_" + hash(identifier);
    }
    if (RESERVED.contains(identifier)) {
      identifier = identifier + "_";
    }
    return identifier;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * Whether {@code name} is a package generated code can go in: a Java package name, outside the JDK's
   * {@code java.*} and {@code javax.*}, whose parts file systems can name directories after.
   */
  public static boolean isPackageName(String name) {
    return ProjectNaming.packageProblem(name).isEmpty();
  }

  /** Whether {@code word} is reserved in Java source, so that it cannot name anything. */
  static boolean isKeyword(String word) {
    return RESERVED.contains(word);
  }
}
