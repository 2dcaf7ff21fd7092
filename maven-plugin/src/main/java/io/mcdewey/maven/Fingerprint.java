package io.mcdewey.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of everything a goal's output depends on, fed in named parts: when two runs have the same
 * fingerprint, the second has nothing to do.
 *
 * <p>Each part is fed with its name and length, so that moving bytes from one part to the next changes the digest.
 */
final class Fingerprint {
  private final MessageDigest digest;

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  static Fingerprint start() {
    return new Fingerprint();
  }

  /** Adds a value, such as a parameter; {@code null} differs from every text. */
  Fingerprint value(String name, Object value) {
    return part(name, value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a file's bytes, or its absence. */
  Fingerprint file(String name, Path file) throws IOException {
    return part(name, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
  }

  /** Adds the bytes of a class path resource, or its absence. */
  Fingerprint resource(String name, Class<?> loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return part(name, in == null ? null : in.readAllBytes());
    }
  }

  /**
   * Adds the jar a class was loaded from, by size and modification time, so that a rebuilt snapshot of a tool counts
   * as a change without reading the jar on every run; nothing when the class comes from a folder.
   */
  Fingerprint jarOf(String name, Class<?> type) throws IOException {
    CodeSource code = type.getProtectionDomain().getCodeSource();
    Path jar;
    try {
      jar = code == null ? null : Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      jar = null;
    }
    if (jar == null || !Files.isRegularFile(jar)) {
      return value(name, null);
    }
    return value(name, Files.size(jar) + " bytes, modified " + Files.getLastModifiedTime(jar));
  }

  /** Adds the files directly in a folder, by name, in the order of their names; not its subfolders. */
  Fingerprint folder(String name, Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    value(name, files.size());
    for (Path file : files) {
      file(name + "/" + file.getFileName(), file);
    }
    return this;
  }

  /** Adds the files anywhere under a folder whose names end in one of {@code suffixes}, by relative path. */
  Fingerprint tree(String name, Path root, List<String> suffixes) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> suffixes.stream().anyMatch(file.getFileName().toString()::endsWith))
          .sorted()
          .toList();
    }
    value(name, files.size());
    for (Path file : files) {
      file(name + "/" + root.relativize(file).toString().replace('\\', '/'), file);
    }
    return this;
  }

  /** The digest in hexadecimal; the fingerprint cannot be fed after. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private Fingerprint part(String name, byte[] bytes) {
    feed(name.getBytes(StandardCharsets.UTF_8));
    if (bytes == null) {
      digest.update((byte) 0);
    } else {
      digest.update((byte) 1);
      feed(bytes);
    }
    return this;
  }

  private void feed(byte[] bytes) {
    digest.update(intBytes(bytes.length));
    digest.update(bytes);
  }

  private static byte[] intBytes(int value) {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }
}
