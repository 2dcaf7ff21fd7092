package io.mcdewey.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names taken in one Java scope (a package, a class's members). Claims are compared case-insensitively, as two
 * classes differing only in case cannot live side by side on case-insensitive file systems.
 */
public final class NameScope {
  private final Set<String> taken = new HashSet<>();

  /** A scope in which {@code reserved} names are already taken. */
  public static NameScope reserving(String... reserved) {
    NameScope scope = new NameScope();
    for (String name : reserved) {
      scope.taken.add(name.toLowerCase(Locale.ROOT));
    }
    return scope;
  }

  /** Claims {@code desired}, or {@code desired2}, {@code desired3}, ... when it is taken. */
  public String claim(String desired) {
    String name = desired;
    for (int suffix = 2; !taken.add(name.toLowerCase(Locale.ROOT)); suffix++) {
      name = desired + suffix;
    }
    return name;
  }
}
