package io.mcdewey.diff;

import static io.mcdewey.diff.Models.changed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Deprecation;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real guides: each has no change against itself, and a copy of the Finesse model with known mutations differs from
 * the original in exactly those, both ways round.
 */
class CorpusDiffTest {

  @Test
  void everyCorpusGuideHasNoChangeAgainstItself() throws Exception {
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(SharedCorpus.root())) {
      inputs = files.filter(CorpusDiffTest::isGuide).sorted().toList();
    }
    int operations = 0;
    for (Path input : inputs) {
      for (Api api : Guides.detecting().read(input)) {
        assertEquals(List.of(), ApiDiff.withDefaults().compare(api, api), input.toString());
        operations += api.operations().size();
      }
    }
    assertTrue(operations > 20, "only " + operations + " operations read from " + inputs);
  }

  private static boolean isGuide(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jsonl") && !name.equals("answers.jsonl")
        || name.endsWith(".md") && !name.equals("README.md");
  }

  @Test
  void aMutatedCopyOfTheFinesseModelDiffersInExactlyTheMutationsMade() throws Exception {
    Api original = Guides.detecting().read(SharedCorpus.file("finesse-v12.5/chunks.jsonl")).get(0);
    Mutations copy = new Mutations(original);

    copy.mutate(copy::unambiguous, o -> null, o -> "operation-removed");
    copy.mutate(copy::unambiguous, o -> changed(o, b -> b.title(o.title() + " Now")), o -> "operation-renamed");
    copy.mutate(copy::unambiguous, o -> changed(o, b -> b.method("PATCH")), o -> "method-changed");
    copy.mutate(o -> firstRequiredBodyField(o) != null,
        o -> Models.withParameter(o, firstRequiredBodyField(o).name(), p -> p.withRequired(false)),
        o -> "parameter-became-optional " + firstRequiredBodyField(o).name() + " (body)");
    copy.mutate(o -> !o.deprecated(), o -> changed(o, b -> b.deprecation(new Deprecation("Deprecated."))),
        o -> "operation-deprecated");
    copy.mutate(o -> true, o -> changed(o, b -> b.addResponse(new Response(418, "Teapot", ""))),
        o -> "response-status-added 418");
    copy.mutate(o -> true, o -> changed(o, b -> b.addParameter(Parameter.of("trace", ParameterLocation.QUERY, false))),
        o -> "parameter-added-optional trace (query)");
    copy.mutate(o -> true, o -> changed(o, b -> b.addNotificationTriggered("Teapot notification")),
        o -> "notification-added Teapot notification");
    copy.mutate(o -> true, o -> changed(o, b -> b.securityConstraints("Nobody may call it.")),
        o -> "security-changed");
    Api mutated = copy.withBaseUri(original.baseUri() + ":8445");

    List<Change> forward = ApiDiff.withDefaults().compare(original, mutated);
    List<Change> backward = ApiDiff.withDefaults().compare(mutated, original);

    assertEquals(copy.expected(), found(forward));
    Mirror.assertMirrors(forward, backward);
  }

  /** The first required body parameter that does not select the action, or {@code null}. */
  private static Parameter firstRequiredBodyField(Operation operation) {
    Set<String> actionFields = operation.impliedValues().stream().map(v -> v.name()).collect(Collectors.toSet());
    return operation.parameters().stream()
        .filter(p -> p.location() == ParameterLocation.BODY && Boolean.TRUE.equals(p.required()))
        .filter(p -> !actionFields.contains(p.name()))
        .findFirst().orElse(null);
  }

  private static Set<String> found(List<Change> changes) {
    return changes.stream().map(CorpusDiffTest::found).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String found(Change change) {
    return change.kind().id() + (change.element().isEmpty() ? "" : " " + change.element()) + " @ "
        + change.subject().id();
  }

  /**
   * A copy of a model changed one operation at a time, each time a different titled one. Operations are paired by
   * title and request, so an operation whose title or request changes must have both unique for the pairing, and so
   * the change expected, to be beyond doubt.
   */
  private static final class Mutations {
    private final Api original;
    private final List<Operation> operations;
    private final Set<Operation> touched = new HashSet<>();
    private final Set<String> expected = new TreeSet<>();

    Mutations(Api original) {
      this.original = original;
      this.operations = new ArrayList<>(original.operations());
    }

    /**
     * Changes the first untouched, unambiguous operation the condition accepts.
     *
     * @param mutation the changed operation, or {@code null} to remove it
     * @param expectedChange the change it should show, as {@code kind element}
     */
    void mutate(Predicate<Operation> condition, Function<Operation, Operation> mutation,
        Function<Operation, String> expectedChange) {
      Operation chosen = original.operations().stream()
          .filter(o -> !touched.contains(o) && !o.title().isEmpty() && condition.test(o))
          .findFirst().orElseThrow(() -> new AssertionError("no operation left to mutate"));
      touched.add(chosen);
      expected.add(expectedChange.apply(chosen) + " @ " + chosen.id());
      Operation mutated = mutation.apply(chosen);
      int index = operations.indexOf(chosen);
      if (mutated == null) {
        operations.remove(index);
      } else {
        operations.set(index, mutated);
      }
    }

    /** Whether the operation is the only one with its title and the only one with its request. */
    boolean unambiguous(Operation operation) {
      return Normalized.request(operation) != null
          && original.operations().stream().filter(o -> o.title().equals(operation.title())).count() == 1
          && original.operations().stream()
              .filter(o -> Objects.equals(Normalized.request(o), Normalized.request(operation))).count() == 1;
    }

    /** The mutated model, with another base URI, which the expected changes then hold too. */
    Api withBaseUri(String baseUri) {
      expected.add("base-uri-changed @ ");
      return new Api(original.product(), original.version(), original.title(), original.profile(), baseUri,
          operations, original.schemas(), original.diagnostics());
    }

    Set<String> expected() {
      return expected;
    }
  }
}
