package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.Reflows;
import io.mcdewey.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release laid out again by another conversion, its text unchanged, is no new release: the diff between the Finesse
 * chunk export and a copy with its running footers or its lines laid out otherwise reports nothing.
 */
class ReflowedReleasesTest {
  private static final String EXPORT = "finesse-v12.5/chunks.jsonl";
  /** The running footer as the pages print it, up to the end of its line. */
  private static final Pattern FOOTER =
      Pattern.compile("Cisco Finesse Web Services Developer and JavaScript Guide, Release 12\\.5\\(1\\)[^\\n]*");

  @Test
  void footersWithDoubledSpacesChangeNothing(@TempDir Path dir) throws Exception {
    assertNoChanges(dir, text -> inFooters(text, footer -> footer.replace(" ", "  ")));
  }

  @Test
  void footersBrokenAtEverySpaceChangeNothing(@TempDir Path dir) throws Exception {
    assertNoChanges(dir, text -> inFooters(text, footer -> footer.replace(" ", "\n")));
  }

  @Test
  void pagesWrappedAt72ColumnsChangeNothing(@TempDir Path dir) throws Exception {
    assertNoChanges(dir, text -> Reflows.wrap(text, false, 72));
  }

  private static void assertNoChanges(Path dir, UnaryOperator<String> layout) throws Exception {
    Path export = SharedCorpus.file(EXPORT);
    Path copy = dir.resolve("chunks.jsonl");
    Files.write(copy, laidOut(Files.readAllLines(export, StandardCharsets.UTF_8), layout), StandardCharsets.UTF_8);
    Api original = Release.read(export, Guides.detecting()).api();
    Api reflowed = Release.read(copy, Guides.detecting()).api();

    assertTrue(original.operations().size() > 20, "only " + original.operations().size() + " operations");
    assertEquals(List.of(), ApiDiff.withDefaults().compare(original, reflowed));
  }

  /** The export's records with each page's text laid out again. */
  private static List<String> laidOut(List<String> records, UnaryOperator<String> layout) {
    List<String> changed = new ArrayList<>();
    for (String record : records) {
      Map<String, Object> chunk = Json.parseObject(record);
      chunk.put("text", layout.apply((String) chunk.get("text")));
      changed.add(oneLine(chunk));
    }
    return changed;
  }

  private static String inFooters(String text, UnaryOperator<String> change) {
    Matcher matcher = FOOTER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(change.apply(matcher.group())));
    }
    return matcher.appendTail(out).toString();
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
