package io.mcdewey.cli;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import io.mcdewey.parse.Guides;
import java.io.PrintStream;
import java.util.List;

/** Shows what was read from each guide of an input: its identity, its operations and its diagnostics. */
final class InspectCommand implements Command {

  private static final String UNKNOWN = "?";

  @Override
  public String name() {
    return "inspect";
  }

  @Override
  public String summary() {
    return "show the operations and diagnostics read from guides";
  }

  @Override
  public List<String> positionals() {
    return List.of(GuideInput.POSITIONAL);
  }

  @Override
  public String description() {
    return "Reads every guide of <input> and shows, per guide, what it is, a table of its operations (? where the"
        + " guide does not show a value) and the diagnostics met while reading it. Exits with 1 when a guide has"
        + " error-level diagnostics.\n\n" + GuideInput.DESCRIBES_INPUT;
  }

  @Override
  public List<Option> options() {
    return GuideInput.OPTIONS;
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) throws CommandException {
    return report(GuideInput.readAll(arguments), out);
  }

  /** Prints what was read from the guides; returns 1 when one has error-level diagnostics. */
  static int report(List<Guides.Parsed> guides, PrintStream out) {
    for (int i = 0; i < guides.size(); i++) {
      if (i > 0) {
        out.println();
      }
      print(guides.get(i), out);
    }
    Counts total = new Counts(guides.stream().map(Guides.Parsed::api).toList());
    if (guides.size() > 1) {
      out.println();
      out.println("all " + guides.size() + " guides: " + total);
    }
    return total.errors > 0 ? ExitCode.FAILED : ExitCode.OK;
  }

  private static void print(Guides.Parsed guide, PrintStream out) {
    Api api = guide.api();
    out.print(new TextTable("guide", guide.file())
        .add("product", orUnknown(api.product()))
        .add("version", orUnknown(api.version()))
        .add("title", orUnknown(api.title()))
        .add("profile", orUnknown(api.profile()))
        .add("base URI", orUnknown(api.baseUri()))
        .render(""));

    out.println();
    out.println("operations: " + api.operations().size());
    if (!api.operations().isEmpty()) {
      TextTable table = new TextTable("group", "method", "path", "page", "title");
      for (Operation operation : api.operations()) {
        table.add(orUnknown(operation.group()), orUnknown(operation.method()), orUnknown(operation.path()),
            where(operation.source()), orUnknown(operation.title()));
      }
      out.print(table.render("  "));
    }

    out.println();
    out.println("diagnostics: " + api.diagnostics().size());
    for (Diagnostic diagnostic : api.diagnostics()) {
      out.println("  " + diagnostic);
    }

    out.println();
    out.println("summary: " + new Counts(List.of(api)));
  }

  /** The page an operation starts on, or its line when the input has no pages. */
  private static String where(Provenance source) {
    if (source.page() != null) {
      return String.valueOf(source.page());
    }
    return source.line() > 0 ? "line " + source.line() : UNKNOWN;
  }

  private static String orUnknown(String value) {
    return value == null || value.isEmpty() ? UNKNOWN : value;
  }

  /** What the summary line counts. */
  private record Counts(int operations, int withoutMethod, int withoutPath, int errors, int warnings, int infos) {

    Counts(List<Api> apis) {
      this(
          apis.stream().mapToInt(a -> a.operations().size()).sum(),
          (int) apis.stream().flatMap(a -> a.operations().stream()).filter(o -> o.method() == null).count(),
          (int) apis.stream().flatMap(a -> a.operations().stream()).filter(o -> o.path() == null).count(),
          count(apis, Severity.ERROR),
          count(apis, Severity.WARNING),
          count(apis, Severity.INFO));
    }

    private static int count(List<Api> apis, Severity severity) {
      return (int) apis.stream().flatMap(a -> a.diagnostics().stream()).filter(d -> d.severity() == severity).count();
    }

    @Override
    public String toString() {
      return Nouns.counted(operations, "operation") + " (" + withoutMethod + " without method, " + withoutPath
          + " without path); " + Nouns.counted(errors, "error") + ", " + Nouns.counted(warnings, "warning") + ", "
          + Nouns.counted(infos, "note");
    }
  }
}
