package io.mcdewey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A guide a case reads.
 *
 * @param name what the report calls it: {@code finesse chunks}
 * @param path where it is
 * @param copies how many consecutive copies of the named guide the file holds; 1 for the guide as published
 * @param bytes the file's size
 * @param goal the warm reading speed McDewey aims at on this guide, in MB/s
 */
public record GuideFile(String name, Path path, int copies, long bytes, double goal) {

  /** The goal for Finesse, whose reader is tuned to its layout. */
  public static final double FINESSE_GOAL = 20;

  /** The goal for a vendor's guide, read by the generic markdown reader. */
  public static final double VENDOR_GOAL = 10;

  /** The guide at {@code path}, which must exist. */
  public static GuideFile of(String name, Path path, int copies, double goal) throws IOException {
    return new GuideFile(name, path, copies, Files.size(path), goal);
  }

  /** The name with the number of copies when there are several: {@code finesse chunks x50}. */
  public String label() {
    return copies == 1 ? name : name + " x" + copies;
  }

  public double megabytes() {
    return bytes / 1e6;
  }
}
