package io.mcdewey.codegen;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the names a user gives a generated project: its Java package and its Maven coordinates. Each check says
 * what is wrong and why, or nothing when the name is good.
 */
public final class ProjectNaming {
  private ProjectNaming() {}

  /** The longest name a directory may have on common file systems, in bytes; each package part is a directory. */
  private static final int LONGEST_DIRECTORY_NAME = 255;

  /** How much of a long name a message shows. */
  private static final int SHOWN = 40;

  /** What Maven's model validator accepts in a group or artifact id. */
  private static final Pattern MAVEN_ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

  /** What a version may hold: enough for {@code 1.0.0-SNAPSHOT} or {@code 2.1+build.7}, nothing to escape. */
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.+\\-]+");

  /** Why {@code name} cannot be the package of generated code, or empty when it can. */
  public static Optional<String> packageProblem(String name) {
    String quoted = "'" + shown(name) + "'";
    if (name.isEmpty()) {
      return Optional.of("the package name is empty");
    }
    if (name.equals("java") || name.startsWith("java.") || name.equals("javax") || name.startsWith("javax.")) {
      return Optional.of(quoted + " cannot hold generated code: packages java.* and javax.* belong to the JDK");
    }
    for (String part : name.split("\\.", -1)) {
      Optional<String> problem = partProblem(part);
      if (problem.isPresent()) {
        return Optional.of(quoted + " is not a Java package name: " + problem.get());
      }
    }
    return Optional.empty();
  }

  /** Why {@code id} cannot be the project's Maven group id, or empty when it can. */
  public static Optional<String> groupIdProblem(String id) {
    return mavenIdProblem("group id", id);
  }

  /** Why {@code id} cannot be the project's Maven artifact id, or empty when it can. */
  public static Optional<String> artifactIdProblem(String id) {
    return mavenIdProblem("artifact id", id);
  }

  /** Why {@code version} cannot be the project's version, or empty when it can. */
  public static Optional<String> versionProblem(String version) {
    return coordinateProblem("version", version, VERSION, "letters, digits and . _ + -");
  }

  private static Optional<String> mavenIdProblem(String what, String id) {
    return coordinateProblem(what, id, MAVEN_ID, "letters, digits and . _ -");
  }

  private static Optional<String> coordinateProblem(String what, String value, Pattern allowed, String holds) {
    if (value.isEmpty()) {
      return Optional.of("the " + what + " is empty");
    }
    if (allowed.matcher(value).matches()) {
      return Optional.empty();
    }
    int bad = value.codePoints().filter(c -> !allowed.matcher(Character.toString(c)).matches()).findFirst()
        .orElseThrow();
    return Optional.of("the " + what + " '" + shown(value) + "' holds " + described(bad) + "; a Maven " + what
        + " holds only " + holds);
  }

  private static Optional<String> partProblem(String part) {
    if (part.isEmpty()) {
      return Optional.of("it has an empty part");
    }
    if (Names.isKeyword(part)) {
      return Optional.of("'" + part + "' is a Java keyword");
    }
    if (!Character.isJavaIdentifierStart(part.codePointAt(0))) {
      return Optional.of("'" + shown(part) + "' starts with " + described(part.codePointAt(0))
          + ", not a letter, _ or $");
    }
    // Java takes control characters in names (and ignores them); a directory name must not hold them.
    int bad = part.codePoints().filter(c -> !Character.isJavaIdentifierPart(c) || Character.isIdentifierIgnorable(c))
        .findFirst().orElse(-1);
    if (bad >= 0) {
      return Optional.of("'" + shown(part) + "' holds " + described(bad) + ", which a Java name cannot");
    }
    int bytes = part.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > LONGEST_DIRECTORY_NAME) {
      return Optional.of("its part '" + shown(part) + "' is " + bytes + " bytes long, and a part is a directory,"
          + " whose name file systems allow " + LONGEST_DIRECTORY_NAME + " bytes at most");
    }
    return Optional.empty();
  }

  /** A character as a message names it: {@code ' '} and {@code '<'}, or {@code U+0007} when it does not show. */
  private static String described(int c) {
    return Character.isISOControl(c) || Character.isWhitespace(c) && c != ' '
        ? String.format("U+%04X", c) : "'" + Character.toString(c) + "'";
  }

  /** A name as a message shows it: cut short when long, control characters shown as their code. */
  private static String shown(String name) {
    String cut = name.codePointCount(0, name.length()) > SHOWN
        ? name.substring(0, name.offsetByCodePoints(0, SHOWN)) + "…" : name;
    StringBuilder shown = new StringBuilder();
    cut.codePoints().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("U+%04X", c)
        : Character.toString(c)));
    return shown.toString();
  }
}
