package io.mcdewey.parse;

import java.text.Normalizer;
import java.util.Locale;

/** Stable operation ids: lower-case words of the title joined by dashes, or method and path for untitled ones. */
final class OperationIds {
  private OperationIds() {}

  static String fromTitle(String title) {
    return slug(title);
  }

  static String fromRequest(String method, String path, Integer page) {
    String base = slug((method == null ? "" : method) + " " + (path == null ? "" : path));
    if (base.isEmpty()) {
      return "untitled" + (page == null ? "" : "-page-" + page);
    }
    return base;
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
