package io.mcdewey.parse.markdown;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path or URL set apart as code after a label of any name ({@code Syntax: `/shares/<id>`}, {@code Resource:
 * `/v1/jobs`}), as guides that print the method under a label of its own ({@code Method: `GET`}) print the path: the
 * literal is the whole value, so the line names a URI whatever its label says.
 */
final class LabelledPath {
  /** A label: a few words, then a colon. */
  private static final Pattern LABEL = Pattern.compile("^\\p{L}[\\p{L}\\p{N} _-]{0,40}:\\s*$");
  private static final Pattern PATH_OR_URL = Pattern.compile("(?i)^(?:/|https?://)\\S*$");

  private LabelledPath() {}

  /** The path the line prints after its label, if it prints one and nothing else. */
  static Optional<String> of(MarkdownElement.TextLine line) {
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
