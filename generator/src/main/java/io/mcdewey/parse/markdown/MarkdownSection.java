package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.UriTemplate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A heading and what it covers: the text up to the next heading of its level or above, without the deeper sections
 * that document requests of their own, but with those that do not ({@code #### Permissions} under an endpoint's
 * heading).
 *
 * <p>Headings that only label a part of a section ({@code #### Query Parameters}) belong to the section above
 * them, even where they follow a deeper heading of their own level: {@code ### Feeding History},
 * {@code #### Permissions}, {@code #### HTTP Request} documents one endpoint, titled Feeding History.
 *
 * @param title the heading's text without a bracket naming its request, empty for the text before the first heading
 * @param group the text of the enclosing heading, empty when there is none or it is the guide's own title
 * @param line the heading's 1-based line
 * @param requests the requests the heading names
 * @param elements what the section covers, in reading order
 */
record MarkdownSection(String title, String group, int line, List<MarkdownRequest> requests,
    List<MarkdownElement> elements) {
  private static final Pattern ABSOLUTE_URI = Pattern.compile("(?i)^https?://.*");

  MarkdownSection {
    requests = List.copyOf(requests);
    elements = List.copyOf(elements);
  }

  /**
   * Splits a guide's elements into sections. A label underlined rather than marked with {@code #}s is read as a line
   * of text: such headings are accidents of export.
   */
  static List<MarkdownSection> split(List<MarkdownElement> elements, MarkdownLabels labels) {
    List<MarkdownElement> read = new ArrayList<>();
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.Heading heading && heading.underlined() && isLabel(heading, labels)) {
        read.add(new MarkdownElement.TextLine(heading.text(), heading.line(), false));
      } else {
        read.add(element);
      }
    }
    return new Splitter(labels, read).sections();
  }

  /**
   * Whether a heading only labels a part of a section: a field label, a status captioned as one ({@code HTTP status
   * code 200}, as raml2html heads each answer of an endpoint at a level above the endpoint's), or an example's label
   * qualified ({@code Example Request with usage}).
   */
  private static boolean isLabel(MarkdownElement.Heading heading, MarkdownLabels labels) {
    return labels.match(heading.text()).filter(match -> !match.spaced()).isPresent()
        || MarkdownStatuses.captioned(heading.text()).isPresent() || labels.qualifiesExample(heading.text());
  }

  /** Walks the headings, keeping the sections that enclose the current one open. */
  private static final class Splitter {
    private final MarkdownLabels labels;
    private final List<MarkdownElement> elements;
    private final boolean singleTitle;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<MarkdownElement, Draft> owners = new IdentityHashMap<>();
    /**
     * The qualified example headings ({@code Example of a full checkout}) over a request line or a table of requests
     * of their own, before the next heading.
     */
    private final Set<MarkdownElement> printingRequests;

    Splitter(MarkdownLabels labels, List<MarkdownElement> elements) {
      this.labels = labels;
      this.elements = elements;
      this.printingRequests = headingsPrintingRequests(elements, labels);
      this.singleTitle = elements.stream()
          .filter(e -> e instanceof MarkdownElement.Heading h && h.level() == 1 && !isLabel(h)).count() == 1;
    }

    List<MarkdownSection> sections() {
      Deque<Draft> open = new ArrayDeque<>();
      Draft root = new Draft(null, elements.isEmpty() ? 0 : elements.get(0).line(), "");
      drafts.add(root);
      open.push(root);
      for (MarkdownElement element : elements) {
        if (element instanceof MarkdownElement.Heading heading && !isLabel(heading)) {
          while (open.peek() != root && open.peek().level() >= heading.level()) {
            open.pop();
          }
          Draft draft = new Draft(heading, heading.line(), enclosingTitle(open));
          drafts.add(draft);
          open.push(draft);
          continue;
        }
        if (element instanceof MarkdownElement.Heading heading) {
          returnToEnclosing(open, heading);
        }
        owners.put(element, open.peek());
        open.peek().elements.add(element);
      }
      return keep();
    }

    /**
     * A label heading no deeper than the section read belongs to the section enclosing it, unless the section read
     * has found its request already, or the enclosing one is only the guide's title and has none.
     */
    private void returnToEnclosing(Deque<Draft> open, MarkdownElement.Heading heading) {
      int level = heading.level();
      Draft current = open.peek();
      if (current.level() < level) {
        return;
      }
      if (current.hasRequest(labels)) {
        if (labelsPartOfRequest(heading)) {
          return;
        }
        // A label heading above an endpoint's level ({@code # Errors} after {@code ## Delete}) is the page's own.
        while (current.level() > level && open.size() > 1 && open.peek().level() >= level) {
          open.pop();
        }
        return;
      }
      for (Draft enclosing : open) {
        if (enclosing.level() < level) {
          boolean onlyTitle = singleTitle && enclosing.level() == 1 && !enclosing.hasRequest(labels);
          if (enclosing.heading != null && !onlyTitle) {
            while (open.peek() != enclosing) {
              open.pop();
            }
          }
          return;
        }
      }
    }

    /**
     * The sections that document requests, or stand at their level; a deeper one without any request is part of
     * the section before it, in reading order. A deeper one that shows a request only in a command
     * ({@code === List} with its curl example) stands alone under a heading with nothing of its own, which only
     * groups actions: it documents an action rather than an example of its parent's.
     */
    private List<MarkdownSection> keep() {
      Map<Draft, Draft> keptAs = new IdentityHashMap<>();
      Draft previous = null;
      // Whether the section kept last holds anything yet, of its own or of the deeper sections it took in.
      boolean previousHolds = false;
      // Whether the section kept last stands for the one request its subsections show by commands.
      boolean previousShows = false;
      for (int i = 0; i < drafts.size(); i++) {
        Draft draft = drafts.get(i);
        boolean deeper = previous != null && previous.heading != null && draft.level() > previous.level();
        boolean shows = !(deeper && previousShows) && (previous == null || !previous.hasRequest(labels))
            && showsOneRequest(i);
        if (deeper && !draft.hasRequest(labels)
            && (previousShows || !shows && !(draft.showsRequest() && !previousHolds))) {
          keptAs.put(draft, previous);
          owners.put(draft.heading, previous);
          previousHolds |= !draft.elements.isEmpty();
        } else {
          keptAs.put(draft, draft);
          previous = draft;
          previousHolds = !draft.elements.isEmpty();
          previousShows = shows;
        }
      }
      Map<Draft, List<MarkdownElement>> covered = new IdentityHashMap<>();
      for (MarkdownElement element : elements) {
        Draft owner = owners.get(element);
        if (owner != null) {
          covered.computeIfAbsent(keptAs.get(owner), d -> new ArrayList<>()).add(element);
        }
      }
      List<MarkdownSection> sections = new ArrayList<>();
      for (Draft draft : drafts) {
        List<MarkdownElement> content = covered.getOrDefault(draft, List.of());
        if (keptAs.get(draft) == draft && (draft.heading != null || !content.isEmpty())) {
          sections.add(new MarkdownSection(MarkdownRequestLines.withoutBracket(draft.title()),
              MarkdownRequestLines.withoutBracket(draft.group), draft.line, draft.headingRequests(), content));
        }
      }
      return sections;
    }

    /**
     * Whether the heading of draft {@code index} stands for the one request that it and the subsections under it show
     * by commands, where nothing prints a request line ({@code === Get a pool} over {@code ==== Example request} with
     * its curl command, {@code ==== Path parameters}, {@code ==== Example response}): an action documented in parts.
     */
    private boolean showsOneRequest(int index) {
      Draft draft = drafts.get(index);
      if (draft.heading == null) {
        return false;
      }
      Set<String> shown = new HashSet<>();
      for (int i = index; i < drafts.size() && (i == index || drafts.get(i).level() > draft.level()); i++) {
        Draft part = drafts.get(i);
        if (part.hasRequest(labels)) {
          return false;
        }
        part.elements.stream().filter(element -> element instanceof MarkdownElement.Code)
            .map(element -> (MarkdownElement.Code) element)
            .flatMap(code -> MarkdownCurl.request(code.content(), code.line()).stream())
            .forEach(request -> shown.add(request.method() + " " + UriTemplate.parse(request.uri()).path()));
      }
      return !draft.hasRequest(labels) && shown.size() == 1;
    }

    /**
     * Whether a heading only labels a part of the section it stands in; an example's label qualified
     * ({@code Example of a full checkout}) over a request line of its own heads a section.
     */
    private boolean isLabel(MarkdownElement.Heading heading) {
      return MarkdownSection.isLabel(heading, labels)
          && !printingRequests.contains(heading);
    }

    private static Set<MarkdownElement> headingsPrintingRequests(List<MarkdownElement> elements,
        MarkdownLabels labels) {
      Set<MarkdownElement> printing = Collections.newSetFromMap(new IdentityHashMap<>());
      // Only the elements under a qualified example heading are looked at: the rest are read once, by hasRequest.
      MarkdownElement.Heading last = null;
      for (MarkdownElement element : elements) {
        if (element instanceof MarkdownElement.Heading heading) {
          last = labels.qualifiesExample(heading.text()) ? heading : null;
        } else if (last != null && !(element instanceof MarkdownElement.Code)
            && Draft.printsRequest(element, labels)) {
          printing.add(last);
        }
      }
      return printing;
    }

    /**
     * Whether a label heading heads a part of one request wherever its level puts it: the request's parameters or
     * one of its answers ({@code HTTP status code 200}) or a body ({@code Body}), as pages that head an endpoint
     * deeper than its parts print (raml2html).
     */
    private boolean labelsPartOfRequest(MarkdownElement.Heading heading) {
      if (MarkdownStatuses.captioned(heading.text()).isPresent()) {
        return true;
      }
      return labels.match(heading.text()).map(MarkdownLabels.Match::field)
          .filter(field -> field == Field.PATH_PARAMETERS || field == Field.QUERY_PARAMETERS
              || field == Field.REQUEST_PARAMETERS || field == Field.HEADERS || field == Field.OBJECT_FIELDS)
          .isPresent();
    }

    /** The title of the innermost open heading, unless that is the guide's own title. */
    private String enclosingTitle(Deque<Draft> open) {
      Draft enclosing = open.peek();
      if (enclosing.heading == null || singleTitle && enclosing.level() == 1) {
        return "";
      }
      return enclosing.title();
    }
  }

  /** A section being collected. */
  private static final class Draft {
    private final MarkdownElement.Heading heading;
    private final int line;
    private final String group;
    private final List<MarkdownElement> elements = new ArrayList<>();

    Draft(MarkdownElement.Heading heading, int line, String group) {
      this.heading = heading;
      this.line = line;
      this.group = group;
    }

    int level() {
      return heading == null ? 0 : heading.level();
    }

    String title() {
      return heading == null ? "" : heading.text();
    }

    List<MarkdownRequest> headingRequests() {
      return MarkdownRequestLines.ofHeading(title(), group, line);
    }

    /**
     * Whether the heading or a line under it prints a request line, bare or after a label ({@code Endpoint:}), or
     * lines under labels of their own print a method and a URI.
     */
    boolean hasRequest(MarkdownLabels labels) {
      if (!headingRequests().isEmpty()) {
        return true;
      }
      return elements.stream().anyMatch(element -> printsRequest(element, labels))
          || printsLabelled(labels, Field.HTTP_METHOD, MarkdownRequestLines::isMethod)
              && (printsLabelled(labels, Field.URI,
                  value -> value.startsWith("/") || ABSOLUTE_URI.matcher(value).matches())
                  || elements.stream().anyMatch(element -> element instanceof MarkdownElement.TextLine line
                      && LabelledPath.of(line).isPresent()));
    }

    private boolean printsLabelled(MarkdownLabels labels, Field field, java.util.function.Predicate<String> value) {
      return elements.stream().anyMatch(element -> element instanceof MarkdownElement.TextLine line
          && labels.match(line.text()).filter(label -> label.field() == field && !label.spaced())
              .map(label -> value.test(label.value())).orElse(false));
    }

    /** Whether a code block of the section is a command making a request ({@code curl -X GET …}). */
    boolean showsRequest() {
      return elements.stream().anyMatch(element -> element instanceof MarkdownElement.Code code
          && MarkdownCurl.request(code.content(), code.line()).isPresent());
    }

    private static boolean printsRequest(MarkdownElement element, MarkdownLabels labels) {
      if (element instanceof MarkdownElement.Table table) {
        return !MarkdownTableRows.of(table).requests().isEmpty()
            || table.rows().stream().flatMap(List::stream).anyMatch(Draft::opensRequest);
      }
      if (element instanceof MarkdownElement.TextLine line && LabelledPath.request(line).isPresent()) {
        return true;
      }
      if (element instanceof MarkdownElement.TextLine line) {
        String text = labels.match(line.text()).filter(label -> label.field() == Field.URI)
            .map(MarkdownLabels.Match::value).orElse(line.text());
        return !MarkdownRequestLines.ofTextLine(text, 0).isEmpty();
      }
      return element instanceof MarkdownElement.Code code
          && opensRequest(code.content().strip().split("\n", 2)[0]);
    }

    private static boolean opensRequest(String text) {
      return !MarkdownRequestLines.opening(text, 0).isEmpty();
    }
  }
}
