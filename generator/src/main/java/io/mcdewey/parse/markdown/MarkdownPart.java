package io.mcdewey.parse.markdown;

import io.mcdewey.model.Example;
import io.mcdewey.model.Response;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one stretch of a section documents, collected while it is read: either the stretch before the section's first
 * request line, which all its requests share, or a group of request lines with what follows them up to the next group.
 */
final class MarkdownPart {
  final List<MarkdownRequest> requests = new ArrayList<>();
  final List<MarkdownParameter> parameters = new ArrayList<>();
  final List<Response> responses = new ArrayList<>();
  final List<Example> examples = new ArrayList<>();
  final List<String> prose = new ArrayList<>();
  /** The lines of prose no field claimed, with their literals and paragraphs. */
  final List<MarkdownElement.TextLine> proseLines = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  /** The text of every code block read in this stretch, its lines joined by spaces. */
  final List<String> codes = new ArrayList<>();
  /** The sentence deprecating the stretch, or {@code null}. */
  String deprecation;
  /** Whether the stretch's requests are those of its examples, printing no request line of their own. */
  boolean requestsFromExamples;
  /** Whether the stretch is a row of a table of endpoints, which gives it at most a status of its own. */
  boolean tableRow;
  /** Whether the guide's text ends inside this stretch, cut short. */
  boolean cutShort;
  /** Whether the guide's text ends right after this stretch's request line, possibly inside it. */
  boolean endsAtRequest;
  /** Whether the stretch says under a label of parameters that it takes none ({@code Parameters: none}). */
  boolean statesNoParameters;

  /** Every parameter added, as it was read, in reading order, completing one or not. */
  final List<MarkdownParameter> read = new ArrayList<>();

  /** Adds a parameter, or completes the one of the same name and location already documented. */
  void addParameter(MarkdownParameter parameter) {
    read.add(parameter);
    for (int i = 0; i < parameters.size(); i++) {
      MarkdownParameter known = parameters.get(i);
      if (known.sameAs(parameter)) {
        parameters.set(i, known.completedBy(parameter));
        return;
      }
    }
    parameters.add(parameter);
  }

  /** Marks the parameters of these names required, where their own account leaves it unsaid. */
  void markRequired(List<String> names) {
    parameters.replaceAll(parameter -> parameter.required() == null && names.contains(parameter.name())
        ? parameter.withRequired(true) : parameter);
  }

  /** Says of the parameter read last whether it is required, where its own account leaves it unsaid. */
  void markLast(boolean required) {
    int last = parameters.size() - 1;
    if (last >= 0 && parameters.get(last).required() == null) {
      parameters.set(last, parameters.get(last).withRequired(required));
    }
  }

  /** Whether the part's last request may send a body: it has one, whose method is neither GET nor HEAD. */
  boolean takesBody() {
    String method = requests.isEmpty() ? "GET" : requests.get(requests.size() - 1).method();
    return !"GET".equals(method) && !"HEAD".equals(method);
  }

  /**
   * Completes the parameter of the same name, wherever it travels, with what another account says of it, or adds it
   * when there is none: prose names parameters without saying where they travel.
   */
  void addOrComplete(MarkdownParameter parameter) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(parameter.name())) {
        parameters.set(i, parameters.get(i).completedBy(parameter));
        return;
      }
    }
    parameters.add(parameter);
  }

  /** The paragraphs of {@link #proseLines}, each line joined to the others of its paragraph, in order. */
  List<ProseParameters.Paragraph> proseParagraphs() {
    Map<Integer, List<MarkdownElement.TextLine>> byParagraph = new LinkedHashMap<>();
    for (MarkdownElement.TextLine line : proseLines) {
      byParagraph.computeIfAbsent(line.paragraph(), p -> new ArrayList<>()).add(line);
    }
    List<ProseParameters.Paragraph> paragraphs = new ArrayList<>();
    for (List<MarkdownElement.TextLine> lines : byParagraph.values()) {
      StringBuilder text = new StringBuilder();
      List<MarkdownElement.TextLine.Literal> literals = new ArrayList<>();
      for (MarkdownElement.TextLine line : lines) {
        if (text.length() > 0) {
          text.append(' ');
        }
        int offset = text.length();
        line.literals().forEach(l -> literals.add(new MarkdownElement.TextLine.Literal(offset + l.start(), l.text())));
        text.append(line.text());
      }
      paragraphs.add(new ProseParameters.Paragraph(text.toString(), literals));
    }
    return paragraphs;
  }

  void addResponse(Response response) {
    if (!responses.contains(response)) {
      responses.add(response);
    }
  }
}
