package io.mcdewey.server;

import io.mcdewey.search.GuideId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The stable {@code mcdewey://} addresses of the library's MCP resources, made of the ids the library already
 * uses: {@code mcdewey://guides/{product}/{version}/{document}}, {@code mcdewey://chunks/{chunk_id}},
 * {@code mcdewey://endpoints/{endpoint_id}}. Each variable is written as RFC 6570 expands it (everything but letters,
 * digits and {@code -._~} percent-encoded), and read back decoded, so that a URI a client expands from a template
 * names the same resource as the one listed.
 */
final class ResourceUris {
  static final String GUIDES = "mcdewey://guides/";
  static final String CHUNKS = "mcdewey://chunks/";
  static final String ENDPOINTS = "mcdewey://endpoints/";

  static final String GUIDE_TEMPLATE = GUIDES + "{product}/{version}/{document}";
  static final String CHUNK_TEMPLATE = CHUNKS + "{chunk_id}";
  static final String ENDPOINT_TEMPLATE = ENDPOINTS + "{endpoint_id}";

  private ResourceUris() {}

  static String guide(GuideId id) {
    return GUIDES + encode(id.product()) + "/" + encode(id.version()) + "/" + encode(id.document());
  }

  static String chunk(String chunkId) {
    return CHUNKS + encode(chunkId);
  }

  static String endpoint(String endpointId) {
    return ENDPOINTS + encode(endpointId);
  }

  /** The guide a URI names, when it is a guide URI. */
  static Optional<GuideId> guideId(String uri) {
    if (!uri.startsWith(GUIDES)) {
      return Optional.empty();
    }
    String[] parts = uri.substring(GUIDES.length()).split("/", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    return decode(parts[0]).flatMap(product -> decode(parts[1]).flatMap(version -> decode(parts[2])
        .map(document -> new GuideId(product, version, document))));
  }

  /** The id after a prefix ({@link #CHUNKS}, {@link #ENDPOINTS}), decoded, when the URI starts with it. */
  static Optional<String> id(String uri, String prefix) {
    return uri.startsWith(prefix) ? decode(uri.substring(prefix.length())) : Optional.empty();
  }

  private static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  /** Percent-decoding; a plus stays a plus, as in a path. Malformed escapes name nothing. */
  private static Optional<String> decode(String value) {
    try {
      return Optional.of(URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
