package io.mcdewey.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of everything the index writes for a guide's entries, and of the embedder that wrote their vectors: a
 * guide whose digest is the one indexed needs nothing done.
 */
final class GuideDigest {
  private GuideDigest() {}

  static String of(String embedderName, List<IndexEntry> entries) {
    MessageDigest digest = sha256();
    update(digest, embedderName);
    for (IndexEntry entry : entries) {
      update(digest, entry.kind().name());
      update(digest, entry.id());
      update(digest, entry.title());
      update(digest, entry.text());
      update(digest, entry.meaning());
      update(digest, Float.toString(entry.prior()));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Each text ends with a zero byte, so that moving words from one field to the next changes the digest. */
  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
