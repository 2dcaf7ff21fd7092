package io.mcdewey.model;

import java.util.List;

/**
 * The body an operation sends.
 *
 * @param mediaType the content type, possibly empty when the guide does not say
 * @param schema the name of the {@link Schema} the body conforms to, or {@code null}
 * @param examples the request payloads shown, the first being the main one; others are named variants
 */
public record RequestBody(String mediaType, String schema, List<Example> examples) {

  public RequestBody {
    mediaType = mediaType == null ? "" : mediaType;
    examples = List.copyOf(examples);
  }
}
