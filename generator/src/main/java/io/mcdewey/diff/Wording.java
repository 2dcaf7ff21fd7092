package io.mcdewey.diff;

import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The phrases every report shares, so that they all say the same thing the same way. */
final class Wording {
  private Wording() {}

  /** The severity as reports print it: {@code error}. */
  static String severity(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** The heading of the changes of a severity: {@code Errors}, {@code Warnings}, {@code Info}. */
  static String heading(Severity severity) {
    return switch (severity) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Info";
    };
  }

  /**
   * A place in a guide in few words, the file being named in the report's head: {@code page 4, line 9},
   * {@code page 23, chunk 7} (the chunk's number, the last part of its id); {@code -} when there is none.
   */
  static String location(Provenance place) {
    if (place == null) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    if (place.page() != null) {
      parts.add("page " + place.page());
    }
    if (place.chunkId() != null) {
      int separator = place.chunkId().lastIndexOf("::");
      parts.add("chunk " + (separator < 0 ? place.chunkId() : place.chunkId().substring(separator + 2)));
    } else if (place.line() > 0) {
      parts.add("line " + place.line());
    }
    return parts.isEmpty() ? place.file() : String.join(", ", parts);
  }

  static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** The names as alternatives: {@code ERROR, WARNING, INFO or NONE}. */
  static String either(List<String> names) {
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** A yes-or-no cell of a report's table. */
  static String yesOrNo(boolean value) {
    return value ? "yes" : "no";
  }
}
