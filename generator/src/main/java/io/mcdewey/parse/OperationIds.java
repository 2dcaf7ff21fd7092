package io.mcdewey.parse;

import io.mcdewey.model.Provenance;
import java.text.Normalizer;
import java.util.Locale;

/** Stable operation ids: lower-case words of the title joined by dashes, or method and path for untitled ones. */
final class OperationIds {
  private OperationIds() {}

  static String fromTitle(String title) {
    return slug(title);
  }

  static String fromRequest(String method, String path) {
    return slug((method == null ? "" : method) + " " + (path == null ? "" : path));
  }

  /**
   * An id for an operation whose title is not visible: by its page ({@code untitled-post-page-117}), else by its path
   * ({@code untitled-post-api-user-id}), which stays when the guide's text is laid out again while a line number
   * does not, else by its line.
   */
  static String untitled(String method, String path, Provenance where) {
    String place = where.page() != null ? "page " + where.page()
        : path != null ? path : where.line() > 0 ? "line " + where.line() : "";
    return slug("untitled " + (method == null ? "" : method) + " " + place);
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
