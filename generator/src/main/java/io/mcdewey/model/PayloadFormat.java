package io.mcdewey.model;

/** How a {@link Schema}'s values travel: as XML elements, or as JSON objects. */
public enum PayloadFormat {
  /** Elements and attributes; the schema's {@code xmlName} names the element. */
  XML,
  /** An object whose members are the properties. */
  JSON
}
