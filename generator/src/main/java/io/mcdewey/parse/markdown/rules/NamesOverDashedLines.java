package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a name printed alone on a line to the description on the line after it that opens with a dash
 * ({@code login} over {@code – the user's login.}), as a page saved as text prints the items of a list whose names were
 * set apart as code: each pair is the item it was ({@code login – the user's login.}). Only a name written as an
 * identifier is, in the same paragraph as the dashed line, is joined, and only in a run of such pairs that opens its
 * paragraph or follows a heading or a label: a run after a parameter's description lists the values it takes
 * ({@code failed} over {@code — unanswered calls} under {@code call_type}), not parameters.
 */
public final class NamesOverDashedLines {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.\\[\\]-]*");
  private static final Pattern DASHED = Pattern.compile("[–—-]\\s+\\S.*");

  private NamesOverDashedLines() {}

  /** The elements with each name over a dashed description joined to it as an item. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = null;
    boolean inRun = false;
    for (int i = 0; i < elements.size(); i++) {
      if (isPair(elements, i) && (inRun || opensRun(elements, i))) {
        if (read == null) {
          read = new ArrayList<>(elements.subList(0, i));
        }
        MarkdownElement.TextLine name = (MarkdownElement.TextLine) elements.get(i);
        String dashed = ((MarkdownElement.TextLine) elements.get(i + 1)).text().strip();
        read.add(new MarkdownElement.TextLine(name.text().strip() + " " + dashed, name.line(), true, name.literals(),
            name.line(), name.nested()));
        inRun = true;
        i++;
        continue;
      }
      inRun = false;
      if (read != null) {
        read.add(elements.get(i));
      }
    }
    return read == null ? elements : read;
  }

  /** Whether the elements at {@code at} are a name alone over a dashed line of its paragraph. */
  private static boolean isPair(List<MarkdownElement> elements, int at) {
    // The dash opening the next line is told first: few lines open with one, and the patterns run only then.
    return at + 1 < elements.size() && elements.get(at) instanceof MarkdownElement.TextLine name
        && elements.get(at + 1) instanceof MarkdownElement.TextLine dashed && opensWithDash(dashed.text())
        && !name.listItem() && name.paragraph() == dashed.paragraph() && NAME.matcher(name.text().strip()).matches()
        && DASHED.matcher(dashed.text().strip()).matches();
  }

  private static boolean opensWithDash(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty() && "–—-".indexOf(stripped.charAt(0)) >= 0;
  }

  /** Whether a pair at {@code at} opens its paragraph or follows a heading or a label closed by its colon. */
  private static boolean opensRun(List<MarkdownElement> elements, int at) {
    if (at == 0 || elements.get(at - 1) instanceof MarkdownElement.Heading) {
      return true;
    }
    if (!(elements.get(at - 1) instanceof MarkdownElement.TextLine before)) {
      return false;
    }
    String text = before.text().strip();
    return before.paragraph() != ((MarkdownElement.TextLine) elements.get(at)).paragraph() || text.endsWith(":")
        || text.endsWith("：");
  }
}
