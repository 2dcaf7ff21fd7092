package io.mcdewey.parse.markdown.request;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path or URL set apart as code after a label of any name ({@code Syntax: `/shares/<id>`}, {@code Resource:
 * `/v1/jobs`}), as guides that print the method under a label of its own ({@code Method: `GET`}) print the path: the
 * literal is the whole value, so the line names a URI whatever its label says. A line may set apart both, the
 * method first ({@code `GET`-Request sent: `/api/v1/tags`}).
 */
public final class LabelledPath {
  /** A label: a few words, then a colon. */
  private static final Pattern LABEL = Pattern.compile("^\\p{L}[\\p{L}\\p{N} _-]{0,40}:\\s*$");
  private static final Pattern PATH_OR_URL = Pattern.compile("(?i)^(?:/|https?://)\\S*$");
  /** A path and nothing else: a slash, then no second one ({@code //host} is a URL without its scheme). */
  private static final Pattern PATH_ALONE = Pattern.compile("^/(?!/)\\S*$");
  private static final Pattern FILE_SYSTEM_PATH = Pattern.compile(
      "^(?:/(?:usr|opt|etc|var|home|tmp|bin|sbin|lib|dev|proc|mnt|srv|root)(?:/|$)"
          + "|\\S*\\.(?:conf|cfg|ini|ya?ml|toml|sh|log|txt|pid|sock|so|d)$)");
  /** What stands between a method and its path: a few words ending in a colon ({@code -Request sent:}). */
  private static final Pattern BETWEEN = Pattern.compile("^[\\p{L} -]{0,30}:\\s*$");

  private LabelledPath() {}

  /**
   * The request of a line that sets apart its method and its path as two literals with a few words between them
   * ({@code `GET`-Request sent: `/api/v1/tags`}), if it is such a line.
   */
  public static Optional<MarkdownRequest> request(MarkdownElement.TextLine line) {
    List<MarkdownElement.TextLine.Literal> literals = line.literals();
    if (literals.size() != 2 || !MarkdownRequestLines.isMethod(literals.get(0).text())
        || !PATH_OR_URL.matcher(literals.get(1).text()).matches()) {
      return Optional.empty();
    }
    String text = line.text();
    MarkdownElement.TextLine.Literal path = literals.get(1);
    int afterMethod = literals.get(0).start() + literals.get(0).text().length();
    boolean alone = literals.get(0).start() == 0 && path.start() + path.text().length() == text.stripTrailing().length()
        && BETWEEN.matcher(text.substring(afterMethod, path.start())).matches();
    return alone ? Optional.of(new MarkdownRequest(MarkdownRequestLines.method(literals.get(0).text()), path.text(), "",
        line.line())) : Optional.empty();
  }

  /** Whether a text is a path or an absolute URL and nothing else. */
  public static boolean isPathOrUrl(String text) {
    return PATH_OR_URL.matcher(text.strip()).matches();
  }

  /** Whether a text is a path and nothing else ({@code /users/{id}}, {@code /}). */
  public static boolean isPathAlone(String text) {
    return PATH_ALONE.matcher(text.strip()).matches();
  }

  /**
   * Whether a path is a file's or a folder's of a machine rather than an API's: under a system folder
   * ({@code /usr/local/bin}, {@code /etc/hosts}, {@code /opt/agent}) or naming a file by its extension
   * ({@code /conf/app.yaml}).
   */
  public static boolean namesFile(String path) {
    return FILE_SYSTEM_PATH.matcher(path.strip()).lookingAt();
  }

  /** The path the line prints after its label, if it prints one and nothing else. */
  public static Optional<String> of(MarkdownElement.TextLine line) {
    List<MarkdownElement.TextLine.Literal> literals = line.literals();
    if (literals.size() != 1) {
      return Optional.empty();
    }
    MarkdownElement.TextLine.Literal literal = literals.get(0);
    String text = line.text();
    boolean wholeValue = literal.start() + literal.text().length() == text.stripTrailing().length();
    if (!wholeValue || !LABEL.matcher(text.substring(0, literal.start())).matches()
        || !PATH_OR_URL.matcher(literal.text()).matches()) {
      return Optional.empty();
    }
    return Optional.of(literal.text());
  }
}
