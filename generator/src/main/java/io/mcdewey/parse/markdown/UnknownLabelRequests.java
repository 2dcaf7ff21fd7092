package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests a section prints only under labels the profile does not know, a method under one and a path under
 * another, in either order ({@code 接口地址：} over {@code /api/docs}, {@code HTTP 请求方式：} over {@code GET}). They are
 * a section's requests only when nothing else in it makes one: a known label, a request line or a heading always says
 * more surely what the section documents.
 */
final class UnknownLabelRequests {
  private final List<MarkdownRequest> requests = new ArrayList<>();
  private String method;
  private String path;
  private int line;

  /** Takes a label's value; a request once both a method and a path have been taken. */
  void take(LabelledValue value, int line) {
    if (value.method()) {
      method = MarkdownRequestLines.method(value.text());
    } else {
      path = value.text();
    }
    this.line = line;
    if (method != null && path != null) {
      requests.add(new MarkdownRequest(method, path, "", this.line));
      method = null;
      path = null;
    }
  }

  /** The requests made, each of a method and a path. */
  List<MarkdownRequest> requests() {
    return List.copyOf(requests);
  }
}
