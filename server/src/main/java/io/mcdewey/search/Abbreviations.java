package io.mcdewey.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a library defines, learnt from its text where a guide spells one out before it
 * ({@code Single Sign-On (SSO)}, {@code Media Routing Domain (MRD)}), so that a question using the short form also
 * finds pages that use the long one.
 */
final class Abbreviations {
  /** Up to six capitalised words, then an abbreviation of two to six capitals in brackets. */
  private static final Pattern DEFINED = Pattern.compile(
      "((?:[A-Z][A-Za-z]*[\\s-]+){1,6})\\(([A-Z]{2,6})s?\\)");

  private final Map<String, String> longForms;

  private Abbreviations(Map<String, String> longForms) {
    this.longForms = Map.copyOf(longForms);
  }

  static Abbreviations none() {
    return new Abbreviations(Map.of());
  }

  /** The abbreviations defined in the chunks of a library; the first definition of each counts. */
  static Abbreviations learn(Library library) {
    Map<String, String> longForms = new HashMap<>();
    for (LibraryGuide guide : library.guides()) {
      for (Chunk chunk : guide.chunks()) {
        Matcher matcher = DEFINED.matcher(chunk.text());
        while (matcher.find()) {
          String abbreviation = matcher.group(2);
          String longForm = spelledOut(matcher.group(1), abbreviation);
          if (longForm != null) {
            longForms.putIfAbsent(abbreviation.toLowerCase(Locale.ROOT), longForm);
          }
        }
      }
    }
    return new Abbreviations(longForms);
  }

  /** The question with the long form of each abbreviation it uses added. */
  String expand(String question) {
    if (longForms.isEmpty()) {
      return question;
    }
    StringBuilder expanded = new StringBuilder(question);
    for (String word : question.split("[^A-Za-z]+")) {
      String longForm = longForms.get(word.toLowerCase(Locale.ROOT));
      if (longForm != null) {
        expanded.append(" (").append(longForm).append(')');
      }
    }
    return expanded.toString();
  }

  /** The last words before the brackets whose initials spell the abbreviation, or {@code null}. */
  private static String spelledOut(String words, String abbreviation) {
    String[] all = words.strip().split("[\\s-]+");
    if (all.length < abbreviation.length()) {
      return null;
    }
    List<String> used = new ArrayList<>();
    for (int i = all.length - abbreviation.length(); i < all.length; i++) {
      used.add(all[i]);
    }
    for (int i = 0; i < abbreviation.length(); i++) {
      if (Character.toUpperCase(used.get(i).charAt(0)) != abbreviation.charAt(i)) {
        return null;
      }
    }
    return String.join(" ", used);
  }
}
