package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts the caption of an API block's part from the value a page saved as text glued it to: GitBook prints each
 * part of a block under a caption of its own ({@code Authorizations}, {@code Path parameters}, {@code Body},
 * {@code Responses}), and a copy of the page loses the line break between the last value of one part and the caption
 * of the next ({@code https://example.com/hookResponses}). Only a caption glued after a lower-case letter, a digit or
 * a slash and closing the line is parted: a caption's word inside a sentence, or capitalised after a space, is text.
 */
public final class GluedPartCaptions {
  /** The captions of a block's parts and what the page prints after its last block, as GitBook prints them. */
  private static final List<String> CAPTION_TEXTS = List.of("Authorizations", "Path parameters", "Query parameters",
      "Header parameters", "Body", "Responses", "Last updated", "Was this helpful?");
  static final String CAPTIONS =
      String.join("|", CAPTION_TEXTS.stream().map(Pattern::quote).toList());
  /** The last characters of the captions: a line closing with any other holds none. */
  private static final String LAST_CHARACTERS =
      String.join("", CAPTION_TEXTS.stream().map(c -> c.substring(c.length() - 1)).distinct().toList());
  private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}\\p{N}/])(?:" + CAPTIONS + ")$");

  private GluedPartCaptions() {}

  /** Whether a text ends with a character some caption ends with. */
  private static boolean endsAsCaption(String text) {
    String stripped = text.stripTrailing();
    return !stripped.isEmpty() && LAST_CHARACTERS.indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
  }

  /** The elements with each caption glued to a value on a line of its own after it. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = null;
    for (int i = 0; i < elements.size(); i++) {
      MarkdownElement element = elements.get(i);
      // The line's last character is told first: few lines close with one a caption closes with.
      Matcher glued = element instanceof MarkdownElement.TextLine line && !line.listItem()
          && endsAsCaption(line.text()) ? GLUED.matcher(line.text().strip()) : null;
      if (glued != null && glued.find()) {
        if (read == null) {
          read = new ArrayList<>(elements.subList(0, i));
        }
        MarkdownElement.TextLine line = (MarkdownElement.TextLine) element;
        String text = line.text().strip();
        read.add(new MarkdownElement.TextLine(text.substring(0, glued.start()), line.line(), false, List.of(),
            line.paragraph(), line.nested()));
        read.add(new MarkdownElement.TextLine(glued.group(), line.line(), false, List.of(), line.paragraph(),
            line.nested()));
      } else if (read != null) {
        read.add(element);
      }
    }
    return read == null ? elements : read;
  }
}
