package io.mcdewey.parse;

import io.mcdewey.model.Example;
import io.mcdewey.model.MediaTypes;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.List;

/**
 * The media type of each operation's answer, for every layout, where its reader found no statement of its own: an
 * {@code Accept} header the guide documents, else the answer examples, as each declares its type or as its content
 * looks. A layout's statement (a format field) wins over both, as the guide says it outright.
 */
final class ResponseMediaTypes {
  private ResponseMediaTypes() {}

  static List<Operation> of(List<Operation> operations) {
    return operations.stream().map(ResponseMediaTypes::of).toList();
  }

  static Operation of(Operation operation) {
    if (!operation.responseMediaType().isEmpty()) {
      return operation;
    }
    String mediaType = accepted(operation);
    if (mediaType.isEmpty()) {
      mediaType = shown(operation);
    }
    return mediaType.isEmpty() ? operation : operation.toBuilder().responseMediaType(mediaType).build();
  }

  /** The media type an {@code Accept} header parameter allows or describes first. */
  private static String accepted(Operation operation) {
    for (Parameter parameter : operation.parameters()) {
      if (parameter.location() == ParameterLocation.HEADER && parameter.name().equalsIgnoreCase("Accept")) {
        String named = MediaTypes.named(String.join(" ", parameter.allowedValues()) + " " + parameter.description());
        if (!named.isEmpty()) {
          return named;
        }
      }
    }
    return "";
  }

  /** The media type of the first answer example that declares one or looks like one. */
  private static String shown(Operation operation) {
    for (Example example : operation.examples()) {
      if (example.kind() == Example.Kind.RESPONSE) {
        String declared = MediaTypes.named(example.mediaType());
        String type = declared.isEmpty() ? MediaTypes.sniffed(example.content()) : declared;
        if (!type.isEmpty()) {
          return type;
        }
      }
    }
    return "";
  }
}
