package io.mcdewey.codegen.output;

import io.mcdewey.testing.DirectorySnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Two outputs of a generator, the second changing the first in every way a run can: files kept, changed, removed
 * (leaving their directory empty) and added (in new directories).
 */
final class OutputTrees {
  private OutputTrees() {}

  static final List<GeneratedFile> OLD = List.of(
      new GeneratedFile("pom.xml", "<project>old</project>"),
      new GeneratedFile("src/com/x/Kept.java", "class Kept {}"),
      new GeneratedFile("src/com/x/Changed.java", "class Changed { int old; }"),
      new GeneratedFile("src/com/x/gone/Removed.java", "class Removed {}"));

  static final List<GeneratedFile> NEW = List.of(
      new GeneratedFile("pom.xml", "<project>new</project>"),
      new GeneratedFile("src/com/x/Kept.java", "class Kept {}"),
      new GeneratedFile("src/com/x/Changed.java", "class Changed { int now; }"),
      new GeneratedFile("src/com/y/server/Added.java", "class Added {}"));

  /** What {@code files} written by a run leave in an empty directory. */
  static Map<String, String> written(List<GeneratedFile> files, Path scratch) throws IOException {
    new OutputDirectory(scratch).write(files);
    return DirectorySnapshot.contents(scratch);
  }

  /** How many renames writing {@link #NEW} over {@link #OLD} takes. */
  static int renamesOfAWrite(Path scratch) throws IOException {
    new OutputDirectory(scratch).write(OLD);
    FailingMoves counting = FailingMoves.counting();
    new OutputDirectory(scratch, counting).write(NEW);
    return counting.count();
  }
}
