package io.mcdewey.parse.markdown.status;

import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line, or a cell, made only of statuses with their standard reasons joined by a comma, a slash or the word for "or"
 * or "and" of the languages guides are written in ({@code 404 Not Found ou 400 Bad Request},
 * {@code 401 Unauthorized / 403 Forbidden}): each is a status the request answers with. A standard reason after each
 * code is what tells the list from a sentence holding codes.
 */
public final class JoinedStatuses {
  private static final Pattern JOINER = Pattern.compile(
      "\\s*(?:[,;/]|\\s(?:or|and|ou|et|o|y|e|oder|und|of|en|или|и|lub|i|veya|ve|atau|dan|hoặc|và|или)\\s)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private JoinedStatuses() {}

  /** The statuses the text joins, two at least; empty for any other text. */
  public static List<Response> of(String text) {
    String stripped = text.strip();
    if (stripped.length() < 7 || stripped.charAt(0) < '1' || stripped.charAt(0) > '5') {
      return List.of();
    }
    String[] pieces = JOINER.split(stripped);
    if (pieces.length < 2) {
      return List.of();
    }
    List<Response> responses = new ArrayList<>();
    for (String piece : pieces) {
      Response response = MarkdownStatuses.opening(piece).filter(MarkdownStatuses::hasStandardReason)
          .filter(status -> status.description().isEmpty()).orElse(null);
      if (response == null) {
        return List.of();
      }
      responses.add(response);
    }
    return responses;
  }
}
