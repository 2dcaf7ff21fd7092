package io.mcdewey.codegen.client;

import io.mcdewey.codegen.DtoDocs;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc of the generated client, made from the guide's text with {@link DtoDocs}: escaped, and wrapped so that the
 * sources stay readable.
 */
final class ClientJavadoc {
  private ClientJavadoc() {}

  /** Guide text made safe for a Javadoc comment, on one line. */
  static String text(String guideText) {
    return DtoDocs.escape(oneLine(guideText));
  }

  /** Guide text as a paragraph: escaped, ending with a full stop, wrapped, with a trailing line break. */
  static String paragraph(String guideText) {
    return wrap(DtoDocs.sentence(oneLine(guideText)));
  }

  /** Already escaped text wrapped, with a trailing line break. */
  static String wrap(String text) {
    return DtoDocs.wrap(text, "") + "\n";
  }

  /** A block tag ({@code @param name}) with its text, continuation lines indented. */
  static String tag(String head, String text) {
    return DtoDocs.wrap(head + " " + text, "    ") + "\n";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The guide's documentation of an operation: description, notes, security constraints, the request line and
   * the values the method fills in, the documented responses, and where the guide documents it.
   */
  static String operation(OperationSymbol symbol) {
    Operation operation = symbol.operation();
    List<String> paragraphs = new ArrayList<>();
    if (!operation.description().isBlank()) {
      paragraphs.add(paragraph(operation.description()));
    }
    for (String note : operation.notes()) {
      paragraphs.add(paragraph("Note: " + note));
    }
    if (!operation.securityConstraints().isBlank()) {
      paragraphs.add(paragraph("Security: " + operation.securityConstraints()));
    }
    paragraphs.add(wrap(requestLine(symbol)));
    if (!operation.responses().isEmpty()) {
      StringBuilder list = new StringBuilder("Documented responses:\n<ul>\n");
      for (Response response : operation.responses()) {
        list.append("  <li>").append(text(response.status() + (response.summary().isBlank() ? ""
            : ": " + response.summary()))).append('\n');
      }
      paragraphs.add(list.append("</ul>\n").toString());
    }
    paragraphs.add(wrap(DtoDocs.source(operation.source())));
    return String.join("\n<p>", paragraphs);
  }

  /** {@code Sends <code>PUT /api/Call/{callId}</code> with <code>requestedAction</code> set to ...}. */
  private static String requestLine(OperationSymbol symbol) {
    StringBuilder line = new StringBuilder("Sends <code>")
        .append(text(symbol.operation().method() + " " + symbol.operation().path())).append("</code>");
    List<String> implied = new ArrayList<>();
    for (OperationSymbol.Implied value : symbol.implied()) {
      implied.add("<code>" + text(value.value().name()) + "</code> set to <code>" + text(value.value().value())
          + "</code>");
    }
    if (!implied.isEmpty()) {
      line.append(" with ").append(String.join(", ", implied));
    }
    line.append('.');
    String documented = ClientRequestBody.documentedMediaType(symbol);
    if (symbol.requestBody() != null && !documented.isEmpty()
        && !documented.equals(ClientRequestBody.contentType(symbol))) {
      line.append(" The guide gives the body as <code>").append(text(documented))
          .append("</code>; this client sends it as XML, the format its records write.");
    }
    return line.toString();
  }

  /** The Javadoc of a parameter: the guide's description, or what kind of parameter it is. */
  static String parameter(ParameterSymbol symbol) {
    String description = symbol.parameter().description();
    if (!description.isBlank()) {
      return text(description);
    }
    return "the <code>" + text(symbol.parameter().name()) + "</code> " + symbol.parameter().location().wireName()
        + " parameter";
  }
}
