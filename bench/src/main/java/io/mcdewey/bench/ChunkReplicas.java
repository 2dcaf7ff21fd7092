package io.mcdewey.bench;

import io.mcdewey.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk export holding consecutive copies of another: the same records, with chunk numbers and pages moved
 * past those of the copy before, so the reader sees one long guide and parse cost can be watched as input grows.
 */
final class ChunkReplicas {
  private ChunkReplicas() {}

  static void write(Path export, int copies, Path target) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (String line : Files.readAllLines(export, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(Json.parseObject(line));
      }
    }
    long stride = 1 + records.stream().mapToLong(record -> chunkNumber(record, export)).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int copy = 0; copy < copies; copy++) {
      long shift = copy * stride;
      for (Map<String, Object> record : records) {
        appendLine(shifted(record, shift, export), export, out);
      }
    }
    Files.writeString(target, out, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> shifted(Map<String, Object> record, long shift, Path export) {
    Map<String, Object> copy = new LinkedHashMap<>(record);
    String id = (String) record.get("chunk_id");
    copy.put("chunk_id", id.substring(0, id.lastIndexOf("::") + 2) + (chunkNumber(record, export) + shift));
    if (record.get("page") instanceof Long page) {
      copy.put("page", page + shift);
    }
    return copy;
  }

  /** The number ending a chunk id, {@code <product>::<version>::<doc>::<doc>::<n>}, which orders the chunks. */
  private static long chunkNumber(Map<String, Object> record, Path export) {
    if (record.get("chunk_id") instanceof String id && id.matches(".*::\\d{1,9}")) {
      return Long.parseLong(id.substring(id.lastIndexOf("::") + 2));
    }
    throw new IllegalArgumentException(export + ": a chunk id does not end with '::<number>': "
        + record.get("chunk_id"));
  }

  /** Appends a flat record as one JSON line; chunk records hold only strings, numbers, booleans and nulls. */
  private static void appendLine(Map<String, Object> record, Path export, StringBuilder out) {
    out.append('{');
    String separator = "";
    for (Map.Entry<String, Object> member : record.entrySet()) {
      out.append(separator);
      Json.quote(member.getKey(), out);
      out.append(": ");
      Object value = member.getValue();
      if (value instanceof String text) {
        Json.quote(text, out);
      } else if (value == null || value instanceof Number || value instanceof Boolean) {
        out.append(value);
      } else {
        throw new IllegalArgumentException(export + ": chunk records are flat, but member '" + member.getKey()
            + "' holds an object or array");
      }
      separator = ", ";
    }
    out.append("}\n");
  }
}
