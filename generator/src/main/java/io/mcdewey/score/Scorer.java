package io.mcdewey.score;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares a guide's model with its answer key.
 *
 * <p>Key entries are paired with operations first. An entry of a key that records printed request lines
 * ({@link KeyEntry#matchedByRoute()}) pairs with an operation of the same method and path; any other entry with an
 * operation of the same title, compared blind to spacing and dash variants; an untitled entry with an untitled
 * operation that agrees on the method and path the key gives and shares one of its chunks. Among several
 * candidates, an entry takes the one agreeing with it most, and as many entries as possible are paired.
 *
 * <p>Then facts are counted per {@link Metric}, over the fields the key labels (a {@code null} field is not
 * scored): a key entry not found misses all its facts; an operation the key does not list counts only against
 * {@link Metric#OPERATIONS}, since the key says nothing of its fields. Parameters are compared as (name, required)
 * pairs over path, query and body parameters (keys list headers apart); a key's {@code required: null} means the
 * page states nothing, so the parser is expected to say nothing too, except for a path parameter ({@code in: path}),
 * which the URI it fills makes required whatever the page says. Responses are compared as sets of codes.
 */
public final class Scorer {

  private static final Pattern CHUNK_NUMBER = Pattern.compile("::(\\d+)$");
  private static final List<Metric> FIELDS = List.of(Metric.METHOD_PATH, Metric.PARAMETERS, Metric.RESPONSES);

  public Score score(Api api, AnswerKey key) {
    List<KeyEntry> entries = key.entries();
    List<Operation> operations = api.operations();
    int[] pairing = pair(entries, operations);

    Map<Metric, Tally> tallies = new EnumMap<>(Metric.class);
    List<Match> matches = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    boolean[] paired = new boolean[operations.size()];
    for (int i = 0; i < entries.size(); i++) {
      KeyEntry entry = entries.get(i);
      Operation operation = pairing[i] < 0 ? null : operations.get(pairing[i]);
      List<Mismatch> mismatches = new ArrayList<>();
      for (Metric metric : FIELDS) {
        Facts facts = Facts.of(metric, entry, operation);
        tallies.merge(metric, facts.tally(), Tally::plus);
        if (operation != null && !facts.agree()) {
          mismatches.add(facts.mismatch(metric));
        }
      }
      if (operation == null) {
        tallies.merge(Metric.OPERATIONS, new Tally(0, 1, 0), Tally::plus);
      } else {
        paired[pairing[i]] = true;
        tallies.merge(Metric.OPERATIONS, new Tally(1, 0, 0), Tally::plus);
        matches.add(new Match(entry, operation, mismatches));
      }
    }
    List<Operation> unexpected = new ArrayList<>();
    for (int j = 0; j < operations.size(); j++) {
      if (!paired[j]) {
        unexpected.add(operations.get(j));
        tallies.merge(Metric.OPERATIONS, new Tally(0, 0, 1), Tally::plus);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (pairing[i] < 0) {
        KeyEntry entry = entries.get(i);
        misses.add(new Miss(entry, unexpected.stream().filter(o -> resembles(entry, o)).findFirst().orElse(null)));
      }
    }
    return new Score(key, tallies, matches, misses, unexpected);
  }

  /**
   * Pairs entries with operations: a maximum matching over the candidate pairs, each entry trying its candidates
   * from the most to the least agreeing. Returns, per entry, the index of its operation or -1.
   */
  private static int[] pair(List<KeyEntry> entries, List<Operation> operations) {
    List<List<Integer>> preferences = new ArrayList<>();
    for (KeyEntry entry : entries) {
      List<Integer> candidates = new ArrayList<>();
      for (int j = 0; j < operations.size(); j++) {
        if (isCandidate(entry, operations.get(j))) {
          candidates.add(j);
        }
      }
      candidates.sort(Comparator.comparingInt((Integer j) -> -agreement(entry, operations.get(j))));
      preferences.add(candidates);
    }
    int[] owner = new int[operations.size()];
    Arrays.fill(owner, -1);
    for (int i = 0; i < entries.size(); i++) {
      seat(i, preferences, owner, new boolean[operations.size()]);
    }
    int[] pairing = new int[entries.size()];
    Arrays.fill(pairing, -1);
    for (int j = 0; j < owner.length; j++) {
      if (owner[j] >= 0) {
        pairing[owner[j]] = j;
      }
    }
    return pairing;
  }

  /**
   * Finds an operation for the entry: its most agreeing free candidate, else one freed by moving an earlier entry to
   * another candidate. Trying free candidates first keeps earlier entries on the operations they agree with most.
   */
  private static boolean seat(int entry, List<List<Integer>> preferences, int[] owner, boolean[] tried) {
    for (int operation : preferences.get(entry)) {
      if (owner[operation] < 0 && !tried[operation]) {
        tried[operation] = true;
        owner[operation] = entry;
        return true;
      }
    }
    for (int operation : preferences.get(entry)) {
      if (tried[operation]) {
        continue;
      }
      tried[operation] = true;
      if (owner[operation] < 0 || seat(owner[operation], preferences, owner, tried)) {
        owner[operation] = entry;
        return true;
      }
    }
    return false;
  }

  private static boolean isCandidate(KeyEntry entry, Operation operation) {
    boolean routeKnown = entry.method() != null || entry.path() != null;
    if (entry.matchedByRoute() && routeKnown) {
      return sameRoute(entry, operation);
    }
    if (entry.title() != null) {
      return Titles.normalise(entry.title()).equals(Titles.normalise(operation.title()));
    }
    if (!operation.title().isEmpty()) {
      return false;
    }
    boolean chunksKnown = !entry.chunks().isEmpty() && !chunks(operation).isEmpty();
    return (routeKnown || chunksKnown)
        && (!routeKnown || sameRoute(entry, operation))
        && (!chunksKnown || sharedChunks(entry, operation) > 0);
  }

  private static boolean sameRoute(KeyEntry entry, Operation operation) {
    return (entry.method() == null || entry.method().equalsIgnoreCase(operation.method()))
        && (entry.path() == null || entry.path().equals(operation.path()));
  }

  /** How much an operation agrees with an entry: the facts, chunks and title they share. */
  private static int agreement(KeyEntry entry, Operation operation) {
    int shared = sharedChunks(entry, operation);
    if (entry.title() != null && Titles.normalise(entry.title()).equals(Titles.normalise(operation.title()))) {
      shared++;
    }
    for (Metric metric : FIELDS) {
      shared += Facts.of(metric, entry, operation).tally().correct();
    }
    return shared;
  }

  private static int sharedChunks(KeyEntry entry, Operation operation) {
    Set<Integer> found = chunks(operation);
    return (int) entry.chunks().stream().filter(found::contains).count();
  }

  /** The chunk numbers an operation was read from: the numbers ending the chunk ids of its extent. */
  private static Set<Integer> chunks(Operation operation) {
    Set<Integer> numbers = new LinkedHashSet<>();
    Stream.concat(Stream.of(operation.source()), operation.extent().stream())
        .map(Provenance::chunkId)
        .filter(id -> id != null)
        .map(CHUNK_NUMBER::matcher)
        .filter(Matcher::find)
        .forEach(m -> numbers.add(Integer.parseInt(m.group(1))));
    return numbers;
  }

  /** Whether an operation looks like the entry: the same route or title, but for case and spelling details. */
  private static boolean resembles(KeyEntry entry, Operation operation) {
    boolean sameLoosePath = entry.path() != null && operation.path() != null
        && loosePath(entry.path()).equals(loosePath(operation.path()));
    boolean sameLooseTitle = entry.title() != null && !operation.title().isEmpty()
        && looseTitle(entry.title()).equals(looseTitle(operation.title()));
    return sameLoosePath || sameLooseTitle;
  }

  private static String loosePath(String path) {
    return path.toLowerCase(Locale.ROOT).replaceAll("\\{[^}]*}", "{}").replaceAll("\\s+", "")
        .replaceAll("/+", "/").replaceAll("/$", "");
  }

  private static String looseTitle(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * The facts of one metric on both sides, limited to what the key labels.
   *
   * @param key the key's facts, as reports show them
   * @param found the operation's facts; empty when no operation was found
   */
  private record Facts(Set<String> key, Set<String> found) {

    static Facts of(Metric metric, KeyEntry entry, Operation operation) {
      Set<String> key = new LinkedHashSet<>();
      Set<String> found = new LinkedHashSet<>();
      switch (metric) {
        case METHOD_PATH -> {
          if (entry.method() != null) {
            key.add("method " + entry.method());
            if (operation != null && operation.method() != null) {
              found.add("method " + operation.method().toUpperCase(Locale.ROOT));
            }
          }
          if (entry.path() != null) {
            key.add("path " + entry.path());
            if (operation != null && operation.path() != null) {
              found.add("path " + operation.path());
            }
          }
        }
        case PARAMETERS -> {
          if (entry.params() != null) {
            entry.params().forEach(p -> key.add(p.toString()));
            if (operation != null) {
              operation.parameters().stream()
                  .filter(p -> p.location() != ParameterLocation.HEADER)
                  .forEach((Parameter p) -> found.add(KeyParameter.describe(p.name(), p.required())));
            }
          }
        }
        case RESPONSES -> {
          if (entry.responses() != null) {
            entry.responses().forEach(code -> key.add(String.valueOf(code)));
            if (operation != null) {
              operation.responses().stream().map(Response::status).forEach(code -> found.add(String.valueOf(code)));
            }
          }
        }
        case OPERATIONS -> throw new IllegalArgumentException("operations are counted by pairing, not by facts");
      }
      return new Facts(key, found);
    }

    Tally tally() {
      return new Tally(
          (int) key.stream().filter(found::contains).count(),
          (int) key.stream().filter(f -> !found.contains(f)).count(),
          (int) found.stream().filter(f -> !key.contains(f)).count());
    }

    boolean agree() {
      return key.equals(found);
    }

    Mismatch mismatch(Metric metric) {
      return new Mismatch(metric,
          key.stream().filter(f -> !found.contains(f)).toList(),
          found.stream().filter(f -> !key.contains(f)).toList());
    }
  }
}
