package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one method a section's prose names for the request it documents, where its URI is printed without one: a
 * sentence opening with the method in capitals after an article, a demonstrative or an imperative, before
 * {@code request} or {@code method} ({@code This `GET` method returns every note}, Jekyll label tables;
 * {@code Here the `POST` method adds a user} and {@code Send a `GET` request to ...}, references written as prose).
 * A sentence that names the method in passing does not count: one saying the method is not taken ({@code The HEAD
 * method is not supported}, {@code Don't send a POST request}), one comparing it ({@code Unlike the PUT method}), one
 * about a request the service itself sends ({@code a POST request is sent to the URL you configure}, a webhook). Such
 * a sentence, or two methods named, make the section name none.
 */
final class MethodNamedInProse {
  private static final Pattern NAMED = Pattern.compile("^(?:Here,?\\s+)?(?:(?:Send|Make|Use|Issue|Call)\\s+)?"
      + "(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+(?:HTTP\\s+)?`*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`*\\s+"
      + "(?:request|method)\\b");
  /** A method in capitals before "request" or "method" anywhere in a sentence. */
  private static final Pattern MENTIONED =
      Pattern.compile("`*\\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\b`*\\s+(?:request|method|call)s?\\b");
  /**
   * Words of a sentence that names a method without documenting a call of it: a negation, a comparison, a request the
   * service sends (a webhook, a callback, a notification, the passive "is sent").
   */
  private static final Pattern NOT_DOCUMENTING = Pattern.compile("(?i)\\b(?:not|never|no|don't|do not|cannot|can't"
      + "|unlike|instead|rather|we|will|sends|(?:is|are) sent|webhooks?|callbacks?|notifications?"
      + "|your (?:url|endpoint|server|application))\\b");

  /** A method named in the imperative ({@code Use the HTTP DELETE method}, {@code Send a GET request}). */
  private static final Pattern IMPERATIVE = Pattern.compile("^(?:Send|Make|Use|Issue|Call)\\s+(?:an?|the)\\s+"
      + "(?:HTTP\\s+)?`*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`*\\s+(?:request|method)\\b");
  /** A body said to be left out of the call ({@code with no message body}, {@code without a request body}). */
  private static final Pattern NO_BODY = Pattern.compile("(?i)\\b(?:with\\s+no|without\\s+an?)\\s+"
      + "(?:message\\s+|request\\s+)?body\\b");
  /** A clause of purpose opening a sentence ({@code To remove a volume, }), before what it says to do. */
  private static final Pattern PURPOSE = Pattern.compile("^To [^,.:]{1,80},\\s+");

  private MethodNamedInProse() {}

  /**
   * The method a sentence closing with a colon names for the URI printed on the line under it, as manuals print a
   * call in prose ({@code To remove a volume, use the HTTP DELETE method in the URI, with no message body:}); empty
   * when it names none, several, or one in passing.
   */
  static Optional<String> captioning(String sentence) {
    String text = sentence.strip();
    if (!text.endsWith(":")) {
      return Optional.empty();
    }
    Matcher purpose = PURPOSE.matcher(text);
    String said = purpose.lookingAt() ? Character.toUpperCase(text.charAt(purpose.end()))
        + text.substring(purpose.end() + 1) : text;
    // Only a call said to be made, in the imperative ({@code use the HTTP DELETE method}, {@code send a GET
    // request}); a body said to be left out ({@code with no message body}) is how to make it, no negation of it.
    Matcher named = IMPERATIVE.matcher(said);
    if (!named.lookingAt() || NOT_DOCUMENTING.matcher(NO_BODY.matcher(said).replaceAll("")).find()
        || MENTIONED.matcher(said).results().map(mention -> mention.group(1)).distinct().count() > 1) {
      return Optional.empty();
    }
    return Optional.of(named.group(1).toUpperCase(Locale.ROOT));
  }

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

  /** The one method the lines name so; empty when they name none, several, or name one in passing. */
  static Optional<String> of(List<String> prose) {
    String named = null;
    for (String line : prose) {
      for (Sentences.Span sentence : Sentences.of(line)) {
        String text = line.substring(sentence.start(), sentence.stop()).strip();
        if (!MENTIONED.matcher(text).find()) {
          continue;
        }
        Matcher opening = NAMED.matcher(text);
        if (!opening.lookingAt() || NOT_DOCUMENTING.matcher(text).find()
            || MENTIONED.matcher(text).results().map(mention -> mention.group(1)).distinct().count() > 1) {
          return Optional.empty();
        }
        String method = opening.group(1).toUpperCase(Locale.ROOT);
        if (named != null && !named.equals(method)) {
          return Optional.empty();
        }
        named = method;
      }
    }
    return Optional.ofNullable(named);
  }
}
