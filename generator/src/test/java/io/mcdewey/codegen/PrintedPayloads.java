package io.mcdewey.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XML payloads printed in a guide's text, found without the parser: for each element name asked for, the
 * outermost spans from a start tag {@code <Root>} to its balancing {@code </Root>}.
 */
final class PrintedPayloads {
  private static final Pattern START_TAG = Pattern.compile("<([A-Za-z_][\\w.-]*)[\\s>]");

  private PrintedPayloads() {}

  /**
   * A payload with the line it starts on.
   *
   * @param line the 1-based line of the text the payload starts on
   * @param xml the payload as printed
   */
  record Payload(long line, String xml) {}

  /** The text of a guide file. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outermost payloads rooted at any of {@code roots}, in text order; nested ones are part of their root's. */
  static List<Payload> find(String text, Collection<String> roots) {
    TreeMap<Integer, Integer> spans = new TreeMap<>();
    for (String root : roots.stream().distinct().toList()) {
      Matcher tag = Pattern.compile("<(/?)" + Pattern.quote(root) + "(?:\\s[^<>]*)?>").matcher(text);
      int start = -1;
      int depth = 0;
      while (tag.find()) {
        boolean isEnd = !tag.group(1).isEmpty();
        if (!isEnd) {
          start = depth++ == 0 ? tag.start() : start;
        } else if (depth > 0 && --depth == 0) {
          spans.merge(start, tag.end(), Math::max);
        }
      }
    }
    List<Payload> payloads = new ArrayList<>();
    int covered = 0;
    for (Map.Entry<Integer, Integer> span : spans.entrySet()) {
      if (span.getKey() >= covered) {
        long line = text.substring(0, span.getKey()).lines().count();
        payloads.add(new Payload(line, text.substring(span.getKey(), span.getValue())));
        covered = span.getValue();
      }
    }
    return payloads;
  }

  /** Every element name a start tag of {@code text} names. */
  static List<String> elementNames(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = START_TAG.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names.stream().distinct().toList();
  }
}
