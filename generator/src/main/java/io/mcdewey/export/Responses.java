package io.mcdewey.export;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code responses} of OpenAPI operations: one per status, its reasons joined into one description. Response
 * payloads go with every success status and failure payloads with every error status, since a guide shows them
 * without saying which status they come with; so do their schemas: the schema the model names for a successful
 * answer, and the schema of the failure payloads' root element. A successful answer whose media type the guide states
 * apart from its request's, but prints no payload of, still gets that media type, with the answer's schema when the
 * model names one.
 */
final class Responses {
  private static final IntPredicate SUCCESS = status -> status >= 200 && status < 300;
  private static final IntPredicate FAILURE = status -> status >= 400;
  private static final Pattern ROOT_ELEMENT = Pattern.compile("^\\s*(?:<\\?[^>]*>\\s*)?<([A-Za-z_][\\w.-]*)");

  private Responses() {}

  /**
   * The {@code responses} object of the endpoint. When the guide documents none, a {@code default} response says
   * so: OpenAPI 3.1 makes {@code responses} optional, but validators in use still demand it.
   */
  static Map<String, Object> of(Endpoint endpoint, ComponentSchemas components) {
    Map<Integer, Set<String>> reasons = new LinkedHashMap<>();
    for (Operation action : endpoint.actions()) {
      for (Response response : action.responses()) {
        reasons.computeIfAbsent(response.status(), s -> new LinkedHashSet<>()).add(response.summary());
      }
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    reasons.forEach((status, summaries) -> {
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("description", description(status, summaries));
      Map<String, Object> content = content(endpoint, status, components);
      if (!content.isEmpty()) {
        response.put("content", content);
      }
      responses.put(String.valueOf(status), response);
    });
    if (responses.isEmpty()) {
      responses.put("default", Map.of("description", "The guide documents no response."));
    }
    return responses;
  }

  /** The response payloads no documented status can take, kept so that nothing the guide shows is lost. */
  static List<Example> unattached(Endpoint endpoint) {
    List<Integer> statuses = endpoint.actions().stream()
        .flatMap(a -> a.responses().stream())
        .map(Response::status)
        .toList();
    List<Example> unattached = new ArrayList<>();
    for (Operation action : endpoint.actions()) {
      for (Example example : action.examples()) {
        IntPredicate home = statusesFor(example.kind());
        if (home != null && statuses.stream().noneMatch(home::test)) {
          unattached.add(example);
        }
      }
    }
    return unattached;
  }

  private static String description(int status, Set<String> summaries) {
    List<String> texts = summaries.stream().filter(s -> !s.isEmpty()).toList();
    if (texts.isEmpty()) {
      return "Status " + status + ".";
    }
    if (texts.size() == 1) {
      return texts.get(0);
    }
    return texts.stream().map(text -> "- " + text).collect(Collectors.joining("\n"));
  }

  private static Map<String, Object> content(Endpoint endpoint, int status, ComponentSchemas components) {
    Map<String, Map<String, Object>> examplesByMediaType = new LinkedHashMap<>();
    Map<String, Map<String, Object>> schemaByMediaType = new LinkedHashMap<>();
    for (Operation action : endpoint.actions()) {
      for (Example example : action.examples()) {
        IntPredicate home = statusesFor(example.kind());
        if (home != null && home.test(status)) {
          String mediaType = mediaType(action, example);
          Examples.add(action, List.of(example),
              examplesByMediaType.computeIfAbsent(mediaType, m -> new LinkedHashMap<>()));
          schema(action, example, components).ifPresent(schema -> schemaByMediaType.putIfAbsent(mediaType, schema));
        }
      }
      String stated = action.responseMediaType();
      if (SUCCESS.test(status) && answersWithoutPayload(action, status)) {
        examplesByMediaType.computeIfAbsent(stated, m -> new LinkedHashMap<>());
        if (action.responseSchema() != null) {
          components.ref(action.responseSchema()).ifPresent(schema -> schemaByMediaType.putIfAbsent(stated, schema));
        }
      }
    }
    Map<String, Object> content = new LinkedHashMap<>();
    examplesByMediaType.forEach((mediaType, examples) -> {
      Map<String, Object> media = new LinkedHashMap<>();
      if (schemaByMediaType.containsKey(mediaType)) {
        media.put("schema", schemaByMediaType.get(mediaType));
      }
      if (!examples.isEmpty()) {
        media.put("examples", examples);
      }
      content.put(mediaType, media);
    });
    return content;
  }

  /**
   * The media type of a payload: as it declares, else, for an answer, as the guide states the operation's answers,
   * else as it looks.
   */
  private static String mediaType(Operation action, Example example) {
    boolean stated = example.kind() == Example.Kind.RESPONSE && example.mediaType().isBlank()
        && !action.responseMediaType().isEmpty();
    return stated ? action.responseMediaType() : MediaTypes.of(example);
  }

  /**
   * Whether the guide's statement of the operation's answer type tells of an answer body at this status although it
   * prints none. Guides state one format for an operation's input and output, so a type the request body has too
   * tells nothing of the answer; a different one does (a form sent, JSON answered), as does one of an operation
   * that sends no body. A {@code 204 No Content} has no body, and a {@code 202 Accepted} answers before any result
   * exists.
   */
  private static boolean answersWithoutPayload(Operation action, int status) {
    String stated = action.responseMediaType();
    boolean ownType = action.requestBody() == null
        || !io.mcdewey.model.MediaTypes.named(action.requestBody().mediaType()).equals(stated);
    return !stated.isEmpty() && ownType && status != 202 && status != 204;
  }

  /** The schema of a payload: the model's for a successful answer, else the one of its XML root element. */
  private static Optional<Map<String, Object>> schema(Operation action, Example example,
      ComponentSchemas components) {
    if (example.kind() == Example.Kind.RESPONSE && action.responseSchema() != null) {
      return components.ref(action.responseSchema());
    }
    Matcher root = ROOT_ELEMENT.matcher(example.content());
    return root.find() ? components.refToElement(root.group(1)) : Optional.empty();
  }

  /** The statuses a payload of that kind goes with, or {@code null} for request payloads. */
  private static IntPredicate statusesFor(Example.Kind kind) {
    return switch (kind) {
      case RESPONSE -> SUCCESS;
      case FAILURE_RESPONSE -> FAILURE;
      case REQUEST -> null;
    };
  }
}
