package io.mcdewey.diff;

import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.Objects;

/**
 * One difference between two releases of a guide.
 *
 * @param kind what kind of change it is
 * @param severity how much it matters: the kind's default or what the {@link DiffConfig} says
 * @param subject the API, operation or schema it is about
 * @param element the part of the subject that changed ({@code deviceType (body)}, {@code 409}, {@code Agent.state}),
 *     empty when the change is about the subject itself
 * @param before what the old guide says, or {@code null} when it says nothing of it
 * @param after what the new guide says, or {@code null} when it says nothing of it
 * @param oldLocation where the old guide documents the subject, or {@code null} when it does not
 * @param newLocation where the new guide documents the subject, or {@code null} when it does not
 */
public record Change(
    ChangeKind kind,
    Severity severity,
    Subject subject,
    String element,
    String before,
    String after,
    Provenance oldLocation,
    Provenance newLocation) {

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    element = element == null ? "" : element;
  }

  /** What changed in a line: the kind's label, the element, and the values when they are short. */
  public String summary() {
    StringBuilder text = new StringBuilder(kind.label());
    if (!element.isEmpty()) {
      text.append(": ").append(element);
    }
    if (before != null && after != null) {
      text.append(": ").append(Abbreviation.of(before)).append(" -> ").append(Abbreviation.of(after));
    } else if (before != null || after != null) {
      text.append(" (").append(Abbreviation.of(before != null ? before : after)).append(')');
    }
    return text.toString();
  }
}
