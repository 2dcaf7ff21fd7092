package io.mcdewey.diff;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The forms a diff report takes. */
public enum ReportFormat {
  /** For a console: subjects with their changes under them. */
  TEXT("text", ".txt", TextReport::render),
  /** GitHub-flavoured markdown for a pull-request comment. */
  MARKDOWN("md", ".md", MarkdownReport::render),
  /** JSON for programs, documented in {@code docs/diff.md}. */
  JSON("json", ".json", JsonReport::render),
  /** A standalone HTML page. */
  HTML("html", ".html", HtmlReport::render);

  private final String optionName;
  private final String extension;
  private final Function<DiffReport, String> renderer;

  ReportFormat(String optionName, String extension, Function<DiffReport, String> renderer) {
    this.optionName = optionName;
    this.extension = extension;
    this.renderer = renderer;
  }

  /** The name the command line uses ({@code md}). */
  public String optionName() {
    return optionName;
  }

  /** The file name ending that calls for the format ({@code .md}). */
  public String extension() {
    return extension;
  }

  public String render(DiffReport report) {
    return renderer.apply(report);
  }

  /** The format of this name ({@code md}, {@code markdown}, {@code json}, ...), in any case. */
  public static Optional<ReportFormat> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.optionName.equals(wanted) || f.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** The format a file's extension calls for ({@code .md}, {@code .json}, {@code .html} or {@code .htm}), else text. */
  public static ReportFormat forFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> name.endsWith(f.extension) || f == HTML && name.endsWith(".htm"))
        .findFirst()
        .orElse(TEXT);
  }
}
