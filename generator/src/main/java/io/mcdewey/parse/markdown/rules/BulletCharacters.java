package io.mcdewey.parse.markdown.rules;

/**
 * Reads a line opening with a bullet character ({@code •}, {@code ◦}, {@code ▪}, {@code ‣}, {@code ●}) as a list
 * item, as text copied from a web page prints the items of its lists: markdown knows only {@code -}, {@code *} and
 * {@code +}. A bullet indented by four spaces or more is left as it is, unless it stands under an item and indented as
 * its text (an item of a list inside that item); so is one inside fenced code.
 */
public final class BulletCharacters {
  private static final String BULLETS = "•◦▪‣●";

  private BulletCharacters() {}

  /** The text with each line's opening bullet character written as a markdown list marker. */
  public static String asItems(String markdown) {
    if (!holdsBullet(markdown)) {
      return markdown;
    }
    String[] lines = markdown.split("\n", -1);
    boolean[] fenced = FencedLines.of(lines);
    // Where the text of the outer item above begins, under which an inner list may stand; -1 when none stands above.
    int itemText = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      boolean bullet = !fenced[i] && indent + 1 < line.length() && BULLETS.indexOf(line.charAt(indent)) >= 0
          && Character.isWhitespace(line.charAt(indent + 1));
      // A bullet indented as an item's text, under that item, is an item of a list inside it, not indented code.
      if (bullet && (indent < 4 || itemText >= 0 && indent >= itemText && indent < itemText + 4)) {
        lines[i] = line.substring(0, indent) + "-" + line.substring(indent + 1);
        // Items of the inner list stand at one indent: the text of the item holding them still begins there.
        itemText = indent < 4 ? indent + 2 : itemText;
      } else if (!line.isBlank() || i + 1 >= lines.length || lines[i + 1].isBlank()) {
        itemText = -1;
      }
    }
    return String.join("\n", lines);
  }

  private static boolean holdsBullet(String markdown) {
    for (int i = 0; i < BULLETS.length(); i++) {
      if (markdown.indexOf(BULLETS.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
