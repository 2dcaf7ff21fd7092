package io.mcdewey.diff;

import static io.mcdewey.diff.Models.api;
import static io.mcdewey.diff.Models.changed;
import static io.mcdewey.diff.Models.hold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.json.Json;
import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every report form does beyond the sample goldens: empty diffs, names, and text that must be escaped. */
class ReportFormatTest {
  private final Api api = api(hold());
  private final DiffReport unchanged = new DiffReport(new Release("old.md", api), new Release("new.md", api),
      List.of());
  private final DiffReport tricky = DiffReport.of(new Release("old.md", api),
      new Release("new.md", api(changed(hold(), b -> b.description("Sends <Call> | *HOLD* & `more`")))),
      DiffConfig.defaults());

  @Test
  void aReportWithoutChangesSaysSo() {
    assertTrue(ReportFormat.TEXT.render(unchanged).endsWith("\nno changes\n"));
    assertTrue(ReportFormat.MARKDOWN.render(unchanged).endsWith("\nNo changes.\n"));
    assertTrue(ReportFormat.HTML.render(unchanged).contains("<strong>no changes</strong></p>"));
    Map<String, Object> json = Json.parseObject(ReportFormat.JSON.render(unchanged));
    assertEquals(Map.of("changes", 0L, "severities", Map.of("error", 0L, "warning", 0L, "info", 0L),
        "breaksClients", 0L, "breaksServers", 0L, "breaksSdk", 0L, "semver", "none"), json.get("summary"));
  }

  @Test
  void markdownEscapesWhatWouldBreakATableOrFormatText() {
    String md = ReportFormat.MARKDOWN.render(tricky);

    assertTrue(md.contains("Sends \\<Call\\> \\| \\*HOLD\\* & \\`more\\`"), md);
  }

  @Test
  void htmlEscapesText() {
    String html = ReportFormat.HTML.render(tricky);

    assertTrue(html.contains("Sends &lt;Call&gt; | *HOLD* &amp; `more`"), html);
  }

  @Test
  void everyReportShowsTheWordsAProseChangeChanged() {
    DiffReport reworded = DiffReport.of(new Release("old.md", api),
        new Release("new.md", api(changed(hold(), b -> b.description("Puts the caller's active call on hold.")))),
        DiffConfig.defaults());

    assertTrue(ReportFormat.TEXT.render(reworded).contains("Puts the [-agent's-] {+caller's+} active call"));
    assertTrue(ReportFormat.MARKDOWN.render(reworded).contains("Puts the ~~agent's~~ **caller's** active call"));
    String html = ReportFormat.HTML.render(reworded);
    assertTrue(html.contains(">Puts the <del>agent&#39;s</del> active call on hold.</td>"), html);
    assertTrue(html.contains(">Puts the <ins>caller&#39;s</ins> active call on hold.</td>"), html);
  }

  @Test
  void markdownAndHtmlFoldInfoAway() {
    assertTrue(ReportFormat.MARKDOWN.render(tricky).contains("\n<details>\n<summary>Info (1)</summary>\n"));
    assertTrue(ReportFormat.HTML.render(tricky).contains("<details>\n<summary><h2><span class=\"badge\">Info</span>"));
  }

  @Test
  void reportsForPeopleNameAFileInTheWorkingDirectoryRelativeToIt() {
    String inside = Path.of("guides", "old.md").toAbsolutePath().toString();
    DiffReport report = new DiffReport(new Release(inside, api), new Release("/elsewhere/new.md", api), List.of());

    String md = ReportFormat.MARKDOWN.render(report);
    assertTrue(md.contains("Old guide: `" + Path.of("guides", "old.md") + "`"), md);
    assertTrue(md.contains("New guide: `/elsewhere/new.md`"), md);
    assertTrue(ReportFormat.TEXT.render(report).contains("old  " + Path.of("guides", "old.md") + "\n"));
  }

  @Test
  void htmlNamesTheFilesOfPlacesAsItNamesTheReleases() {
    String inside = Path.of("guides", "new.md").toAbsolutePath().toString();
    Operation described = Models.at(changed(hold(), b -> b.description("Holds the call.")),
        new Provenance(inside, 14, null, 31));
    DiffReport report = DiffReport.of(new Release("old.md", api), new Release(inside, api(described)),
        DiffConfig.defaults());

    String html = ReportFormat.HTML.render(report);
    assertTrue(html.contains("title=\"" + Path.of("guides", "new.md") + ":31 (page 14)\""), html);
  }

  @Test
  void formatsAreChosenByNameOrByFileExtension() {
    assertEquals(ReportFormat.MARKDOWN, ReportFormat.named("md").orElseThrow());
    assertEquals(ReportFormat.MARKDOWN, ReportFormat.named("Markdown").orElseThrow());
    assertEquals(ReportFormat.HTML, ReportFormat.forFile(Path.of("target/api-diff.htm")));
    assertEquals(ReportFormat.JSON, ReportFormat.forFile(Path.of("api-diff.JSON")));
    assertEquals(ReportFormat.TEXT, ReportFormat.forFile(Path.of("api-diff.log")));
  }
}
