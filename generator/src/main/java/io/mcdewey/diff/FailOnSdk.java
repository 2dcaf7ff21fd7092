package io.mcdewey.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which breaks of the generated SDK fail a build, beside the wire-level gate of {@link FailOn}: a team that ships
 * the SDK McDewey generates may stop on a change that removes a method or a constructor from it, whatever its
 * weight on the wire.
 */
public enum FailOnSdk {
  /** Fails on a change that may break binary compatibility: code compiled against the old SDK may not link. */
  BINARY(sdk -> !sdk.binaryCompatible()),
  /** Fails on a change that may break source compatibility: code written for the old SDK may not compile. */
  SOURCE(sdk -> !sdk.sourceCompatible()),
  /** Fails on nothing. */
  NONE(sdk -> false);

  private final Predicate<SdkImpact> fails;

  FailOnSdk(Predicate<SdkImpact> fails) {
    this.fails = fails;
  }

  /** The changes that fail the build, in their order. */
  public List<Change> failing(List<Change> changes) {
    return changes.stream().filter(change -> fails.test(change.kind().sdk())).toList();
  }

  /** The setting of this name, in any case ({@code binary}, {@code BINARY}). */
  public static Optional<FailOnSdk> named(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The names, for messages: {@code BINARY, SOURCE or NONE}. */
  public static String names() {
    return Wording.either(Arrays.stream(values()).map(FailOnSdk::name).toList());
  }
}
