package io.mcdewey.score;

import io.mcdewey.files.FileErrors;
import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.source.InputLimit;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One object of a JSON Lines file, with typed access to its members that reports bad values by file and line.
 *
 * @param file the file's name, for messages
 * @param line the 1-based line the object is on
 * @param members the object's members
 */
record JsonLinesRecord(String file, int line, Map<String, Object> members) {

  /** Reads every non-blank line of a file as a JSON object. */
  static List<JsonLinesRecord> readAll(Path path) throws KeyFileException {
    String file = path.toString();
    List<String> lines;
    try {
      lines = InputLimit.readText(path).lines().toList();
    } catch (NoSuchFileException e) {
      throw new KeyFileException(file + ": no such file");
    } catch (IOException e) {
      throw new KeyFileException(file + ": cannot read: " + FileErrors.reason(e));
    }
    List<JsonLinesRecord> records = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        records.add(new JsonLinesRecord(file, i + 1, Json.parseObject(lines.get(i))));
      } catch (JsonException e) {
        throw new KeyFileException(file + ":" + (i + 1) + ": not a JSON object: " + e.getMessage());
      }
    }
    return records;
  }

  boolean has(String member) {
    return members.containsKey(member);
  }

  /** A string member; {@code null} when absent or null. */
  String string(String member) throws KeyFileException {
    Object value = members.get(member);
    if (value != null && !(value instanceof String)) {
      throw error("'" + member + "' must be a string or null");
    }
    return (String) value;
  }

  /** A list member; {@code null} when absent or null. */
  List<?> list(String member) throws KeyFileException {
    Object value = members.get(member);
    if (value != null && !(value instanceof List)) {
      throw error("'" + member + "' must be a list or null");
    }
    return (List<?>) value;
  }

  /** A list of whole numbers; {@code null} when absent or null. */
  List<Integer> integers(String member) throws KeyFileException {
    List<?> values = list(member);
    if (values == null) {
      return null;
    }
    List<Integer> numbers = new ArrayList<>();
    for (Object value : values) {
      if (!(value instanceof Long number) || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
        throw error("'" + member + "' must hold whole numbers from " + Integer.MIN_VALUE + " to "
            + Integer.MAX_VALUE + " only");
      }
      numbers.add(number.intValue());
    }
    return numbers;
  }

  Object raw(String member) {
    return members.get(member);
  }

  KeyFileException error(String message) {
    return new KeyFileException(file + ":" + line + ": " + message);
  }
}
