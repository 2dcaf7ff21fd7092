package io.mcdewey.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading and what it covers, up to the next heading that opens another endpoint or page. Headings that only
 * label a part of it ({@code ### Parameters}) stay inside, and so do deeper headings that document no request of
 * their own.
 *
 * @param title the heading's text, empty for the text before the first heading
 * @param group the text of the enclosing heading, empty when there is none
 * @param level the heading's level, 0 for the text before the first heading
 * @param line the heading's 1-based line
 * @param elements what follows the heading
 */
record MarkdownSection(String title, String group, int level, int line, List<MarkdownElement> elements) {

  MarkdownSection {
    elements = List.copyOf(elements);
  }

  /** Splits a guide's elements into sections. */
  static List<MarkdownSection> split(List<MarkdownElement> elements, MarkdownLabels labels) {
    List<Draft> drafts = new ArrayList<>();
    Draft current = new Draft(null, elements.isEmpty() ? 0 : elements.get(0).line());
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.Heading heading && !isLabel(heading, labels)) {
        drafts.add(current);
        current = new Draft(heading, heading.line());
      } else {
        current.elements.add(element);
      }
    }
    drafts.add(current);

    for (int i = 0; i < drafts.size(); i++) {
      drafts.get(i).group = enclosingTitle(drafts, i);
    }
    List<Draft> kept = new ArrayList<>();
    for (Draft draft : drafts) {
      Draft previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (previous != null && draft.level() > previous.level() && !draft.hasRequest()) {
        previous.elements.add(draft.heading);
        previous.elements.addAll(draft.elements);
      } else if (draft.heading != null || !draft.elements.isEmpty()) {
        kept.add(draft);
      }
    }
    return kept.stream()
        .map(draft -> new MarkdownSection(draft.title(), draft.group, draft.level(), draft.line, draft.elements))
        .toList();
  }

  private static boolean isLabel(MarkdownElement.Heading heading, MarkdownLabels labels) {
    return labels.match(heading.text()).filter(match -> !match.spaced()).isPresent();
  }

  /** The title of the nearest heading above, unless that is the guide's own title (its only top heading). */
  private static String enclosingTitle(List<Draft> drafts, int index) {
    int level = drafts.get(index).level();
    boolean singleTop = drafts.stream().filter(d -> d.level() == 1).count() == 1;
    for (int i = index - 1; i >= 0; i--) {
      Draft enclosing = drafts.get(i);
      if (enclosing.level() < level && enclosing.heading != null) {
        return singleTop && enclosing.level() == 1 ? "" : enclosing.title();
      }
    }
    return "";
  }

  /** A section being collected. */
  private static final class Draft {
    private final MarkdownElement.Heading heading;
    private final int line;
    private final List<MarkdownElement> elements = new ArrayList<>();
    private String group = "";

    Draft(MarkdownElement.Heading heading, int line) {
      this.heading = heading;
      this.line = line;
    }

    int level() {
      return heading == null ? 0 : heading.level();
    }

    String title() {
      return heading == null ? "" : heading.text();
    }

    boolean hasRequest() {
      if (!MarkdownRequestLines.anywhere(title(), line).isEmpty()) {
        return true;
      }
      for (MarkdownElement element : elements) {
        String text = element instanceof MarkdownElement.TextLine line ? line.text()
            : element instanceof MarkdownElement.Code code ? code.content().strip().split("\n", 2)[0] : "";
        if (!MarkdownRequestLines.opening(text, 0).isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }
}
