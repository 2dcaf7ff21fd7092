package io.mcdewey.parse.flattened;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a flattened list of notifications ({@code Dialog notification Media notification (if ...)}). */
final class NotificationListReader {
  private static final Pattern ITEM = Pattern.compile("(.+?\\bnotification\\b(?:\\s*\\([^)]*\\))?)(?:\\s+|$)",
      Pattern.CASE_INSENSITIVE);

  private NotificationListReader() {}

  static List<String> read(String value) {
    List<String> items = new ArrayList<>();
    Matcher matcher = ITEM.matcher(value);
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      items.add(matcher.group(1).strip());
      end = matcher.end();
    }
    String rest = value.substring(end).strip();
    if (!rest.isEmpty()) {
      items.add(rest);
    }
    return items;
  }
}
