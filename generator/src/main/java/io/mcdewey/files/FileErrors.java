package io.mcdewey.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The reason of a failed file operation in a few words, without the paths the exception may name. */
public final class FileErrors {
  private FileErrors() {}

  /**
   * Why the operation failed: {@code permission denied}, {@code no such file or directory}, or the system's own
   * reason such as {@code No space left on device}. The paths a {@link FileSystemException} names are left out, as
   * they may be McDewey's own temporary files; the caller names the user's file.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory is in the way";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof FileSystemException failure) {
      return failure.getReason() != null ? failure.getReason() : "cannot be written";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
