package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.MethodTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Headings that name a path alone ({@code ## /channels}) under a heading naming a method alone ({@code # GET}): each
 * is that method's request on the path, as references that group their calls by method title each call by its path.
 * Only headings one level below the method's count, and only where each is a path its method makes a request of and
 * no file of a machine ({@code ## /etc/hosts} under a tool's {@code # GET}).
 */
public final class PathHeadingsUnderMethod {
  private PathHeadingsUnderMethod() {}

  /** The elements, with each path heading under a method heading read as the request line it stands for. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = null;
    for (int i = 0; i < elements.size(); i++) {
      if (!(elements.get(i) instanceof MarkdownElement.Heading section)) {
        continue;
      }
      Optional<String> method = MethodTitle.of(section.text()).filter(name -> section.text().strip().equals(name));
      for (int j = i + 1; method.isPresent() && j < elements.size(); j++) {
        if (!(elements.get(j) instanceof MarkdownElement.Heading heading)) {
          continue;
        }
        if (heading.level() <= section.level()) {
          break;
        }
        String path = heading.text().strip();
        if (heading.level() == section.level() + 1 && path.startsWith("/") && !LabelledPath.namesFile(path)
            && MarkdownRequestLines.opening(method.get() + " " + path, heading.line()).size() == 1) {
          read = read == null ? new ArrayList<>(elements) : read;
          read.set(j, new MarkdownElement.Heading(heading.level(), method.get() + " " + path, heading.line(),
              heading.underlined()));
        }
      }
    }
    return read == null ? elements : read;
  }
}
