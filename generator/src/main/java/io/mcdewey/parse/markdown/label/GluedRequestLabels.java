package io.mcdewey.parse.markdown.label;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.Scripts;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts the labels and request lines a page saved as text printed on one line. A label from the request line it was
 * glued to: a copy of the page loses the line break
 * between a request box and the caption under it ({@code GET /api/v1/contactsQuery Parameters},
 * {@code GET /api/v1/contacts/{id}Risposta}). The label must be one the profile knows, alone, and start with a capital
 * right after a variable's closing brace, or after a lower-case letter or a digit when it holds several words: a path
 * written in camel case may close with a label's word ({@code /cli/processRequest}) but never with a space, and a
 * segment of its own may be one ({@code /users/{id}/Permissions}); a label in a script without capitals may follow any
 * character of the path ({@code GET /api/v1/clusters/示例:}). What comes before the label must read as a request line,
 * or as a path alone, its method printed above it; an authentication scheme's badge may stand between them
 * ({@code /api/projects/{id}JWTResponse 200}), and an answer's label may give its status.
 * And a method's label and a URI's printed side by side ({@link #sideBySide}).
 */
public final class GluedRequestLabels {
  /** The most characters of a line printing two labels side by side: a longer one is a sentence. */
  private static final int SIDE_BY_SIDE_LENGTH = 200;
  /** A route without its leading slash: segments of letters, digits and marks parted by slashes. */
  private static final Pattern RELATIVE_PATH = Pattern.compile("[A-Za-z][\\w.-]*(?:/[\\w.{}:-]+)+/?");
  /** A label of one or two capitalised words closed by a colon, opening the line. */
  private static final Pattern OTHER_LABEL = Pattern.compile("[A-Z][a-z]+(?: [A-Za-z]+)?:\\s+");
  /** The badges of authentication schemes a page prints between a path and the label after it. */
  private static final List<String> AUTH_BADGES = List.of("JWT", "HMAC", "OAUTH2", "OAUTH", "APIKEY");
  /** A request line and the label glued after it. */
  public record Parted(String requestLine, String label) {}

  /**
   * The two lines a line printing a method's label and a URI's side by side stands for, each with its value
   * ({@code Method: GET URI: /api/v1/familias}, {@code URL: /x Method: POST}), as a page saved as text joins the rows
   * of a request's box; empty for any other line. The first value is a method alone or a path or URL alone.
   */
  public static Optional<List<String>> sideBySide(String text, MarkdownLabels labels) {
    // Told before any label is looked up: two labels closed by colons, half- or full-width, and most lines hold fewer.
    if (text.length() > SIDE_BY_SIDE_LENGTH || colons(text) < 2) {
      return Optional.empty();
    }
    Optional<MarkdownLabels.Match> first = labels.match(text).filter(match -> !match.spaced());
    Field field = first.map(MarkdownLabels.Match::field).orElse(null);
    String value;
    if (field == Field.HTTP_METHOD || field == Field.URI) {
      value = first.get().value();
    } else {
      // A label of other words before a path, and a method's label after it ({@code Alternative: x/put Method:
      // POST}): the path is read as under such a label, which a method's label below it takes.
      Matcher other = OTHER_LABEL.matcher(text);
      if (!other.lookingAt()) {
        return Optional.empty();
      }
      field = Field.URI;
      value = text.substring(other.end());
    }
    int space = value.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String firstValue = value.substring(0, space);
    String rest = value.substring(space + 1).strip();
    // A path under its label may leave out its leading slash ({@code Path: cs-ws/resources/device Method: PUT}).
    boolean valueAlone = field == Field.HTTP_METHOD ? MarkdownRequestLines.isMethod(firstValue)
        : LabelledPath.isPathOrUrl(firstValue) || RELATIVE_PATH.matcher(firstValue).matches();
    if (!valueAlone) {
      return Optional.empty();
    }
    Field other = field == Field.HTTP_METHOD ? Field.URI : Field.HTTP_METHOD;
    return labels.match(rest).filter(match -> !match.spaced() && match.field() == other && !match.value().isEmpty())
        .map(second -> List.of(text.substring(0, text.length() - rest.length()).strip(), rest));
  }

  private static int colons(String text) {
    int colons = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      colons += c == ':' || c == '：' ? 1 : 0;
    }
    return colons;
  }

  private GluedRequestLabels() {}

  public static Optional<Parted> parted(String text, MarkdownLabels labels) {
    // Told before any label is looked up: a request line opens with a method in capitals and holds a path; a path
    // alone, its method printed above it, opens with its slash.
    int firstSpace = text.indexOf(' ');
    boolean pathAlone = text.startsWith("/") && firstSpace > 0;
    if (!pathAlone && (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z' || firstSpace < 0
        || text.indexOf('/') < 0 || !MarkdownRequestLines.isMethod(text.substring(0,
            text.charAt(firstSpace - 1) == ':' ? firstSpace - 1 : firstSpace)))) {
      return Optional.empty();
    }
    for (int i = text.indexOf('/') + 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      boolean afterPath = Character.isLowerCase(before) || Character.isDigit(before) || before == '}' || before == '/';
      if (Character.isUpperCase(text.charAt(i)) && (before == '}'
          || (Character.isLowerCase(before) || Character.isDigit(before)) && text.indexOf(' ', i) > 0)
          // A script without capitals or spaces ({@code 示例:}) goes on no path: its label may follow any of it.
          || afterPath && Scripts.isCjk(text.charAt(i))) {
        String requestLine = text.substring(0, i);
        // An authentication scheme's badge may stand between them ({@code /projectsJWTRequest body}); capitals of
        // the path's own ({@code /exportPDF}) are none.
        int at = i;
        int labelStart = AUTH_BADGES.stream().filter(badge -> text.startsWith(badge, at)).findFirst()
            .map(badge -> at + badge.length()).orElse(at);
        for (int start : labelStart == i ? List.of(i) : List.of(i, labelStart)) {
          String label = text.substring(start);
          // The label alone, or an answer's with its status ({@code Response 200}).
          if (labels.match(label).filter(match -> match.value().isEmpty()
              || MarkdownLabels.isExample(match.field()) && MarkdownStatuses.isCode(match.value().strip())).isPresent()
              && (pathAlone ? LabelledPath.isPathAlone(requestLine)
                  : !MarkdownRequestLines.ofTextLine(requestLine, 0).isEmpty())) {
            return Optional.of(new Parted(requestLine, label));
          }
        }
      }
    }
    return Optional.empty();
  }
}
