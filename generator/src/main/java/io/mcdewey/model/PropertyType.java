package io.mcdewey.model;

/**
 * The value type of a {@link SchemaProperty}, inferred with care: identifiers made of digits stay strings, and a type
 * is given only where the guide's type column and every example agree.
 */
public enum PropertyType {
  STRING,
  BOOLEAN,
  /** A whole number within 32 bits. */
  INTEGER,
  /** A whole number within 64 bits. */
  LONG,
  /** An instant in ISO 8601's UTC form ({@code 2014-05-27T00:33:44.836Z}). */
  DATE_TIME,
  ENUM,
  OBJECT
}
