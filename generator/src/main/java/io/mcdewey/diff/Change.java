package io.mcdewey.diff;

import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.Objects;
import java.util.Optional;

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

  /** How many unchanged words one-line reports show on each side of a changed run of prose. */
  static final int CONTEXT_WORDS = 4;

  /**
   * What changed in a line: the kind's label, the element, and the values when they are short; for prose, the words
   * that changed ({@code [-removed-]}, {@code {+added+}}) among a few unchanged ones.
   */
  public String summary() {
    StringBuilder text = new StringBuilder(kind.label());
    if (!element.isEmpty()) {
      text.append(": ").append(element);
    }
    Optional<WordDiff> words = wordDiff();
    if (words.isPresent()) {
      text.append(": ").append(words.get().condensed(CONTEXT_WORDS).render(Change::marked));
    } else if (before != null && after != null) {
      text.append(": ").append(Abbreviation.of(before)).append(" -> ").append(Abbreviation.of(after));
    } else if (before != null || after != null) {
      text.append(" (").append(Abbreviation.of(before != null ? before : after)).append(')');
    }
    return text.toString();
  }

  /** The words the prose changed, when the change is of prose that both guides give; otherwise empty. */
  Optional<WordDiff> wordDiff() {
    return kind.prose() && before != null && after != null ? Optional.of(WordDiff.of(before, after))
        : Optional.empty();
  }

  /** A run as one-line reports mark it, in the manner of {@code git diff --word-diff}. */
  private static String marked(WordDiff.Run run) {
    return switch (run.kind()) {
      case KEPT -> run.text();
      case REMOVED -> "[-" + run.text() + "-]";
      case ADDED -> "{+" + run.text() + "+}";
      case ELIDED -> "...";
    };
  }
}
