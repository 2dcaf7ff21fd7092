package io.mcdewey.diff;

import java.util.Locale;

/** The part of a semantic version number a change calls for raising, from the least to the most. */
public enum SemverLevel {
  /** Nothing a client or server relies on changed: documentation only. */
  PATCH,
  /** Something was added or relaxed; what worked still works. */
  MINOR,
  /** Something that worked may stop working. */
  MAJOR;

  /** The lower-case name reports use ({@code major}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
