package io.mcdewey.diff;

import java.util.Locale;

/**
 * What a change may do to the Java SDK McDewey generates from the guide, in the words of japicmp: whether code
 * compiled against the old SDK still links against the new one (binary compatible) and whether code written for it
 * still compiles (source compatible). A wire-level minor change may break the SDK: a field added to a payload adds a
 * component to its record, which changes the record's constructor.
 */
public enum SdkImpact {
  /** Binary and source compatible: nothing the old SDK offered is gone or changed. */
  COMPATIBLE(true, true),
  /** Binary and source incompatible: a method, constructor, field or enum constant is gone or changed. */
  INCOMPATIBLE(false, false);

  private final boolean binaryCompatible;
  private final boolean sourceCompatible;

  SdkImpact(boolean binaryCompatible, boolean sourceCompatible) {
    this.binaryCompatible = binaryCompatible;
    this.sourceCompatible = sourceCompatible;
  }

  public boolean binaryCompatible() {
    return binaryCompatible;
  }

  public boolean sourceCompatible() {
    return sourceCompatible;
  }

  /** The lower-case name reports use ({@code incompatible}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
