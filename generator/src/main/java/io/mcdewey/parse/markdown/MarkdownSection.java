package io.mcdewey.parse.markdown;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.label.LabelledValue;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.request.ExampleRequests;
import io.mcdewey.parse.markdown.request.LabelledPath;
import io.mcdewey.parse.markdown.request.MarkdownCurl;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.MethodTitle;
import io.mcdewey.parse.markdown.request.RelativeRoutes;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
  /** A path and nothing else ({@code /users/{id}}), as a heading standing for an endpoint's URI prints it. */
  private static final Pattern PATH_ALONE = Pattern.compile("^\\s*/[^\\s/][^\\s]*\\s*$");

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

  /** Whether a title is a path alone ({@code /namespaces/<ns>}), as references title a resource's section. */
  static boolean isPathAlone(String title) {
    return PATH_ALONE.matcher(title).matches();
  }

  /**
   * Whether a table lists the methods a section titled by a path takes, with their answers ({@code Method | Action |
   * Status code}): a column of statuses says the rows are calls, not methods a file or a proxy takes.
   */
  static boolean listsMethodsOfTitle(MarkdownTableRows rows) {
    return rows.has(MarkdownColumn.METHOD) && rows.has(MarkdownColumn.STATUS) && !rows.has(MarkdownColumn.PATH);
  }

  /**
   * Whether a heading only labels a part of a section: a field label, a status captioned as one ({@code HTTP status
   * code 200}, as raml2html heads each answer of an endpoint at a level above the endpoint's), or an example's label
   * qualified ({@code Example Request with usage}).
   */
  private static boolean isLabel(MarkdownElement.Heading heading, MarkdownLabels labels) {
    return labels.match(heading.text()).filter(match -> !match.spaced() && !namesEndpoint(match)).isPresent()
        || MarkdownStatuses.captioned(heading.text()).isPresent() || labels.qualifiesExample(heading.text());
  }

  /**
   * Whether a heading's label names the endpoint its section documents: a URI label before a path
   * ({@code ## Endpoint: /auth/login}), which titles the section rather than labels a part of one.
   */
  static boolean namesEndpoint(MarkdownLabels.Match match) {
    return match.field() == Field.URI && LabelledFieldLines.ABSOLUTE_OR_PATH.matcher(match.value()).lookingAt();
  }

  /** The requests a block of code opens with, on its first line ({@code GET /agents/} over a body). */
  static List<MarkdownRequest> openingRequests(MarkdownElement.Code code) {
    return MarkdownRequestLines.opening(code.content().strip().split("\n", 2)[0], code.line());
  }

  /** Walks the headings, keeping the sections that enclose the current one open. */
  private static final class Splitter {
    private final MarkdownLabels labels;
    private final List<MarkdownElement> elements;
    private final boolean singleTitle;
    private final List<Draft> drafts = new ArrayList<>();
    /** The words of label headings that closed an endpoint at its level with a further endpoint after them. */
    private final Set<String> endpointsClosedBy = new HashSet<>();
    private final Map<MarkdownElement, Draft> owners = new IdentityHashMap<>();
    /**
     * The qualified example headings ({@code Example of a full checkout}) over a request line or a table of requests
     * of their own, before the next heading.
     */
    private final Set<MarkdownElement> printingRequests;
    /**
     * The headings naming a method's label alone ({@code ## Methods}) right over a deeper heading: they group the
     * endpoints under them, a label's value being no heading.
     */
    private final Set<MarkdownElement> groupingMethods = Collections.newSetFromMap(new IdentityHashMap<>());

    Splitter(MarkdownLabels labels, List<MarkdownElement> elements) {
      this.labels = labels;
      this.elements = elements;
      this.printingRequests = headingsPrintingRequests(elements, labels);
      printingRequests.addAll(ExampleTitledEndpoints.of(elements, labels));
      for (int i = 0; i + 1 < elements.size(); i++) {
        if (elements.get(i) instanceof MarkdownElement.Heading heading
            && elements.get(i + 1) instanceof MarkdownElement.Heading next && next.level() > heading.level()
            && labels.match(heading.text()).filter(match -> match.value().isEmpty())
                .filter(match -> match.field() == Field.HTTP_METHOD).isPresent()) {
          groupingMethods.add(heading);
        }
      }
      this.singleTitle = elements.stream()
          .filter(e -> e instanceof MarkdownElement.Heading h && h.level() == 1 && !isLabel(h)).count() == 1;
    }

    List<MarkdownSection> sections() {
      Deque<Draft> open = new ArrayDeque<>();
      Draft root = new Draft(null, elements.isEmpty() ? 0 : elements.get(0).line(), "");
      drafts.add(root);
      open.push(root);
      int lastRequest = lastRequestAt();
      for (int at = 0; at < elements.size(); at++) {
        MarkdownElement element = elements.get(at);
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
          returnToEnclosing(open, heading, at > lastRequest);
        }
        owners.put(element, open.peek());
        open.peek().elements.add(element);
      }
      return keep();
    }

    /** The index of the last element printing a request, a heading naming one included, or -1. */
    private int lastRequestAt() {
      for (int at = elements.size() - 1; at >= 0; at--) {
        MarkdownElement element = elements.get(at);
        boolean headingRequest = element instanceof MarkdownElement.Heading heading
            && (!MarkdownRequestLines.ofHeading(heading.text(), "", heading.line()).isEmpty()
                || labels.match(heading.text()).filter(MarkdownSection::namesEndpoint).isPresent());
        if (headingRequest || Draft.printsRequest(element, labels)) {
          return at;
        }
      }
      return -1;
    }

    /**
     * A label heading no deeper than the section read belongs to the section enclosing it, unless the section read
     * has found its request already, or the enclosing one is only the guide's title and has none.
     *
     * @param afterLastRequest whether no request is printed after the heading
     */
    private void returnToEnclosing(Deque<Draft> open, MarkdownElement.Heading heading, boolean afterLastRequest) {
      int level = heading.level();
      Draft current = open.peek();
      if (current.level() < level) {
        return;
      }
      if (current.hasRequest(labels)) {
        if (labelsPartOfRequest(heading)) {
          return;
        }
        // A label heading above an endpoint's level ({@code # Errors} after {@code ## Delete}) is the page's own, and
        // so is one at its level after the page's last endpoint where that heads its own parts deeper
        // ({@code #### Response} under it): endpoints that each close with such a heading ({@code ## Errors}) own it.
        String words = heading.text().strip().toLowerCase(Locale.ROOT);
        if (current.level() == level && !afterLastRequest) {
          endpointsClosedBy.add(words);
        }
        boolean partsHeadedDeeper = afterLastRequest && !endpointsClosedBy.contains(words) && current.elements.stream()
            .anyMatch(element -> element instanceof MarkdownElement.Heading part && part.level() > current.level());
        while ((current.level() > level || partsHeadedDeeper) && open.size() > 1 && open.peek().level() >= level) {
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
        // Whether the draft stands for the one request it and its parts show by commands: not inside such a section,
        // nor under one that prints a request (whose example it is).
        boolean shows = !(deeper && previousShows) && (previous == null || !previous.hasRequest(labels))
            && showsOneRequest(i);
        boolean partOfPrevious = deeper && (!draft.hasRequest(labels) && !labelsUriOfMethodHeadings(i)
                || showsExampleOf(draft, previous) || repeatsRequest(draft, previous))
            && (previousShows || !shows && !(draft.showsRequest() && !previousHolds));
        if (partOfPrevious) {
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
     * Whether draft {@code index} prints a URI under a label, or is headed by a path alone, and the first heading under
     * it names a method alone ({@code Endpoint: /clusters/{name}} over {@code GET} and {@code PUT}): its requests.
     */
    private boolean labelsUriOfMethodHeadings(int index) {
      Draft draft = drafts.get(index);
      if (draft.heading == null || index + 1 >= drafts.size() || drafts.get(index + 1).level() <= draft.level()
          || !isMethodHeading(drafts.get(index + 1).title())) {
        return false;
      }
      return PATH_ALONE.matcher(draft.title()).matches() || draft.printsLabelled(labels, Field.URI, Draft::isUri);
    }

    /** Whether a heading names methods alone, in capitals ({@code GET}, {@code PUT}). */
    private static boolean isMethodHeading(String title) {
      return title.equals(title.toUpperCase(Locale.ROOT)) && !MarkdownRequestLines.methods(title).isEmpty();
    }

    /**
     * Whether a deeper section's only request lines fill in the variables of a request of the section it stands in
     * ({@code POST /users/lisa42} under {@code POST /users/{username}}): it shows an example, not an endpoint.
     */
    private static boolean showsExampleOf(Draft draft, Draft section) {
      List<MarkdownRequest> printed = draft.printedRequests();
      List<MarkdownRequest> known = new ArrayList<>(section.headingRequests());
      known.addAll(section.printedRequests());
      return draft.headingRequests().isEmpty() && !printed.isEmpty()
          && printed.stream().allMatch(example -> known.stream().anyMatch(request -> request.method()
              .equals(example.method()) && ExampleRequests.fillsVariables(request.uri(), example.uri())));
    }

    /**
     * Whether a deeper section prints again, and prints only, the request of the section it stands in, made of that
     * section's path heading and its method label ({@code ## /agents/} with {@code ### Method: GET} over
     * {@code #### Call} printing {@code GET /agents/}): it shows the call, and is no second endpoint.
     */
    private boolean repeatsRequest(Draft draft, Draft section) {
      if (!PATH_ALONE.matcher(section.title()).matches() || !draft.headingRequests().isEmpty()) {
        return false;
      }
      List<MarkdownRequest> printed = new ArrayList<>(draft.printedRequests());
      draft.elements.stream().filter(element -> element instanceof MarkdownElement.Code)
          .flatMap(code -> openingRequests((MarkdownElement.Code) code).stream())
          .forEach(printed::add);
      Set<String> methods = new HashSet<>(section.labelledMethods(labels));
      String path = section.title().strip();
      return !printed.isEmpty() && printed.stream()
          .allMatch(request -> methods.contains(request.method()) && request.uri().equals(path));
    }

    /**
     * Whether the heading of draft {@code index} stands for the one request that it and the subsections under it show
     * by commands, where nothing prints a request line and every subsection is a part of an action
     * ({@code === Get a pool} over {@code ==== Example request} with its curl command, {@code ==== Path parameters},
     * {@code ==== Example response}): an action documented in parts. A subsection of another kind
     * ({@code == Retries}, {@code == Event payload}) makes the heading a chapter, not an action; a heading over the
     * command alone is its caption ({@code ### cURL}), no action.
     */
    private boolean showsOneRequest(int index) {
      Draft draft = drafts.get(index);
      if (draft.heading == null) {
        return false;
      }
      Set<String> shown = new HashSet<>();
      boolean parts = !draft.onlyCode();
      for (int i = index; i < drafts.size() && (i == index || drafts.get(i).level() > draft.level()); i++) {
        Draft part = drafts.get(i);
        if (part.hasRequest(labels) || i > index && !isPart(part)) {
          return false;
        }
        parts |= i > index;
        for (MarkdownRequest request : part.commandRequests()) {
          UriTemplate uri = UriTemplate.parse(request.uri());
          shown.add(request.method() + " " + (uri == null ? request.uri() : uri.path()));
        }
      }
      return parts && shown.size() == 1;
    }

    /**
     * Whether a subsection is a part of an action: a label names it ({@code Path parameters}, {@code Example
     * response}, {@code 404}), or it holds code samples alone ({@code ### cURL}).
     */
    private boolean isPart(Draft part) {
      String title = part.title();
      return labels.match(title).isPresent() || labels.within(title).isPresent()
          || MarkdownStatuses.ofHeading(title).isPresent() || part.onlyCode();
    }

    /**
     * Whether a heading only labels a part of the section it stands in; an example's label qualified
     * ({@code Example of a full checkout}) over a request line of its own heads a section.
     */
    private boolean isLabel(MarkdownElement.Heading heading) {
      return MarkdownSection.isLabel(heading, labels)
          && !printingRequests.contains(heading) && !groupingMethods.contains(heading);
    }

    private static Set<MarkdownElement> headingsPrintingRequests(List<MarkdownElement> elements,
        MarkdownLabels labels) {
      Set<MarkdownElement> printing = Collections.newSetFromMap(new IdentityHashMap<>());
      // Only the elements under a qualified example heading, and the first one under a label of parameters or
      // statuses, are looked at: the rest are read once, by hasRequest.
      MarkdownElement.Heading last = null;
      boolean firstOnly = false;
      for (MarkdownElement element : elements) {
        if (element instanceof MarkdownElement.Heading heading) {
          firstOnly = namesPartOnly(heading, labels);
          last = labels.qualifiesExample(heading.text()) || firstOnly ? heading : null;
          continue;
        }
        if (last != null && !(element instanceof MarkdownElement.Code) && Draft.printsRequest(element, labels)) {
          printing.add(last);
        }
        last = firstOnly ? null : last;
      }
      return printing;
    }

    /**
     * Whether a heading is only the one word of a label of parameters or statuses ({@code ## Query}), which titles a
     * section of its own where a request line follows it: no endpoint's parameters are headed so over a request line.
     */
    private static boolean namesPartOnly(MarkdownElement.Heading heading, MarkdownLabels labels) {
      // A heading of more words ({@code ## Query parameters}) may stand over an example of the endpoint above.
      return heading.text().strip().indexOf(' ') < 0 && labels.match(heading.text())
          .filter(match -> !match.spaced() && match.value().isEmpty())
          .map(MarkdownLabels.Match::field).filter(field -> field == Field.QUERY_PARAMETERS
              || field == Field.PATH_PARAMETERS || field == Field.REQUEST_PARAMETERS || field == Field.RESPONSES)
          .isPresent();
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
    /** How many elements the draft held when {@link #hasRequest} was last told, and what it was told. */
    private int requestTold = -1;
    private boolean printsRequest;

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
     * lines under labels of their own print a method (or several, {@code GET, POST}) and a URI, a path heading
     * ({@code # /users/{id}}) standing for the URI. A label's value may stand on the line after it, or in a block of
     * code of one line.
     */
    boolean hasRequest(MarkdownLabels labels) {
      // Asked of a draft many times while it grows and once all are read: told again only when it has grown.
      if (elements.size() != requestTold) {
        requestTold = elements.size();
        printsRequest = printsRequestAnywhere(labels);
      }
      return printsRequest;
    }

    private boolean printsRequestAnywhere(MarkdownLabels labels) {
      if (!headingRequests().isEmpty()) {
        return true;
      }
      Optional<String> titledMethod = MethodTitle.of(title());
      return elements.stream().anyMatch(element -> printsRequest(element, labels))
          || LabelledValue.printsPair(elements, labels)
          || printsLabelled(labels, Field.URI, Draft::isUri) && MethodNamedInProse.in(elements).isPresent()
          || isPathAlone(title()) && elements.stream().anyMatch(element -> element instanceof MarkdownElement.Table
              table && listsMethodsOfTitle(MarkdownTableRows.of(table)))
          || titledMethod.isPresent() && elements.stream().anyMatch(element -> element instanceof MarkdownElement.Table
              table && !TableRequests.of(table).ofMethod(titledMethod.get()).isEmpty())
          || printsLabelled(labels, Field.HTTP_METHOD, value -> !MarkdownRequestLines.methods(value).isEmpty())
              && (printsLabelled(labels, Field.URI, Draft::isUri)
                  || PATH_ALONE.matcher(title()).matches()
                  || labels.match(title()).filter(MarkdownSection::namesEndpoint).isPresent()
                  || elements.stream().anyMatch(element -> element instanceof MarkdownElement.TextLine line
                      && LabelledPath.of(line).isPresent()));
    }

    private static boolean isUri(String value) {
      String uri = MarkdownRequestLines.routeAfterHost(value).orElse(value);
      return uri.startsWith("/") || ABSOLUTE_URI.matcher(uri).matches()
          || RelativeRoutes.isHostWithoutScheme(uri) || RelativeRoutes.isRouteWithoutSlash(uri);
    }

    /** Whether a label of the field is followed by a value it takes, on its line or alone on the next. */
    private boolean printsLabelled(MarkdownLabels labels, Field field, Predicate<String> value) {
      for (int i = 0; i < elements.size(); i++) {
        if (elements.get(i) instanceof MarkdownElement.Table table && labelRow(table, labels, field, value)) {
          return true;
        }
        if (!(elements.get(i) instanceof MarkdownElement.TextLine line)) {
          continue;
        }
        Optional<MarkdownLabels.Match> label = labels.match(line.text())
            .filter(match -> match.field() == field
                && (!match.spaced() || LabelledFieldLines.takesValueAlone(match.field(), match.value())));
        if (label.isEmpty()) {
          continue;
        }
        String printed = label.get().value().isEmpty() && i + 1 < elements.size()
            ? valueAlone(elements.get(i + 1)) : label.get().value();
        if (value.test(printed.strip())) {
          return true;
        }
      }
      return false;
    }

    /** The methods the section names under a method label, in a line or a heading ({@code ### Method: GET}). */
    List<String> labelledMethods(MarkdownLabels labels) {
      List<String> methods = new ArrayList<>();
      for (MarkdownElement element : elements) {
        String text = element instanceof MarkdownElement.TextLine line ? line.text()
            : element instanceof MarkdownElement.Heading heading ? heading.text() : null;
        if (text != null) {
          labels.match(text).filter(match -> match.field() == Field.HTTP_METHOD
                  && (!match.spaced() || LabelledFieldLines.takesValueAlone(match.field(), match.value())))
              .ifPresent(match -> methods.addAll(MarkdownRequestLines.methods(match.value())));
        }
      }
      return methods;
    }

    /** Whether a row of a table of labels ({@code | Endpoint | /api/tags |}) gives the field a value it takes. */
    private static boolean labelRow(MarkdownElement.Table table, MarkdownLabels labels, Field field,
        Predicate<String> value) {
      return table.rows().stream().filter(row -> row.size() >= 2)
          .anyMatch(row -> labels.match(row.get(0)).filter(match -> match.field() == field && !match.spaced()
              && match.value().isEmpty()).isPresent() && value.test(row.get(1).strip()));
    }

    /** The text of a line, or of a block of code of one line, standing after a label as its value. */
    private static String valueAlone(MarkdownElement element) {
      if (element instanceof MarkdownElement.TextLine line) {
        return line.text();
      }
      return element instanceof MarkdownElement.Code code && code.content().strip().indexOf('\n') < 0
          ? code.content() : "";
    }

    /** Whether the section holds blocks of code and nothing else. */
    boolean onlyCode() {
      return !elements.isEmpty() && elements.stream().allMatch(element -> element instanceof MarkdownElement.Code);
    }

    /** The request lines the section's lines of text print ({@code POST /users/lisa42}). */
    List<MarkdownRequest> printedRequests() {
      return elements.stream().filter(element -> element instanceof MarkdownElement.TextLine)
          .flatMap(element -> MarkdownRequestLines.ofTextLine(((MarkdownElement.TextLine) element).text(),
              element.line()).stream())
          .toList();
    }

    /** Whether a code block of the section is a command making a request ({@code curl -X GET …}). */
    boolean showsRequest() {
      return !commandRequests().isEmpty();
    }

    /** The requests the section's code blocks make as commands ({@code curl -X GET …}). */
    List<MarkdownRequest> commandRequests() {
      return elements.stream().filter(element -> element instanceof MarkdownElement.Code)
          .map(element -> (MarkdownElement.Code) element)
          .flatMap(code -> MarkdownCurl.request(code.content(), code.line()).stream())
          .toList();
    }

    private static boolean printsRequest(MarkdownElement element, MarkdownLabels labels) {
      if (element instanceof MarkdownElement.Table table) {
        return !TableRequests.of(table).all().isEmpty()
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
          && !openingRequests(code).isEmpty();
    }


    private static boolean opensRequest(String text) {
      return !MarkdownRequestLines.opening(text, 0).isEmpty();
    }
  }
}
