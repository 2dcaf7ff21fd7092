package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the request of an API block saved as text from a GitBook page: its method badge alone on a line
 * ({@code get}), the action's title on the next, and the URL alone opening the paragraph after them
 * ({@code https://api.example.com/v1/devices/:id/}). The URL's line becomes the request line; badge and title stay.
 */
public final class BadgeOverTitleAndUrl {
  private BadgeOverTitleAndUrl() {}

  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>(elements);
    for (int i = 0; i + 2 < read.size(); i++) {
      if (read.get(i) instanceof MarkdownElement.TextLine badge && !badge.listItem()
          && MarkdownRequestLines.isMethod(badge.text())
          && read.get(i + 1) instanceof MarkdownElement.TextLine title && title.paragraph() == badge.paragraph()
          && !title.listItem() && !MarkdownRequestLines.isUrlAlone(title.text())
          && read.get(i + 2) instanceof MarkdownElement.TextLine url && url.paragraph() != badge.paragraph()
          && url.line() == url.paragraph() && MarkdownRequestLines.isUrlAlone(url.text())) {
        read.set(i + 2, new MarkdownElement.TextLine(
            MarkdownRequestLines.method(badge.text()) + " " + url.text().strip(), url.line(), false, url.literals(),
            url.paragraph(), url.nested()));
      }
    }
    return read;
  }
}
