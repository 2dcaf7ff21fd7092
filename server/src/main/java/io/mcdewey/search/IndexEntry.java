package io.mcdewey.search;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the index keeps of a chunk or an endpoint: the words to match and the text to embed.
 *
 * @param kind chunk or endpoint
 * @param id the chunk id or endpoint id
 * @param guide the guide it belongs to
 * @param title words that name it, matched with more weight
 * @param text the words to match
 * @param meaning the text whose vector stands for it: what it is about, most telling words first, since the embedder
 *     reads only the beginning
 * @param prior how much to trust it as an answer, from 0 to 1, by which its score is multiplied: 1 for chunks and
 *     for endpoints the guide documents completely, less for fragments ({@link #prior(Operation)})
 */
record IndexEntry(EntryKind kind, String id, GuideId guide, String title, String text, String meaning,
    float prior) {
  /** The prior of an endpoint without a title of its own. */
  static final float UNTITLED = 0.8f;

  IndexEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(guide, "guide");
  }

  /** The entries of one guide: every chunk, then every endpoint. */
  static List<IndexEntry> of(LibraryGuide guide) {
    List<IndexEntry> entries = new ArrayList<>();
    for (Chunk chunk : guide.chunks()) {
      entries.add(of(guide, chunk));
    }
    for (Endpoint endpoint : guide.endpoints()) {
      entries.add(of(endpoint));
    }
    return entries;
  }

  /**
   * A chunk is also known by the titles of the operations read from it and by its heading; its vector stands for
   * those and the beginning of its text, as much as the embedder reads ({@link MiniLmEmbedder#MAX_TOKENS} word
   * pieces, some 500 characters).
   */
  private static IndexEntry of(LibraryGuide guide, Chunk chunk) {
    String titles = guide.endpointsIn(chunk).stream().map(Endpoint::label).collect(Collectors.joining(". "));
    String title = join(". ", chunk.heading(), titles);
    return new IndexEntry(EntryKind.CHUNK, chunk.id(), guide.id(), title, chunk.text(),
        join(". ", title, chunk.text()), 1f);
  }

  /**
   * An endpoint is known by its title and group, its method and path, its description, its parameters' names and
   * descriptions, its implied values, responses and notes. Its vector stands for a short text, the title, the
   * description and the request with its parameters' names: what it does, not how it fails.
   */
  private static IndexEntry of(Endpoint endpoint) {
    Operation operation = endpoint.operation();
    String request = join(" ", operation.method(), operation.path());
    String parameterNames = operation.parameters().stream().map(Parameter::name).collect(Collectors.joining(" "));
    List<String> words = new ArrayList<>();
    words.add(operation.group());
    words.add(request);
    words.add(operation.description());
    for (Parameter parameter : operation.parameters()) {
      words.add(parameter.name() + " " + parameter.description() + " " + String.join(" ", parameter.allowedValues()));
    }
    operation.impliedValues().forEach(v -> words.add(v.name() + " " + v.value()));
    for (Response response : operation.responses()) {
      words.add(response.status() + " " + response.reason());
    }
    words.addAll(operation.notes());
    String meaning = join(". ", endpoint.label(), operation.description(), request);
    return new IndexEntry(EntryKind.ENDPOINT, endpoint.id(), endpoint.guide().id(), endpoint.label(),
        join("\n", words.toArray(String[]::new)), meaning, prior(operation));
  }

  /**
   * Complete endpoints are the better answers. An untitled fragment, a piece of some section whose title is on a page
   * the guide lacks, ranks clearly lower; an endpoint part of whose section is missing only breaks ties with a
   * complete one, a little more for each of its method and path unknown. More would bury the right answer whenever a
   * guide lacks pages, as the Finesse guide lacks many and so has no complete endpoint.
   */
  static float prior(Operation operation) {
    float prior = operation.title().isEmpty() ? UNTITLED : 1f;
    if (!operation.complete()) {
      prior -= 0.01f;
      if (operation.method() == null) {
        prior -= 0.01f;
      }
      if (operation.path() == null) {
        prior -= 0.01f;
      }
    }
    return prior;
  }

  private static String join(String separator, String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part.strip());
      }
    }
    return String.join(separator, present);
  }
}
