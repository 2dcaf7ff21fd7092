package io.mcdewey.model;

import java.util.Objects;

/**
 * A payload shown in the guide.
 *
 * @param kind what the payload illustrates
 * @param name the caption the guide gives it ({@code HTTP Request with Call Variables}), possibly empty
 * @param mediaType the media type ({@code application/xml}, {@code application/json}), possibly empty
 * @param content the payload text as printed
 */
public record Example(Kind kind, String name, String mediaType, String content) {

  /** What a payload illustrates. */
  public enum Kind {
    REQUEST,
    RESPONSE,
    FAILURE_RESPONSE
  }

  public Example {
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    mediaType = mediaType == null ? "" : mediaType;
    Objects.requireNonNull(content, "content");
  }
}
