package io.mcdewey.parse.markdown.rules;

/**
 * Reads a line opening with a bullet character ({@code •}, {@code ◦}, {@code ▪}, {@code ‣}, {@code ●}) as a list
 * item, as text copied from a web page prints the items of its lists: markdown knows only {@code -}, {@code *} and
 * {@code +}. A bullet indented by four spaces or more, or inside fenced code, is left as it is.
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
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      if (!fenced[i] && indent < 4 && indent + 1 < line.length() && BULLETS.indexOf(line.charAt(indent)) >= 0
          && Character.isWhitespace(line.charAt(indent + 1))) {
        lines[i] = line.substring(0, indent) + "-" + line.substring(indent + 1);
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
