package io.mcdewey.parse.markdown;

import io.mcdewey.model.Example;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads example text into {@link Example}s. Guides often print a whole HTTP exchange as one example: the raw request
 * with its headers and body, a line of dashes, then the raw response; each part becomes an example of its own kind.
 */
final class MarkdownExamples {
  private static final Pattern SEPARATOR = Pattern.compile("(?m)(?:^|\\s)-{3,}(?:\\s|$)");
  private static final Pattern STATUS_LINE =
      Pattern.compile("(?m)(?:^|(?<=\\s))HTTP/\\d(?:\\.\\d)?\\s+([1-5]\\d\\d)\\b");
  private static final Pattern CONTENT_TYPE =
      Pattern.compile("(?i)\\bcontent-type\\s*:\\s*([\\w.+-]+/[\\w.+-]+)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HTTP_VERSION = Pattern.compile("HTTP/\\d(?:\\.\\d)?");
  /**
   * Methods that send no body: a payload printed right after such a request, with no status line between, is the
   * answer to it.
   */
  private static final Set<String> BODILESS_METHODS = Set.of("GET", "HEAD");

  private MarkdownExamples() {}

  /** The media type a code fence's info string names by its language ({@code json}, {@code xml}), or "". */
  static String mediaTypeOf(String info) {
    String language = WHITESPACE.split(info, 2)[0].toLowerCase(Locale.ROOT);
    return switch (language) {
      case "json", "javascript", "js" -> "application/json";
      case "xml" -> "application/xml";
      default -> "";
    };
  }

  /**
   * The examples a text shows.
   *
   * @param text the example's text
   * @param kind what the guide's label says the text illustrates
   * @param caption the caption the guide gives it, possibly empty
   * @param mediaType the media type the guide names (a code fence's info string), possibly empty
   */
  static List<Example> read(String text, Example.Kind kind, String caption, String mediaType) {
    List<Example> examples = new ArrayList<>();
    for (String part : parts(text)) {
      Example.Kind partKind = kind;
      Matcher status = STATUS_LINE.matcher(part);
      List<MarkdownRequest> request = MarkdownRequestLines.opening(part, 0);
      if (status.lookingAt()) {
        partKind = Integer.parseInt(status.group(1)) >= 400 ? Example.Kind.FAILURE_RESPONSE : Example.Kind.RESPONSE;
      } else if (!request.isEmpty()) {
        partKind = Example.Kind.REQUEST;
        Optional<String> body = body(part);
        if (body.isPresent() && BODILESS_METHODS.contains(request.get(0).method())) {
          String payload = body.get();
          examples.add(new Example(partKind, caption, mediaType(part),
              part.substring(0, part.lastIndexOf(payload)).strip()));
          examples.add(new Example(kind, caption, mediaType.isEmpty() ? mediaType(payload) : mediaType, payload));
          continue;
        }
      }
      examples.add(new Example(partKind, caption, mediaType.isEmpty() ? mediaType(part) : mediaType, part));
    }
    return examples;
  }

  /** Whether a request example carries a body after its request line and headers. */
  static boolean hasBody(Example example) {
    return body(example.content()).isPresent();
  }

  /**
   * The parts of an example: split at separator lines, then before each status line. A text without dashes or without
   * {@code HTTP/} holds no such line, which is quicker to tell than the patterns, and most examples are payloads.
   */
  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    for (String piece : text.contains("---") ? SEPARATOR.split(text) : new String[] {text}) {
      Matcher status = STATUS_LINE.matcher(piece);
      boolean holdsStatus = piece.contains("HTTP/");
      int start = 0;
      while (holdsStatus && status.find()) {
        if (status.start() > start) {
          addPart(parts, piece.substring(start, status.start()));
        }
        start = status.start();
      }
      addPart(parts, piece.substring(start));
    }
    return parts;
  }

  private static void addPart(List<String> parts, String part) {
    if (!part.isBlank()) {
      parts.add(part.strip());
    }
  }

  private static String mediaType(String part) {
    Matcher declared = CONTENT_TYPE.matcher(part);
    if (declared.find()) {
      return declared.group(1).toLowerCase(Locale.ROOT);
    }
    return body(part).map(body -> body.startsWith("<") ? "application/xml" : "application/json").orElse("");
  }

  /** The payload of a raw message: from the first {@code <}, {@code {} or {@code [} after its start line. */
  private static Optional<String> body(String part) {
    String rest = part;
    if (!MarkdownRequestLines.opening(part, 0).isEmpty()) {
      Matcher version = HTTP_VERSION.matcher(part);
      int lineEnd = part.indexOf('\n');
      rest = version.find() && (lineEnd < 0 || version.start() < lineEnd) ? part.substring(version.end())
          : lineEnd < 0 ? "" : part.substring(lineEnd);
    }
    for (int i = 0; i < rest.length(); i++) {
      if ("<{[".indexOf(rest.charAt(i)) >= 0) {
        return Optional.of(rest.substring(i).strip());
      }
    }
    return Optional.empty();
  }
}
