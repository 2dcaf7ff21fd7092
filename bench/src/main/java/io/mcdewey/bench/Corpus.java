package io.mcdewey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real guides the benchmark reads, and the longer guides it derives from them.
 *
 * @param root the corpus folder
 * @param scratch a folder for derived guides, which the benchmark deletes when done
 */
record Corpus(Path root, Path scratch) {

  /** How many copies the longer Finesse chunk exports hold, to show how cost grows with input. */
  private static final List<Integer> REPLICAS = List.of(10, 50);

  /** Where the corpus is when neither the command line nor {@code MCDEWEY_CORPUS} says: beside the repository. */
  static final Path DEFAULT_ROOT = Path.of("../shared/corpus");

  private Path finesseChunks() {
    return root.resolve("finesse-v12.5/chunks.jsonl");
  }

  private Path replica(int copies) {
    return scratch.resolve("finesse-chunks-x" + copies + ".jsonl");
  }

  /** Writes the derived guides into the scratch folder; {@link #guides()} lists them only once they are written. */
  void writeReplicas() throws IOException {
    for (int copies : REPLICAS) {
      ChunkReplicas.write(finesseChunks(), copies, replica(copies));
    }
  }

  /** The guides to time, smallest family first, each family's growing copies last. */
  List<GuideFile> guides() throws IOException {
    List<GuideFile> guides = new ArrayList<>();
    guides.add(GuideFile.of("finesse chunks", finesseChunks(), 1, GuideFile.FINESSE_GOAL));
    guides.add(GuideFile.of("finesse markdown", root.resolve("finesse-v12.5/developer-guide.md"), 1,
        GuideFile.FINESSE_GOAL));
    for (Path vendor : vendorFolders()) {
      guides.add(GuideFile.of(vendor.getFileName().toString(), vendor.resolve("guide.md"), 1, GuideFile.VENDOR_GOAL));
    }
    for (int copies : REPLICAS) {
      guides.add(GuideFile.of("finesse chunks", replica(copies), copies, GuideFile.FINESSE_GOAL));
    }
    return guides;
  }

  private List<Path> vendorFolders() throws IOException {
    try (Stream<Path> folders = Files.list(root.resolve("vendors"))) {
      return folders.filter(folder -> Files.isRegularFile(folder.resolve("guide.md"))).sorted().toList();
    }
  }
}
