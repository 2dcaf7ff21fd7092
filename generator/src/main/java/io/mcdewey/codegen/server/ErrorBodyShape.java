package io.mcdewey.codegen.server;

import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.PropertySymbol;
import io.mcdewey.codegen.SdkSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of the guide's error bodies, for a server to answer in the same format: the elements down to the one
 * holding the fields, and the fields naming the kind of error, the message and the value at fault. Read from the DTO
 * of the guide's failure examples ({@code <ApiErrors><ApiError><ErrorType>...}); a guide showing none gets a plain
 * {@code <errors><error><type/><message/><data/></error></errors>}.
 *
 * @param path the element names from the root down to the element holding the fields
 * @param typeElement the field naming the kind of error
 * @param messageElement the field carrying the message
 * @param dataElement the field carrying the value at fault, or empty when the body has none
 */
record ErrorBodyShape(List<String> path, String typeElement, String messageElement, String dataElement) {

  static final ErrorBodyShape PLAIN = new ErrorBodyShape(List.of("errors", "error"), "type", "message", "data");

  ErrorBodyShape {
    path = List.copyOf(path);
  }

  /** The shape of {@code symbols}' error bodies. */
  static ErrorBodyShape of(SdkSymbols symbols) {
    return symbols.errorBody().flatMap(body -> of(body, symbols)).orElse(PLAIN);
  }

  private static Optional<ErrorBodyShape> of(DtoSymbol body, SdkSymbols symbols) {
    List<String> path = new ArrayList<>(List.of(body.xmlName()));
    DtoSymbol holder = body;
    Optional<PropertySymbol> item = body.properties().stream()
        .filter(p -> p.repeated() && p.kind() == PropertySymbol.Kind.OBJECT)
        .findFirst();
    if (item.isPresent()) {
      Optional<DtoSymbol> itemType = symbols.dtos().stream()
          .filter(d -> d.className().equals(item.get().valueType()))
          .findFirst();
      if (itemType.isEmpty()) {
        return Optional.empty();
      }
      if (item.get().wrapperXmlName() != null) {
        path.add(item.get().wrapperXmlName());
      }
      path.add(item.get().xmlName());
      holder = itemType.get();
    }
    List<String> fields = new ArrayList<>(holder.properties().stream()
        .filter(p -> !p.repeated() && p.kind() == PropertySymbol.Kind.STRING)
        .map(PropertySymbol::xmlName)
        .toList());
    if (fields.size() < 2) {
      return Optional.empty();
    }
    String type = take(fields, "type", "code");
    String message = take(fields, "message", "description", "text", "reason");
    if (type == null) {
      type = fields.remove(0);
    }
    if (message == null) {
      message = fields.remove(0);
    }
    String data = take(fields, "data", "detail", "value");
    return Optional.of(new ErrorBodyShape(path, type, message, data == null ? "" : data));
  }

  /** Removes and returns the first field whose name holds one of {@code words}, or {@code null}. */
  private static String take(List<String> fields, String... words) {
    for (String field : fields) {
      String lower = field.toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (lower.contains(word)) {
          fields.remove(field);
          return field;
        }
      }
    }
    return null;
  }

  /** The opening tags down to the element holding the fields. */
  String open() {
    StringBuilder tags = new StringBuilder();
    path.forEach(name -> tags.append('<').append(name).append('>'));
    return tags.toString();
  }

  /** The matching closing tags. */
  String close() {
    StringBuilder tags = new StringBuilder();
    for (int i = path.size() - 1; i >= 0; i--) {
      tags.append("</").append(path.get(i)).append('>');
    }
    return tags.toString();
  }
}
