package io.mcdewey.mcp;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/** Reading the {@code Accept} and {@code Content-Type} headers of a request. */
final class MediaTypes {
  static final String JSON = "application/json";
  static final String EVENT_STREAM = "text/event-stream";

  private MediaTypes() {}

  /**
   * Whether the request accepts a media type: its {@code Accept} headers name it, its type with {@code *}, or
   * {@code *}{@code /*}, with a quality above zero. A request without {@code Accept} accepts anything.
   */
  static boolean accepts(HttpServletRequest request, String type) {
    String header = String.join(",", Collections.list(request.getHeaders("Accept")));
    if (header.isBlank()) {
      return true;
    }
    String family = type.substring(0, type.indexOf('/')) + "/*";
    for (String range : header.split(",")) {
      String[] parts = range.split(";");
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      if ((name.equals(type) || name.equals(family) || name.equals("*/*")) && !refused(parts)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request body is JSON by its {@code Content-Type}. */
  static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.split(";")[0].strip().equalsIgnoreCase(JSON);
  }

  private static boolean refused(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2)) <= 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }
}
