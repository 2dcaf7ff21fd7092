package io.mcdewey.codegen.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of generated output.
 *
 * @param path the path relative to the output directory, with {@code /} separators
 * @param content the file's text, written as UTF-8
 */
public record GeneratedFile(String path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (!isRelativePath(path)) {
      throw new IllegalArgumentException("not a relative file path: " + path);
    }
  }

  /**
   * Whether {@code path} names a file strictly inside a directory: relative, no {@code .} or {@code ..} parts. Nor
   * does it hold a line break or a tab, which would break the manifest and the journal, which list paths by line.
   */
  public static boolean isRelativePath(String path) {
    return !path.isEmpty() && !path.startsWith("/") && path.chars().noneMatch(c -> "\\\0\n\r\t".indexOf(c) >= 0)
        && java.util.Arrays.stream(path.split("/", -1)).noneMatch(p -> p.isEmpty() || p.equals("..") || p.equals("."));
  }

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
