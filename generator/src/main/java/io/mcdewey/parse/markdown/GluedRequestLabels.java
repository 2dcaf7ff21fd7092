package io.mcdewey.parse.markdown;

import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.Optional;

/**
 * Parts a label from the request line a page saved as text glued it to: a copy of the page loses the line break
 * between a request box and the caption under it ({@code GET /api/v1/contactsQuery Parameters},
 * {@code GET /api/v1/contacts/{id}Risposta}). The label must be one the profile knows, alone, and start with a capital
 * right after a variable's closing brace, or after a lower-case letter or a digit when it holds several words: a path
 * written in camel case may close with a label's word ({@code /cli/processRequest}) but never with a space, and a
 * segment of its own may be one ({@code /users/{id}/Permissions}); a label in a script without capitals may follow any
 * character of the path ({@code GET /api/v1/clusters/示例:}). What comes before the label must read as a request line.
 */
final class GluedRequestLabels {
  /** A request line and the label glued after it. */
  record Parted(String requestLine, String label) {}

  private GluedRequestLabels() {}

  static Optional<Parted> parted(String text, MarkdownLabels labels) {
    // Told before any label is looked up: a request line opens with a method in capitals and holds a path.
    int firstSpace = text.indexOf(' ');
    if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z' || firstSpace < 0 || text.indexOf('/') < 0
        || !MarkdownRequestLines.isMethod(text.substring(0, text.charAt(firstSpace - 1) == ':' ? firstSpace - 1
            : firstSpace))) {
      return Optional.empty();
    }
    for (int i = text.indexOf('/') + 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      boolean afterPath = Character.isLowerCase(before) || Character.isDigit(before) || before == '}' || before == '/';
      if (Character.isUpperCase(text.charAt(i)) && (before == '}'
          || (Character.isLowerCase(before) || Character.isDigit(before)) && text.indexOf(' ', i) > 0)
          // A script without capitals or spaces ({@code 示例:}) goes on no path: its label may follow any of it.
          || afterPath && MarkdownParameterText.isCjk(text.charAt(i))) {
        String label = text.substring(i);
        String requestLine = text.substring(0, i);
        if (labels.match(label).filter(match -> match.value().isEmpty()).isPresent()
            && !MarkdownRequestLines.ofTextLine(requestLine, 0).isEmpty()) {
          return Optional.of(new Parted(requestLine, label));
        }
      }
    }
    return Optional.empty();
  }
}
