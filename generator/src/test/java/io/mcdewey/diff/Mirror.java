package io.mcdewey.diff;

import static io.mcdewey.diff.ChangeKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The property that a diff read backwards is the diff of the swapped releases: each change of {@code diff(a, b)}
 * has one in {@code diff(b, a)} of the opposite kind (added and removed, deprecated and no longer deprecated,
 * required and optional), on the same element, with what the guides say and where they say it swapped.
 */
final class Mirror {
  private Mirror() {}

  /** The kinds a change of each kind shows as when the releases are swapped. */
  static final Map<ChangeKind, Set<ChangeKind>> OPPOSITES = opposites();

  private static Map<ChangeKind, Set<ChangeKind>> opposites() {
    Map<ChangeKind, Set<ChangeKind>> opposites = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : List.of(BASE_URI_CHANGED, OPERATION_RENAMED, METHOD_CHANGED, PATH_CHANGED,
        ACTION_FIELD_CHANGED, PARAMETER_LOCATION_CHANGED, REQUEST_FIELD_TYPE_CHANGED, RESPONSE_FIELD_TYPE_CHANGED,
        SECURITY_CHANGED, SECURITY_REWORDED, DESCRIPTION_CHANGED, NOTES_CHANGED)) {
      opposites.put(kind, Set.of(kind));
    }
    pair(opposites, OPERATION_ADDED, OPERATION_REMOVED);
    pair(opposites, OPERATION_DEPRECATED, OPERATION_UNDEPRECATED);
    pair(opposites, PARAMETER_ADDED_REQUIRED, PARAMETER_REMOVED);
    pair(opposites, PARAMETER_BECAME_REQUIRED, PARAMETER_BECAME_OPTIONAL);
    pair(opposites, PARAMETER_VALUES_ADDED, PARAMETER_VALUES_REMOVED);
    pair(opposites, REQUEST_FIELD_ADDED, REQUEST_FIELD_REMOVED);
    pair(opposites, RESPONSE_STATUS_ADDED, RESPONSE_STATUS_REMOVED);
    pair(opposites, RESPONSE_FIELD_ADDED, RESPONSE_FIELD_REMOVED);
    pair(opposites, NOTIFICATION_ADDED, NOTIFICATION_REMOVED);
    opposites.put(PARAMETER_ADDED_OPTIONAL, Set.of(PARAMETER_REMOVED));
    opposites.put(PARAMETER_REMOVED, Set.of(PARAMETER_ADDED_REQUIRED, PARAMETER_ADDED_OPTIONAL));
    List<ChangeKind> missing = Arrays.stream(values()).filter(k -> !opposites.containsKey(k)).toList();
    if (!missing.isEmpty()) {
      throw new AssertionError("no opposite declared for " + missing);
    }
    return opposites;
  }

  private static void pair(Map<ChangeKind, Set<ChangeKind>> opposites, ChangeKind one, ChangeKind other) {
    opposites.put(one, Set.of(other));
    opposites.put(other, Set.of(one));
  }

  /** Asserts that {@code backward} holds exactly the mirror image of every change of {@code forward}. */
  static void assertMirrors(List<Change> forward, List<Change> backward) {
    List<Change> unmatched = new ArrayList<>(backward);
    for (Change change : forward) {
      Change image = unmatched.stream().filter(other -> mirrors(change, other)).findFirst()
          .orElseGet(() -> fail("no mirror image of " + change + " among " + unmatched));
      unmatched.remove(image);
    }
    assertEquals(List.of(), unmatched, "changes of the backward diff that mirror none of the forward diff");
  }

  private static boolean mirrors(Change change, Change other) {
    return OPPOSITES.get(change.kind()).contains(other.kind())
        && change.subject().scope() == other.subject().scope()
        && change.element().equals(other.element())
        && Objects.equals(change.before(), other.after())
        && Objects.equals(change.after(), other.before())
        && Objects.equals(change.oldLocation(), other.newLocation())
        && Objects.equals(change.newLocation(), other.oldLocation());
  }
}
