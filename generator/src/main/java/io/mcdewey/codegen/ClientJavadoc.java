package io.mcdewey.codegen;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc of the generated client, made from the guide's text. Guide text is escaped so that it can neither end the
 * comment ({@code *}{@code /}), start a tag ({@code @}, <code>&#123;@</code>), inject HTML, nor form a unicode escape
 * that javac would decode before parsing; long paragraphs are wrapped so that the sources stay readable.
 */
final class ClientJavadoc {
  private static final int WIDTH = 100;

  private ClientJavadoc() {}

  /** Guide text made safe for a Javadoc comment, on one line. */
  static String text(String guideText) {
    StringBuilder escaped = new StringBuilder();
    String collapsed = guideText.strip().replaceAll("\\s+", " ");
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '/' -> escaped.append(i > 0 && collapsed.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Guide text as a paragraph: escaped, ending with a full stop, wrapped, with a trailing line break. */
  static String paragraph(String guideText) {
    String text = text(guideText);
    if (!text.isEmpty() && ".!?:".indexOf(text.charAt(text.length() - 1)) < 0) {
      text += ".";
    }
    return wrap(text);
  }

  /** Already escaped text broken into lines of at most {@value #WIDTH} characters where it has spaces. */
  static String wrap(String text) {
    return wrap(text, "");
  }

  /** A block tag ({@code @param name}) with its text, continuation lines indented. */
  static String tag(String head, String text) {
    return wrap(head + " " + text, "    ");
  }

  private static String wrap(String text, String indent) {
    StringBuilder lines = new StringBuilder();
    int column = 0;
    boolean lineStarted = false;
    for (String word : text.split(" ")) {
      if (lineStarted && column + 1 + word.length() > WIDTH) {
        lines.append('\n').append(indent);
        column = indent.length();
      } else if (lineStarted) {
        lines.append(' ');
        column++;
      }
      lines.append(word);
      column += word.length();
      lineStarted = true;
    }
    return lines.append('\n').toString();
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
    paragraphs.add(wrap("Source: " + text(operation.source().describe()) + "."));
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
    return line.append('.').toString();
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
