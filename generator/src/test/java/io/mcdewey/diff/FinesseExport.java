package io.mcdewey.diff;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/** The Finesse chunk export of the shared corpus, and copies of it with the text of some pages edited. */
final class FinesseExport {
  private FinesseExport() {}

  private static final String EXPORT = "finesse-v12.5/chunks.jsonl";

  /** The export as the corpus has it, read into a model. */
  static Api original() throws Exception {
    return Release.read(SharedCorpus.file(EXPORT), Guides.detecting()).api();
  }

  /** A copy of the export in the directory with every page's text edited, read into a model. */
  static Api edited(Path dir, UnaryOperator<String> edit) throws Exception {
    return edited(dir, page -> true, edit);
  }

  /** A copy of the export in the directory with the text of the pages chosen edited, read into a model. */
  static Api edited(Path dir, IntPredicate pages, UnaryOperator<String> edit) throws Exception {
    Path copy = Files.createTempFile(dir, "chunks", ".jsonl");
    List<String> changed = new ArrayList<>();
    for (String record : Files.readAllLines(SharedCorpus.file(EXPORT), StandardCharsets.UTF_8)) {
      Map<String, Object> chunk = Json.parseObject(record);
      if (pages.test(((Number) chunk.get("page")).intValue())) {
        chunk.put("text", edit.apply((String) chunk.get("text")));
      }
      changed.add(oneLine(chunk));
    }
    Files.write(copy, changed, StandardCharsets.UTF_8);
    return Release.read(copy, Guides.detecting()).api();
  }

  /** A chunk record as one line of JSON: its members are strings, numbers and booleans. */
  private static String oneLine(Map<String, Object> chunk) {
    StringBuilder line = new StringBuilder("{");
    for (Map.Entry<String, Object> member : chunk.entrySet()) {
      line.append(line.length() > 1 ? ", " : "");
      Json.quote(member.getKey(), line);
      line.append(": ");
      if (member.getValue() instanceof String text) {
        Json.quote(text, line);
      } else {
        line.append(member.getValue());
      }
    }
    return line.append('}').toString();
  }
}
