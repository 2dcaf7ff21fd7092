package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MethodTitle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Headings that name a method alone ({@code GET}, {@code POST}) under a section that names its resource's path only in
 * its prose ({@code The user endpoint is located at ``/user``}): each is that method's request on the path, as API
 * Blueprint splits a resource's path and its actions' methods over two levels of headings. The section above must
 * print one path set apart as code, and nothing else that could be the path: with two paths, which method goes with
 * which is not said.
 */
public final class MethodHeadingsUnderPath {
  private MethodHeadingsUnderPath() {}

  /** The elements, with each method heading under such a section read as the request line it stands for. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = new ArrayList<>(elements);
    for (int i = 0; i < read.size(); i++) {
      if (!(read.get(i) instanceof MarkdownElement.Heading section) || MethodTitle.of(section.text()).isPresent()) {
        continue;
      }
      Optional<String> path = onlyPath(read, i + 1);
      if (path.isEmpty()) {
        continue;
      }
      // The level of the last heading inside the section that is no method's: a method heading below it is that
      // heading's, not the section's.
      int inner = Integer.MAX_VALUE;
      for (int j = i + 1; j < read.size(); j++) {
        if (!(read.get(j) instanceof MarkdownElement.Heading heading)) {
          continue;
        }
        if (heading.level() <= section.level()) {
          break;
        }
        Optional<String> method = MethodTitle.of(heading.text())
            .filter(name -> heading.text().strip().equals(name));
        if (method.isEmpty()) {
          inner = Math.min(inner, heading.level());
          continue;
        }
        if (heading.level() <= inner) {
          inner = Integer.MAX_VALUE;
          read.set(j, new MarkdownElement.Heading(heading.level(), method.get() + " " + path.get(), heading.line(),
              heading.underlined()));
        }
      }
    }
    return read;
  }

  /**
   * The one path that the prose between a heading and the next one prints set apart as code, if it prints one and no
   * other; empty when a method heading does not follow that prose.
   */
  private static Optional<String> onlyPath(List<MarkdownElement> elements, int from) {
    Set<String> paths = new LinkedHashSet<>();
    for (int i = from; i < elements.size(); i++) {
      MarkdownElement element = elements.get(i);
      if (element instanceof MarkdownElement.Heading heading) {
        return paths.size() == 1 && MethodTitle.of(heading.text()).isPresent()
            ? Optional.of(paths.iterator().next()) : Optional.empty();
      }
      if (element instanceof MarkdownElement.TextLine line) {
        line.literals().stream().map(MarkdownElement.TextLine.Literal::text).filter(text -> text.startsWith("/")
            && text.length() > 1 && text.chars().noneMatch(Character::isWhitespace)).forEach(paths::add);
      } else if (!(element instanceof MarkdownElement.Code)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
