package io.mcdewey.diff;

import io.mcdewey.model.Operation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs the operations of two releases. First by request (method, normalised path, fixed body fields) and title
 * together; then, among the rest, by title, group, fixed body fields and page together, found once on each side (the
 * method or path changed, and nothing else that identifies the operation, titled or not); then by a title found once
 * on each side (the operation moved to another request), then by a request found once on each side (the operation
 * was renamed). What is left was removed or added.
 */
final class OperationPairs {
  private OperationPairs() {}

  /**
   * An operation in both releases, or in one of them.
   *
   * @param before the operation in the old release, or {@code null} when it was added
   * @param after the operation in the new release, or {@code null} when it was removed
   */
  record Pair(Operation before, Operation after) {}

  /** The pairs: every old operation in guide order, each with its new counterpart or none; then the added ones. */
  static List<Pair> of(List<Operation> before, List<Operation> after) {
    Map<Operation, Operation> partners = new IdentityHashMap<>();
    List<Operation> oldLeft = new ArrayList<>(before);
    List<Operation> newLeft = new ArrayList<>(after);
    pair(oldLeft, newLeft, o -> Normalized.request(o) + " " + Normalized.title(o.title()), false, partners);
    pair(oldLeft, newLeft, OperationPairs::place, true, partners);
    pair(oldLeft, newLeft, o -> o.title().isBlank() ? null : Normalized.title(o.title()), true, partners);
    pair(oldLeft, newLeft, Normalized::request, true, partners);

    List<Pair> pairs = new ArrayList<>();
    before.forEach(o -> pairs.add(new Pair(o, partners.get(o))));
    newLeft.forEach(o -> pairs.add(new Pair(null, o)));
    return pairs;
  }

  /**
   * Where and what the operation is, its request aside: title, group, fixed body fields and page; {@code null} for an
   * untitled operation of a guide without pages, which nothing but its request tells apart.
   */
  private static String place(Operation operation) {
    Integer page = operation.source().page();
    if (operation.title().isBlank() && page == null) {
      return null;
    }
    String fixed = operation.impliedValues().stream().map(v -> v.name() + "=" + v.value()).sorted()
        .collect(Collectors.joining(" "));
    return String.join("|", Normalized.title(operation.title()), operation.group(), fixed, String.valueOf(page));
  }

  /**
   * Pairs the operations left on both sides that share a key, in guide order; with {@code onlyUnique}, only keys
   * that one operation on each side has. Paired operations leave the lists.
   */
  private static void pair(List<Operation> oldLeft, List<Operation> newLeft, Function<Operation, String> key,
      boolean onlyUnique, Map<Operation, Operation> partners) {
    Map<String, List<Operation>> oldByKey = byKey(oldLeft, key);
    Map<String, List<Operation>> newByKey = byKey(newLeft, key);
    oldByKey.forEach((value, olds) -> {
      List<Operation> news = newByKey.getOrDefault(value, List.of());
      if (onlyUnique && (olds.size() != 1 || news.size() != 1)) {
        return;
      }
      for (int i = 0; i < Math.min(olds.size(), news.size()); i++) {
        partners.put(olds.get(i), news.get(i));
        oldLeft.remove(olds.get(i));
        newLeft.remove(news.get(i));
      }
    });
  }

  private static Map<String, List<Operation>> byKey(List<Operation> operations, Function<Operation, String> key) {
    Map<String, List<Operation>> byKey = new LinkedHashMap<>();
    for (Operation operation : operations) {
      String value = key.apply(operation);
      if (value != null) {
        byKey.computeIfAbsent(value, k -> new ArrayList<>()).add(operation);
      }
    }
    return byKey;
  }
}
