package io.mcdewey.score;

import java.util.Objects;

/**
 * A field of an answer-key entry that the project disputes: the key says one thing, the page shows another. The
 * scorer sets the field aside until the key is corrected upstream.
 *
 * @param line the 1-based line of the errata file holding the erratum
 * @param key the key file the erratum is for, as the end of its path ({@code finesse-v12.5/answers.jsonl})
 * @param title the disputed entry's title, or {@code null} when it is named by method and path
 * @param method the disputed entry's method as the key gives it, or {@code null}
 * @param path the disputed entry's path as the key gives it, or {@code null}
 * @param field the disputed field
 * @param shows what the page actually shows, as a JSON value
 */
public record Erratum(int line, String key, String title, String method, String path, KeyField field, Object shows) {

  public Erratum {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(field, "field");
  }

  /** Whether the erratum is for the key at this path. */
  public boolean isFor(String keyFile) {
    String normalised = keyFile.replace('\\', '/');
    String wanted = key.replace('\\', '/');
    return normalised.equals(wanted) || normalised.endsWith("/" + wanted);
  }

  /** Whether the erratum names this entry: every naming field it gives agrees with the entry's. */
  public boolean names(KeyEntry entry) {
    return (title == null || (entry.title() != null && Titles.normalise(title).equals(Titles.normalise(entry.title()))))
        && (method == null || method.equalsIgnoreCase(entry.method()))
        && (path == null || path.equals(entry.path()));
  }

  /** How reports name the disputed entry. */
  public String describeEntry() {
    StringBuilder text = new StringBuilder();
    if (title != null) {
      text.append(title);
    }
    if (method != null || path != null) {
      text.append(text.length() > 0 ? " " : "")
          .append(method == null ? "" : method)
          .append(method != null && path != null ? " " : "")
          .append(path == null ? "" : path);
    }
    return text.toString();
  }
}
