package io.mcdewey.mcp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits long lists ({@code resources/list} of a library with thousands of chunks) into pages. The cursor is opaque
 * to clients: the position of the page's first item, encoded.
 */
final class Pagination {
  static final int PAGE_SIZE = 200;
  private static final String PREFIX = "from:";

  private Pagination() {}

  /** One page of {@code items} under {@code member}, with a {@code nextCursor} when more follow. */
  static <T> Map<String, Object> page(String member, List<T> items, Function<T, Object> view, Params params)
      throws JsonRpcException {
    int from = start(params.optionalString("cursor"), items.size());
    int to = Math.min(items.size(), from + PAGE_SIZE);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(member, items.subList(from, to).stream().map(view).toList());
    if (to < items.size()) {
      page.put("nextCursor", encode(to));
    }
    return page;
  }

  private static int start(String cursor, int size) throws JsonRpcException {
    if (cursor == null) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        int from = Integer.parseInt(decoded.substring(PREFIX.length()));
        if (from >= 0 && from <= size) {
          return from;
        }
      }
    } catch (IllegalArgumentException e) {
      // an invalid cursor; the error below says so
    }
    throw JsonRpcException.invalidParams("params.cursor is not a cursor this server gave");
  }

  private static String encode(int from) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + from).getBytes(StandardCharsets.UTF_8));
  }
}
