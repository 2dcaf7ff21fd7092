package io.mcdewey.server;

import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.GuideId;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Completion values for the arguments the library's prompts and resource templates share: products, releases,
 * documents, endpoint ids and chunk ids. Values starting with what was typed come first, then values containing it;
 * a product or release already chosen narrows the others.
 */
final class LibraryCompletions {
  private final Library library;

  LibraryCompletions(Library library) {
    this.library = library;
  }

  List<String> values(String argument, String typed, Map<String, String> context) {
    Predicate<GuideId> chosen = id -> matches(context.get("product"), id.product())
        && matches(context.get("version"), id.version());
    Set<String> values = new LinkedHashSet<>();
    for (LibraryGuide guide : library.guides()) {
      GuideId id = guide.id();
      switch (argument) {
        case "product" -> values.add(id.product());
        case "version", "from_version", "to_version" -> {
          if (matches(context.get("product"), id.product())) {
            values.add(id.version());
          }
        }
        case "document" -> {
          if (chosen.test(id)) {
            values.add(id.document());
          }
        }
        case "endpoint_id" -> {
          if (chosen.test(id)) {
            guide.endpoints().stream().map(Endpoint::id).forEach(values::add);
          }
        }
        case "chunk_id" -> {
          if (chosen.test(id)) {
            guide.chunks().stream().map(Chunk::id).forEach(values::add);
          }
        }
        default -> {
          return List.of();
        }
      }
    }
    return ranked(values, typed);
  }

  private static boolean matches(String chosen, String value) {
    return chosen == null || chosen.isBlank() || chosen.equals(value);
  }

  private static List<String> ranked(Set<String> values, String typed) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    List<String> starting = new ArrayList<>();
    List<String> containing = new ArrayList<>();
    for (String value : values) {
      String lower = value.toLowerCase(Locale.ROOT);
      if (lower.startsWith(wanted)) {
        starting.add(value);
      } else if (lower.contains(wanted)) {
        containing.add(value);
      }
    }
    starting.addAll(containing);
    return starting;
  }
}
