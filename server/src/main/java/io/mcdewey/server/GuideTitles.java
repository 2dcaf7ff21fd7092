package io.mcdewey.server;

import io.mcdewey.search.GuideId;
import io.mcdewey.search.LibraryGuide;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A guide's title for people: the one the guide prints, else one made of its product, release and document name
 * ({@code Finesse v12.5 Developer Guide}), since chunk exports carry no title of their own.
 */
final class GuideTitles {
  private GuideTitles() {}

  static String of(LibraryGuide guide) {
    String printed = guide.api().title().strip();
    return printed.isEmpty() ? made(guide.id()) : printed;
  }

  private static String made(GuideId id) {
    List<String> words = new ArrayList<>();
    if (!id.product().isEmpty()) {
      words.add(capitalized(id.product()));
      words.add(id.version());
    }
    for (String word : id.document().split("[-_\\s]+")) {
      if (!word.isEmpty()) {
        words.add(capitalized(word));
      }
    }
    return String.join(" ", words);
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
