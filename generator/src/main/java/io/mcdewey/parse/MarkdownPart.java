package io.mcdewey.parse;

import io.mcdewey.model.Example;
import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;

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
  final List<String> notes = new ArrayList<>();
  /** The sentence deprecating the stretch, or {@code null}. */
  String deprecation;
  /** Whether the guide's text ends inside this stretch, cut short. */
  boolean cutShort;
  /** Whether the guide's text ends right after this stretch's request line, possibly inside it. */
  boolean endsAtRequest;

  /** Adds a parameter, or completes the one of the same name and location already documented. */
  void addParameter(MarkdownParameter parameter) {
    for (int i = 0; i < parameters.size(); i++) {
      MarkdownParameter known = parameters.get(i);
      if (known.name().equals(parameter.name()) && known.location() == parameter.location()) {
        parameters.set(i, known.completedBy(parameter));
        return;
      }
    }
    parameters.add(parameter);
  }

  void addResponse(Response response) {
    if (!responses.contains(response)) {
      responses.add(response);
    }
  }
}
