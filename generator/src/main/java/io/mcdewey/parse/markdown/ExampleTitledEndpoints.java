package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Headings worded as an example's label that title an endpoint of their own: an API whose resource is called
 * {@code example} heads its actions {@code ### Get All Examples}, {@code ### Create Example}. Such a heading prints a
 * request of another endpoint (another method, or a path that neither is nor fills the other's) than a heading of
 * endpoint beside it: the one before it at its level or deeper, whose section printed a request, or the one after it
 * at its level, where the heading names something besides the example ({@code Get All}). An example of an endpoint,
 * under its heading or beside it, calls the same method on the same path; an example's label over the request of an
 * endpoint that prints none of its own ({@code ## Create user} over {@code ### Example request}) stays a label. What
 * the heading covers must document an endpoint's parts (a label of parameters or statuses, a table, a typed item):
 * a heading over a call alone, whatever it calls, is an example's.
 */
final class ExampleTitledEndpoints {
  /** The labels of an endpoint's parts, which an example's heading does not cover. */
  private static final Set<Field> PARTS = Set.of(Field.REQUEST_PARAMETERS, Field.PATH_PARAMETERS,
      Field.QUERY_PARAMETERS, Field.HEADERS, Field.RESPONSES, Field.OBJECT_FIELDS);

  private ExampleTitledEndpoints() {}

  /** The example-worded headings of the elements that head endpoints of their own. */
  static Set<MarkdownElement> of(List<MarkdownElement> elements, MarkdownLabels labels) {
    Set<MarkdownElement> endpoints = Collections.newSetFromMap(new IdentityHashMap<>());
    // Told first, as most guides hold no heading worded so: the requests of the others are read only then.
    if (elements.stream().noneMatch(element -> element instanceof MarkdownElement.Heading heading
        && labels.match(heading.text()).map(MarkdownLabels.Match::field).filter(MarkdownLabels::isExample)
            .isPresent())) {
      return endpoints;
    }
    MarkdownElement.Heading before = null;
    MarkdownRequest beforeRequest = null;
    for (int at = 0; at < elements.size(); at++) {
      if (!(elements.get(at) instanceof MarkdownElement.Heading heading)) {
        if (before != null && beforeRequest == null) {
          beforeRequest = request(elements.get(at)).orElse(null);
        }
        continue;
      }
      Optional<MarkdownLabels.Match> label = labels.match(heading.text());
      if (label.isEmpty()) {
        before = heading;
        beforeRequest = null;
        continue;
      }
      Optional<MarkdownRequest> printed = MarkdownLabels.isExample(label.get().field())
          ? firstRequestUnder(elements, at) : Optional.empty();
      if (printed.isEmpty()) {
        continue;
      }
      boolean another = beforeRequest == null || !sameEndpoint(printed.get(), beforeRequest);
      boolean besidePrevious = beforeRequest != null && heading.level() <= before.level();
      boolean besideNext = !label.get().caption().isEmpty() && besideNext(elements, at, printed.get(), labels);
      if (another && (besidePrevious || besideNext) && documentsParts(elements, at, labels)) {
        endpoints.add(heading);
        before = heading;
        beforeRequest = printed.get();
      }
    }
    return endpoints;
  }

  /**
   * Whether what the heading covers, up to the next heading, documents an endpoint's parts as its section would: a
   * label of parameters or statuses, a table, or an item of a parameter's type or mark ({@code - `title` (string,
   * required) - ...}); an example's heading covers the example alone.
   */
  private static boolean documentsParts(List<MarkdownElement> elements, int heading, MarkdownLabels labels) {
    for (int at = heading + 1; at < elements.size() && !(elements.get(at) instanceof MarkdownElement.Heading); at++) {
      if (elements.get(at) instanceof MarkdownElement.Table) {
        return true;
      }
      if (elements.get(at) instanceof MarkdownElement.TextLine line && (labels.match(line.text())
          .map(MarkdownLabels.Match::field).filter(PARTS::contains).isPresent()
          || line.listItem() && MarkdownParameterText.qualifiedItem(line.text()).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the next heading that is no label stands at the heading's level and prints a request of another endpoint.
   */
  private static boolean besideNext(List<MarkdownElement> elements, int heading, MarkdownRequest printed,
      MarkdownLabels labels) {
    int level = ((MarkdownElement.Heading) elements.get(heading)).level();
    for (int at = heading + 1; at < elements.size(); at++) {
      if (elements.get(at) instanceof MarkdownElement.Heading next && labels.match(next.text()).isEmpty()) {
        if (next.level() != level) {
          return false;
        }
        for (int under = at + 1; under < elements.size(); under++) {
          if (elements.get(under) instanceof MarkdownElement.Heading further
              && labels.match(further.text()).isEmpty()) {
            return false;
          }
          Optional<MarkdownRequest> request = request(elements.get(under));
          if (request.isPresent()) {
            return !sameEndpoint(printed, request.get());
          }
        }
        return false;
      }
    }
    return false;
  }

  private static Optional<MarkdownRequest> firstRequestUnder(List<MarkdownElement> elements, int heading) {
    for (int at = heading + 1; at < elements.size() && !(elements.get(at) instanceof MarkdownElement.Heading); at++) {
      Optional<MarkdownRequest> request = request(elements.get(at));
      if (request.isPresent()) {
        return request;
      }
    }
    return Optional.empty();
  }

  /** The request a line prints, or a block of code opens with ({@code POST /api/examples} in an {@code http} block). */
  private static Optional<MarkdownRequest> request(MarkdownElement element) {
    List<MarkdownRequest> requests = element instanceof MarkdownElement.TextLine line
        ? MarkdownRequestLines.ofTextLine(line.text(), line.line())
        : element instanceof MarkdownElement.Code code
            ? MarkdownSection.openingRequests(code)
            : List.of();
    return requests.stream().findFirst();
  }

  /** Whether two requests call one endpoint: one method, and one path, or one filling the other's variables. */
  static boolean sameEndpoint(MarkdownRequest shown, MarkdownRequest documented) {
    if (!Objects.equals(shown.method(), documented.method())) {
      return false;
    }
    UriTemplate shownUri = UriTemplate.parse(shown.uri());
    UriTemplate documentedUri = UriTemplate.parse(documented.uri());
    if (shownUri == null || documentedUri == null) {
      return true;
    }
    String shownPath = MarkdownOperations.VARIABLE.matcher(shownUri.path()).replaceAll("{}");
    String documentedPath = MarkdownOperations.VARIABLE.matcher(documentedUri.path()).replaceAll("{}");
    // A call printed on a host may print a base path before the endpoint's.
    return shownPath.endsWith(documentedPath) || documentedPath.endsWith(shownPath)
        || ExampleRequests.fillsVariables(documented.uri(), shown.uri())
        || ExampleRequests.fillsVariables(shown.uri(), documented.uri());
  }
}
