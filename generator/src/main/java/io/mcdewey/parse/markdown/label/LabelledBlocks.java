package io.mcdewey.parse.markdown.label;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of code that prints a request as labelled lines rather than as code ({@code Service path: http://{host}/x}
 * and {@code HTTP Method: PUT} in a reStructuredText literal block), read as the lines of a paragraph: every line a
 * label with its value after a colon, a URL or path among the values and a method under the profile's label of
 * methods. A block with an info string naming a language, or any line that is no label, is code.
 */
public final class LabelledBlocks {
  /** A line of a label of a few words and its value after a colon ({@code Accepted content: *}{@code /json}). */
  private static final Pattern LABELLED_LINE = Pattern.compile("\\p{L}[\\p{L}\\p{N} _-]{0,40}:\\s+\\S.*");
  /** The fewest labelled lines of such a block: a URI's and a method's. */
  private static final int FEWEST_LINES = 2;

  private LabelledBlocks() {}

  /** The block's lines as text lines of one paragraph, if it prints a request so; empty otherwise. */
  public static Optional<List<MarkdownElement.TextLine>> lines(MarkdownElement.Code code, MarkdownLabels labels) {
    if (!code.info().isEmpty() && !code.info().equals("text")) {
      return Optional.empty();
    }
    List<MarkdownElement.TextLine> read = new ArrayList<>();
    boolean uri = false;
    boolean method = false;
    List<String> lines = code.content().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<MarkdownLabels.Match> label = labels.match(text).filter(match -> !match.spaced()
          && !match.value().isEmpty());
      if (label.isEmpty() && !LABELLED_LINE.matcher(text).matches() || !Character.isUpperCase(text.codePointAt(0))) {
        // Labels are capitalised; keys in lower case ({@code url:}, {@code method:}) are a configuration's.
        return Optional.empty();
      }
      if (label.isPresent()) {
        String value = label.get().value();
        uri |= label.get().field() == Field.URI && LabelledValue.of(value).filter(v -> !v.method()).isPresent();
        method |= label.get().field() == Field.HTTP_METHOD && MarkdownRequestLines.isMethod(value);
      } else {
        // A URL after a label of any words ({@code Service path:}) is the request's, as on a paragraph's line.
        uri |= LabelledValue.afterLabel(text).filter(value -> !value.method()).isPresent();
      }
      // The block's first line is its opening fence: its text stands on the lines after it.
      int line = code.line() + 1 + i;
      read.add(new MarkdownElement.TextLine(text, line, false, List.of(), code.line() + 1));
    }
    return read.size() >= FEWEST_LINES && uri && method ? Optional.of(read) : Optional.empty();
  }
}
