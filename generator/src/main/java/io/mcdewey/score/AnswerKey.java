package io.mcdewey.score;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-labelled answer key: one JSON object per line, per REST API of which anything is visible in a guide.
 *
 * @param file the key's path, as given
 * @param entries the entries, in key order
 */
public record AnswerKey(String file, List<KeyEntry> entries) {

  public AnswerKey {
    entries = List.copyOf(entries);
  }

  /** Reads a key file; a malformed entry is reported with the file and line. */
  public static AnswerKey read(Path path) throws KeyFileException {
    List<KeyEntry> entries = new ArrayList<>();
    for (JsonLinesRecord record : JsonLinesRecord.readAll(path)) {
      entries.add(entry(record));
    }
    if (entries.isEmpty()) {
      throw new KeyFileException(path + ": the answer key holds no entry");
    }
    return new AnswerKey(path.toString(), entries);
  }

  private static KeyEntry entry(JsonLinesRecord record) throws KeyFileException {
    List<Integer> chunks = record.integers("chunks");
    String method = record.string("method");
    return new KeyEntry(
        record.line(),
        record.string("title"),
        chunks == null ? List.of() : chunks,
        method == null ? null : method.toUpperCase(Locale.ROOT),
        record.string("path"),
        params(record),
        record.integers("responses"),
        record.has("path_raw"));
  }

  private static List<KeyParameter> params(JsonLinesRecord record) throws KeyFileException {
    List<?> values = record.list("params");
    if (values == null) {
      return null;
    }
    List<KeyParameter> params = new ArrayList<>();
    for (Object value : values) {
      if (!(value instanceof Map<?, ?> param) || !(param.get("name") instanceof String name)) {
        throw record.error("'params' must hold objects with a string 'name'");
      }
      Object required = param.get("required");
      if (required != null && !(required instanceof Boolean)) {
        throw record.error("'required' of parameter '" + name + "' must be true, false or null");
      }
      if (required == null && "path".equals(param.get("in"))) {
        // A path parameter is required by the URI it fills (RFC 6570, OpenAPI): the page need not say so.
        required = Boolean.TRUE;
      }
      params.add(new KeyParameter(name, (Boolean) required));
    }
    return params;
  }
}
