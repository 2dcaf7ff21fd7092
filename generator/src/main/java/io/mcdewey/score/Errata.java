package io.mcdewey.score;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer-key fields the project disputes, read from a JSON Lines file with members {@code key}, {@code title}
 * (or {@code method} and {@code path}), {@code field} and {@code shows}. One file may hold errata for several keys.
 *
 * @param file the errata file's path, or empty for no errata
 * @param errata the errata, in file order
 */
public record Errata(String file, List<Erratum> errata) {

  public Errata {
    errata = List.copyOf(errata);
  }

  public static Errata none() {
    return new Errata("", List.of());
  }

  /** Reads an errata file; an empty file holds no errata. */
  public static Errata read(Path path) throws KeyFileException {
    List<Erratum> errata = new ArrayList<>();
    for (JsonLinesRecord record : JsonLinesRecord.readAll(path)) {
      errata.add(erratum(record));
    }
    return new Errata(path.toString(), errata);
  }

  private static Erratum erratum(JsonLinesRecord record) throws KeyFileException {
    String key = record.string("key");
    if (key == null) {
      throw record.error("an erratum needs 'key', the answer key file it is for");
    }
    String title = record.string("title");
    String method = record.string("method");
    String path = record.string("path");
    if (title == null && method == null && path == null) {
      throw record.error("an erratum names its entry by 'title', or by 'method' and 'path'");
    }
    String fieldName = record.string("field");
    KeyField field = KeyField.named(fieldName == null ? "" : fieldName).orElseThrow(() -> record.error(
        "'field' must be one of method, path, params, responses (the title names the entry and cannot be set aside)"));
    if (!record.has("shows")) {
      throw record.error("an erratum needs 'shows', what the page actually shows");
    }
    return new Erratum(record.line(), key, title, method, path, field, record.raw("shows"));
  }

  /**
   * The key with the disputed fields set aside.
   *
   * @throws KeyFileException when an erratum for this key names no entry, or several: it is stale or mistyped
   */
  public Corrected applyTo(AnswerKey key) throws KeyFileException {
    List<KeyEntry> entries = new ArrayList<>(key.entries());
    List<Erratum> applied = new ArrayList<>();
    for (Erratum erratum : errata) {
      if (!erratum.isFor(key.file())) {
        continue;
      }
      List<Integer> named = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (erratum.names(entries.get(i))) {
          named.add(i);
        }
      }
      if (named.size() != 1) {
        throw new KeyFileException(file + ":" + erratum.line() + ": '" + erratum.describeEntry() + "' names "
            + (named.isEmpty() ? "no entry" : named.size() + " entries") + " of " + key.file()
            + (named.isEmpty() ? "" : "; add 'method' and 'path' to name one"));
      }
      int index = named.get(0);
      entries.set(index, entries.get(index).without(erratum.field()));
      applied.add(erratum);
    }
    return new Corrected(new AnswerKey(key.file(), entries), applied, errata.size() - applied.size());
  }

  /**
   * An answer key with disputed fields set aside.
   *
   * @param key the key as scored
   * @param applied the errata that set a field aside, one field each
   * @param forOtherKeys how many errata of the file are for other keys
   */
  public record Corrected(AnswerKey key, List<Erratum> applied, int forOtherKeys) {

    public Corrected {
      applied = List.copyOf(applied);
    }
  }
}
