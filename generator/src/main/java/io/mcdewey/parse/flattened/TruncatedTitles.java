package io.mcdewey.parse.flattened;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises titles cut short: a running footer at a page's end may lose its last letters ({@code Dialog—Send DT}),
 * and the section it names must not become a second endpoint beside the full title ({@code Dialog—Send DTMF String}).
 *
 * <p>A title is cut where it ends inside a word of a longer title of the same guide; it then stands for that title,
 * or for none when several longer titles start with it. A title that stops at a word's end may be complete
 * ({@code Get Reason Code} beside {@code Get Reason Code List}), and so may one a plural ending short of another
 * ({@code Get User} beside {@code Get Users}); a title printed whole in the text is complete.
 */
final class TruncatedTitles {
  private static final List<String> PLURAL_ENDINGS = List.of("s", "es");

  private final Set<String> printed;
  private final Set<String> known;

  /**
   * @param printed titles the text prints whole, ended by their description
   * @param named titles only footers name
   */
  TruncatedTitles(Collection<String> printed, Collection<String> named) {
    this.printed = new LinkedHashSet<>(printed);
    this.known = new LinkedHashSet<>(printed);
    known.addAll(named);
  }

  /** The full title {@code title} was cut from; {@code title} itself when it is not cut; empty when it is ambiguous. */
  String resolve(String title) {
    if (title.isEmpty() || printed.contains(title) || !Character.isLetterOrDigit(title.charAt(title.length() - 1))) {
      return title;
    }
    List<String> longer = known.stream().filter(full -> cutFrom(title, full)).toList();
    return longer.isEmpty() ? title : longer.size() == 1 ? longer.get(0) : "";
  }

  private static boolean cutFrom(String title, String full) {
    if (full.length() <= title.length() || !full.startsWith(title)) {
      return false;
    }
    int wordEnd = title.length();
    while (wordEnd < full.length() && Character.isLetterOrDigit(full.charAt(wordEnd))) {
      wordEnd++;
    }
    String rest = full.substring(title.length(), wordEnd);
    return !rest.isEmpty() && !PLURAL_ENDINGS.contains(rest);
  }
}
