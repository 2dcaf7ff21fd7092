package io.mcdewey.diff;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a security-constraints sentence says about who may call an operation, as opposed to how it says it: the roles
 * it names ({@code Agents and Supervisors can use this API} names {@code agent} and {@code supervisor}) and the words
 * that narrow or deny the permission ({@code only}, {@code except}; {@code not}, {@code cannot} and {@code never}
 * alike). Two sentences with the same terms are a rewording.
 */
final class SecurityTerms {
  private SecurityTerms() {}

  /** The roles guides name, in the singular. */
  private static final Set<String> ROLES = Set.of("administrator", "admin", "agent", "supervisor", "user", "owner",
      "manager", "operator", "guest", "member", "reviewer", "editor", "viewer", "developer", "maintainer", "auditor",
      "superuser", "root", "anonymous", "authenticated", "unauthenticated", "system");

  /** The words that narrow a permission. */
  private static final Set<String> LIMITS = Set.of("only", "except");

  /** The words that deny one, all counted as {@code not}. */
  private static final Set<String> NEGATIONS = Set.of("not", "cannot", "never", "no", "none");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)?");

  /** The roles and restrictions the text names, in the singular and lower case, sorted. */
  static Set<String> of(String text) {
    Set<String> terms = new TreeSet<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      String found = word.group();
      String singular = found.endsWith("s") ? found.substring(0, found.length() - 1) : found;
      if (NEGATIONS.contains(found) || found.endsWith("n't")) {
        terms.add("not");
      } else if (LIMITS.contains(found)) {
        terms.add(found);
      } else if (ROLES.contains(found)) {
        terms.add(found);
      } else if (ROLES.contains(singular)) {
        terms.add(singular);
      }
    }
    return terms;
  }
}
