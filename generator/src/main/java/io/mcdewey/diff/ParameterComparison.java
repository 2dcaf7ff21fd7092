package io.mcdewey.diff;

import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the parameters of an operation in two releases. Parameters pair by name and enclosing parameter, in the
 * same location first and then across locations; path variables pair by their place in the path, whatever their
 * names, since the name of a path variable never reaches the wire.
 */
final class ParameterComparison {
  private final Map<String, String> newSlotNames;
  private final Set<String> actionFields;
  private final ChangeLog.Recorder record;

  private ParameterComparison(Operation before, Operation after, ChangeLog.Recorder record) {
    this.newSlotNames = slotNames(before.path(), after.path());
    this.actionFields = Stream.concat(before.impliedValues().stream(), after.impliedValues().stream())
        .map(ImpliedValue::name)
        .collect(Collectors.toUnmodifiableSet());
    this.record = record;
  }

  static void compare(Operation before, Operation after, ChangeLog.Recorder record) {
    new ParameterComparison(before, after, record).compare(before.parameters(), after.parameters());
  }

  /** Old path variable names mapped to the new names of the same slots, when both paths have as many slots. */
  private static Map<String, String> slotNames(String oldPath, String newPath) {
    List<String> oldNames = Normalized.pathVariables(oldPath);
    List<String> newNames = Normalized.pathVariables(newPath);
    Map<String, String> names = new HashMap<>();
    if (oldNames.size() == newNames.size()) {
      for (int i = 0; i < oldNames.size(); i++) {
        names.put(oldNames.get(i), newNames.get(i));
      }
    }
    return names;
  }

  private void compare(List<Parameter> before, List<Parameter> after) {
    List<Parameter> newLeft = new ArrayList<>(after);
    List<Parameter> moved = new ArrayList<>();
    for (Parameter old : before) {
      Parameter same = take(newLeft, p -> sameName(old, p) && p.location() == old.location());
      if (same == null) {
        moved.add(old);
      } else {
        compareMatched(old, same);
      }
    }
    for (Parameter old : moved) {
      Parameter elsewhere = take(newLeft, p -> sameName(old, p));
      if (elsewhere == null) {
        record.add(ChangeKind.PARAMETER_REMOVED, element(old), null, null);
      } else {
        record.add(ChangeKind.PARAMETER_LOCATION_CHANGED, qualifiedName(elsewhere), old.location().wireName(),
            elsewhere.location().wireName());
        compareMatched(old, elsewhere);
      }
    }
    for (Parameter added : newLeft) {
      record.add(Boolean.TRUE.equals(added.required()) ? ChangeKind.PARAMETER_ADDED_REQUIRED
          : ChangeKind.PARAMETER_ADDED_OPTIONAL, element(added), null, null);
    }
  }

  private boolean sameName(Parameter old, Parameter candidate) {
    String name = old.location() == ParameterLocation.PATH ? newSlotNames.getOrDefault(old.name(), old.name())
        : old.name();
    return name.equals(candidate.name()) && Objects.equals(old.parent(), candidate.parent());
  }

  private void compareMatched(Parameter old, Parameter now) {
    String element = element(now);
    boolean wasRequired = Boolean.TRUE.equals(old.required());
    boolean isRequired = Boolean.TRUE.equals(now.required());
    if (isRequired && !wasRequired) {
      record.add(ChangeKind.PARAMETER_BECAME_REQUIRED, element, null, null);
    } else if (wasRequired && !isRequired) {
      record.add(ChangeKind.PARAMETER_BECAME_OPTIONAL, element, null, null);
    }
    // The values and description of a field that selects the action change with the action, which
    // ChangeKind.ACTION_FIELD_CHANGED reports.
    if (actionFields.contains(now.name())) {
      return;
    }
    compareAllowedValues(old, now, element);
    String oldDescription = Normalized.text(old.description());
    String newDescription = Normalized.text(now.description());
    if (!oldDescription.equals(newDescription)) {
      record.add(ChangeKind.DESCRIPTION_CHANGED, "parameter " + qualifiedName(now), Normalized.orNull(oldDescription),
          Normalized.orNull(newDescription));
    }
  }

  /** Compares the enumerated values; a list on one side only says nothing of what changed. */
  private void compareAllowedValues(Parameter old, Parameter now, String element) {
    if (old.allowedValues().isEmpty() || now.allowedValues().isEmpty()) {
      return;
    }
    String before = String.join(", ", old.allowedValues());
    String after = String.join(", ", now.allowedValues());
    if (!old.allowedValues().containsAll(now.allowedValues())) {
      record.add(ChangeKind.PARAMETER_VALUES_ADDED, element, before, after);
    }
    if (!now.allowedValues().containsAll(old.allowedValues())) {
      record.add(ChangeKind.PARAMETER_VALUES_REMOVED, element, before, after);
    }
  }

  /** The parameter as reports name it: {@code callVariables.callVariable (body)}. */
  private static String element(Parameter parameter) {
    return qualifiedName(parameter) + " (" + parameter.location().wireName() + ")";
  }

  private static String qualifiedName(Parameter parameter) {
    return parameter.parent() == null ? parameter.name() : parameter.parent() + "." + parameter.name();
  }

  private static Parameter take(List<Parameter> parameters, Predicate<Parameter> wanted) {
    for (Iterator<Parameter> it = parameters.iterator(); it.hasNext(); ) {
      Parameter parameter = it.next();
      if (wanted.test(parameter)) {
        it.remove();
        return parameter;
      }
    }
    return null;
  }
}
