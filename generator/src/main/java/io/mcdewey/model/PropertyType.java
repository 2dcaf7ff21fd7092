package io.mcdewey.model;

/** The value type of a {@link SchemaProperty}, inferred with care: identifiers made of digits stay strings. */
public enum PropertyType {
  STRING,
  BOOLEAN,
  ENUM,
  OBJECT
}
