package io.mcdewey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A library of the corpus's Finesse chunk export and a next release of it that changes one page in ten, as a vendor's
 * minor release does: what indexing a new release of a guide already in the library costs.
 */
final class NextRelease {
  /** One page in this many is changed in the next release. */
  static final int CHANGED_EVERY = 10;
  private static final String EXPORT = "finesse-v12.5/chunks.jsonl";

  private NextRelease() {}

  /** The library folder with the release alone: index it first. */
  static Path current(Path corpus, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.copy(corpus.resolve(EXPORT), folder.resolve("finesse-v12.5.jsonl"));
    return folder;
  }

  /** Adds the next release beside the current one in {@code folder}. */
  static void add(Path corpus, Path folder) throws IOException {
    List<String> pages = new ArrayList<>();
    List<String> lines = Files.readAllLines(corpus.resolve(EXPORT));
    for (int i = 0; i < lines.size(); i++) {
      String page = lines.get(i).replace("finesse/v12.5/", "finesse/v12.6/").replace("finesse::v12.5::",
          "finesse::v12.6::");
      if (i % CHANGED_EVERY == 0) {
        page = page.replaceFirst("\"text\": \"", "\"text\": \"Updated for release 12.6. ");
      }
      pages.add(page);
    }
    Files.write(folder.resolve("finesse-v12.6.jsonl"), pages);
  }
}
