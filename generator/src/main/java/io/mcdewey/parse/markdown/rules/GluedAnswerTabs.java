package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts the status of an answer's tab from the value a page saved as text glued it to: GitBook prints each answer of
 * a block under its status, its caption and its media type ({@code 422} / {@code Validation Error} /
 * {@code application/json}), and a copy of the page loses the line break after the last value of the answer before
 * it ({@code bearer422}, a field's default; {@code <signature>401}, an example). Only a status glued after a character
 * other than a digit or a space, on a line followed by a caption opening with a capital and then by a media type
 * alone, is parted, if HTTP defines it: a name ending in digits ({@code sha256}) is followed by neither, and a value
 * ending in them ({@code h264} over {@code Default} and {@code video/mp4}) names no status.
 */
public final class GluedAnswerTabs {
  private static final Pattern GLUED_STATUS = Pattern.compile("(?<=[^\\d\\s])[1-5]\\d\\d$");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[\\w.+-]+(?:;.*)?");

  private GluedAnswerTabs() {}

  /** The elements with each status glued to a value on a line of its own after it. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = null;
    for (int i = 0; i < elements.size(); i++) {
      MarkdownElement element = elements.get(i);
      Matcher status = element instanceof MarkdownElement.TextLine line && !line.listItem()
          && endsWithDigit(line.text()) && opensTab(elements, i + 1)
          ? GLUED_STATUS.matcher(line.text().strip()) : null;
      if (status != null && status.find() && MarkdownStatuses.isDefined(Integer.parseInt(status.group()))) {
        if (read == null) {
          read = new ArrayList<>(elements.subList(0, i));
        }
        MarkdownElement.TextLine line = (MarkdownElement.TextLine) element;
        String text = line.text().strip();
        read.add(new MarkdownElement.TextLine(text.substring(0, status.start()), line.line(), false, List.of(),
            line.paragraph(), line.nested()));
        read.add(new MarkdownElement.TextLine(status.group(), line.line(), false, List.of(), line.paragraph(),
            line.nested()));
      } else if (read != null) {
        read.add(element);
      }
    }
    return read == null ? elements : read;
  }

  private static boolean endsWithDigit(String text) {
    String stripped = text.stripTrailing();
    return !stripped.isEmpty() && Character.isDigit(stripped.charAt(stripped.length() - 1));
  }

  /** Whether the lines at {@code at} are an answer tab's caption, opening with a capital, and its media type. */
  private static boolean opensTab(List<MarkdownElement> elements, int at) {
    if (at + 1 >= elements.size() || !(elements.get(at) instanceof MarkdownElement.TextLine caption)
        || !(elements.get(at + 1) instanceof MarkdownElement.TextLine mediaType)) {
      return false;
    }
    String text = caption.text().strip();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0))
        && MEDIA_TYPE.matcher(mediaType.text().strip()).matches();
  }
}
