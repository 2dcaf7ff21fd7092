package io.mcdewey.codegen.output;

import java.util.List;

/**
 * Generated files whose places hold files McDewey did not generate, which it does not overwrite unless told to.
 * Nothing was written.
 */
public final class UserFilesException extends OutputException {
  private static final long serialVersionUID = 1L;

  /** How many files the message names before it only counts the rest. */
  private static final int LISTED = 5;

  private final List<String> files;

  UserFilesException(List<String> files) {
    super(listed(files) + (files.size() == 1 ? ": exists" : ": exist") + " and McDewey did not generate "
        + (files.size() == 1 ? "it" : "them") + "; nothing was written");
    this.files = List.copyOf(files);
  }

  /** The files, as the user named the output directory. */
  public List<String> files() {
    return files;
  }

  private static String listed(List<String> files) {
    String named = String.join(", ", files.subList(0, Math.min(LISTED, files.size())));
    return files.size() > LISTED ? named + " and " + (files.size() - LISTED) + " more" : named;
  }
}
