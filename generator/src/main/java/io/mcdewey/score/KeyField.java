package io.mcdewey.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A field of an answer-key entry that errata can set aside, by its member name in the key. */
public enum KeyField {
  METHOD,
  PATH,
  PARAMS,
  RESPONSES;

  /** The member name in the key's JSON ({@code params}). */
  public String memberName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<KeyField> named(String memberName) {
    return Arrays.stream(values()).filter(f -> f.memberName().equals(memberName)).findFirst();
  }
}
