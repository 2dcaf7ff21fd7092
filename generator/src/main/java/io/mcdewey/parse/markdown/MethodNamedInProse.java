package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one method a section's prose names for the request it documents, where its URI is printed without one: a
 * method in capitals after an article or a demonstrative and before {@code request} or {@code method} ({@code This
 * `GET` method returns every note}, Jekyll label tables; {@code Here the `POST` method adds a user} and {@code Send a
 * `GET` request to ...}, references written as prose). A sentence about a request the service itself sends ({@code
 * we send a POST request to your URL}, a webhook) documents no call of the reader's, and makes the section name none;
 * so do two methods.
 */
final class MethodNamedInProse {
  private static final Pattern NAMED = Pattern.compile("(?:^|[\\s(])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+(?:HTTP\\s+)?"
      + "`*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`*\\s+(?:request|method)\\b");
  /** Words of a sentence about a request the service sends to the reader: a webhook, a callback, a notification. */
  private static final Pattern SENT_BY_SERVICE = Pattern.compile(
      "(?i)\\b(?:we|will|sends|webhooks?|callbacks?|notifications?|your (?:url|endpoint|server|application))\\b");

  private MethodNamedInProse() {}

  /** The one method the lines of text and the cells of tables among the elements name so. */
  static Optional<String> in(List<MarkdownElement> elements) {
    List<String> texts = new ArrayList<>();
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.TextLine line) {
        texts.add(line.text());
      } else if (element instanceof MarkdownElement.Table table) {
        texts.addAll(table.header());
        table.rows().forEach(texts::addAll);
      }
    }
    return of(texts);
  }

  /** The one method the lines name so; empty when they name none, several, or one the service sends. */
  static Optional<String> of(List<String> prose) {
    String named = null;
    for (String line : prose) {
      for (Sentences.Span sentence : Sentences.of(line)) {
        String text = line.substring(sentence.start(), sentence.stop());
        Matcher matcher = NAMED.matcher(text);
        while (matcher.find()) {
          String method = matcher.group(1).toUpperCase(Locale.ROOT);
          if (SENT_BY_SERVICE.matcher(text).find() || named != null && !named.equals(method)) {
            return Optional.empty();
          }
          named = method;
        }
      }
    }
    return Optional.ofNullable(named);
  }
}
