package io.mcdewey.parse;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Provenance;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable operation ids: lower-case words of the title joined by dashes, or method and path for untitled ones. */
public final class OperationIds {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private OperationIds() {}

  public static String fromTitle(String title) {
    return slug(title);
  }

  public static String fromRequest(String method, String path) {
    return slug((method == null ? "" : method) + " " + (path == null ? "" : path));
  }

  /**
   * An id for an operation whose title is not visible, from what stays the same between releases of the guide: its
   * method, path and the values it fixes ({@code post-finesse-api-user-id-dialogs-barge-call}).
   */
  static String untitled(String method, String path, List<ImpliedValue> implied) {
    return slug(method + " " + path + " " + String.join(" ", implied.stream().map(ImpliedValue::value).toList()));
  }

  /** Whether {@code id} was given by where an untitled operation is, as {@link #untitled(String, String, Provenance)} does. */
  static boolean isByPlace(String id) {
    return id.startsWith("untitled-");
  }

  /**
   * An id for an operation whose title is not visible, by where it is: by its page ({@code untitled-post-page-117}),
   * else by its path ({@code untitled-post-api-user-id}), which stays when the guide's text is laid out again while a
   * line number does not, else by its line.
   */
  public static String untitled(String method, String path, Provenance where) {
    String place = where.page() != null ? "page " + where.page()
        : path != null ? path : where.line() > 0 ? "line " + where.line() : "";
    return slug("untitled " + (method == null ? "" : method) + " " + place);
  }

  static String slug(String text) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String hyphenated = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
  }
}
