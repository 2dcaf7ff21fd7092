package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import io.mcdewey.parse.Guides;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  @TempDir
  Path dir;

  private static final Provenance PAGE_45 = new Provenance("chunks.jsonl", 45, "guide::v1::doc::doc::29", 0);

  @Test
  void showsTheGuideItsOperationsAndDiagnostics() {
    Operation signIn = Operation.builder("user-sign-in", PAGE_45).group("User").title("User—Sign In")
        .method("PUT").path("/api/User/{id}").build();
    Operation untitled = Operation.builder("post-dialogs", new Provenance("guide.md", null, null, 12))
        .method("POST").path("/api/User/{id}/Dialogs").build();
    Operation blank = Operation.builder("user-get-user", new Provenance("guide.md", null, null, 0))
        .group("User").title("User—Get User").build();
    Diagnostic warning = new Diagnostic(Severity.WARNING, "missing-method", "no HTTP method visible", PAGE_45);
    Api api = new Api("finesse", "v12.5", "", "cisco-finesse", "https://{FQDN}", List.of(signIn, untitled, blank),
        List.of(), List.of(warning));

    Printed printed = report(new Guides.Parsed("chunks.jsonl", api));

    assertEquals(ExitCode.OK, printed.exitCode);
    assertEquals(""
        + "guide     chunks.jsonl\n"
        + "product   finesse\n"
        + "version   v12.5\n"
        + "title     ?\n"
        + "profile   cisco-finesse\n"
        + "base URI  https://{FQDN}\n"
        + "\n"
        + "operations: 3\n"
        + "  group  method  path                    page     title\n"
        + "  User   PUT     /api/User/{id}          45       User—Sign In\n"
        + "  ?      POST    /api/User/{id}/Dialogs  line 12  ?\n"
        + "  User   ?       ?                       ?        User—Get User\n"
        + "\n"
        + "diagnostics: 1\n"
        + "  chunks.jsonl (page 45, chunk guide::v1::doc::doc::29): warning: no HTTP method visible [missing-method]\n"
        + "\n"
        + "summary: 3 operations (1 without method, 1 without path); 0 errors, 1 warning, 0 notes\n",
        printed.text);
  }

  @Test
  void exitsWithOneWhenAGuideHasErrors() {
    Diagnostic error = new Diagnostic(Severity.ERROR, "parser-failure", "the guide could not be read", PAGE_45);
    Api broken = new Api("", "", "", "generic-markdown", "", List.of(), List.of(), List.of(error));
    Api fine = new Api("", "", "", "generic-markdown", "", List.of(), List.of(), List.of());

    Printed printed = report(new Guides.Parsed("a.md", fine), new Guides.Parsed("b.md", broken));

    assertEquals(ExitCode.FAILED, printed.exitCode);
    assertTrue(printed.text.endsWith("\nall 2 guides: 0 operations (0 without method, 0 without path); 1 error,"
        + " 0 warnings, 0 notes\n"), printed.text);
  }

  @Test
  void showsEveryGuideOfALibraryFolder() throws IOException {
    guide("widgets/v1/api/api.md");
    guide("gadgets/v2/api/api.md");

    ToolRun run = ToolRun.of("inspect", dir.toString());

    assertTrue(run.out().startsWith("guide     " + dir.resolve("gadgets/v2/api/api.md")), run.transcript());
    assertTrue(run.out().contains("\nguide     " + dir.resolve("widgets/v1/api/api.md")), run.transcript());
    assertTrue(run.out().contains("\nproduct   widgets\nversion   v1\n"), run.transcript());
    assertTrue(run.out().contains("\nall 2 guides: "), run.transcript());
  }

  @Test
  void readsWithTheProfileAsked() throws IOException {
    Path guide = guide("guide.md");

    ToolRun run = ToolRun.of("inspect", guide.toString(), "--profile", "cisco-finesse");

    assertTrue(run.out().contains("\nprofile   cisco-finesse\n"), run.transcript());
  }

  private Path guide(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# Widgets\n\n## Get Widget\n\nGET /widgets/{id}\n");
    return file;
  }

  private static Printed report(Guides.Parsed... guides) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      exitCode = InspectCommand.report(List.of(guides), out);
    }
    return new Printed(exitCode, bytes.toString(StandardCharsets.UTF_8));
  }

  private record Printed(int exitCode, String text) {}
}
