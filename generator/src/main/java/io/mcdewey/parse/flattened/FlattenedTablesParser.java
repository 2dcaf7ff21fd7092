package io.mcdewey.parse.flattened;

import io.mcdewey.model.Deprecation;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Example;
import io.mcdewey.model.MediaTypes;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.LayoutParser;
import io.mcdewey.parse.OperationIds;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.ProfilePattern;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.payload.SchemaCollector;
import io.mcdewey.parse.payload.TextRun;
import io.mcdewey.parse.payload.XmlElement;
import io.mcdewey.parse.payload.XmlFragments;
import io.mcdewey.source.GuideDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads guides flattened from PDF, whose label/value tables come out as value followed by label.
 *
 * <p>The guide is cut into {@link TextRun}s at missing pages; each run into sections at the titles
 * {@link TitleFinder} accepts and those {@link SectionStarts} finds where fields start over. Text before a run's first
 * title, after a gap, is the tail of a section whose start is missing: its page footer may name that section (a
 * footer cut short names it by {@link TruncatedTitles its first letters}); {@link SectionJoins} joins it to the
 * section it continues, otherwise it becomes an untitled operation if it holds fields. Each section's fields
 * ({@link SectionFields}) are then interpreted.
 */
public final class FlattenedTablesParser implements LayoutParser {
  private static final Pattern HTTP_METHOD = Pattern.compile("\\b(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b");
  private static final String FORM = "application/x-www-form-urlencoded";
  /** Methods whose requests carry no body. */
  private static final Set<String> BODILESS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");
  /** Capitalised words after the last sentence: the caption of the table that follows. */
  private static final Pattern TABLE_CAPTION = Pattern.compile("(?<=[.!?)])(?: [A-Z][\\w/-]*){1,6}$");

  @Override
  public Result parse(GuideDocument guide, Profile profile, Diagnostics diagnostics) {
    List<TextRun> runs = new PageStream(profile).runs(guide);
    List<String> texts = new ArrayList<>();
    List<String> footers = new ArrayList<>();
    for (TextRun run : runs) {
      texts.add(run.text());
      run.pages().forEach(p -> footers.add(p.footerSection()));
    }
    TitleFinder titles = new TitleFinder(profile, texts, footers);
    LabelScanner labels = new LabelScanner(profile);
    SectionStarts starts = new SectionStarts(titles, labels);
    SchemaCollector schemas = new SchemaCollector(profile);
    List<Section> found = new ArrayList<>();
    for (TextRun run : runs) {
      sections(run, titles, starts, labels, found);
      schemas.collect(run);
    }
    List<Section> sections = withFullTitles(found, titles);
    Vocabulary vocabulary = new Vocabulary(schemas.elementNames(), pathVariables(sections));
    List<Operation> operations = new ArrayList<>();
    Map<String, Integer> baseUris = new LinkedHashMap<>();
    for (Section section : SectionJoins.merged(sections, diagnostics)) {
      Operation operation = new SectionReader(profile, vocabulary, diagnostics, section).read(baseUris);
      if (operation != null) {
        operations.add(operation);
      }
    }
    String baseUri = baseUris.entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    return new Result("", baseUri, operations, schemas.schemas());
  }

  /**
   * Names the whole guide uses, for reading one section whose own pages are incomplete.
   *
   * @param elementNames every element name of the guide's XML payloads, to repair names broken by extraction
   * @param pathVariables every path variable of the guide's URIs, to place a listed parameter whose URI is missing
   */
  record Vocabulary(Set<String> elementNames, Set<String> pathVariables) {}

  /**
   * A section of a run: {@code [start, end)}, its title (empty when not visible), where its body starts and its
   * fields. {@code parts} holds further pieces of the same section found after gaps.
   */
  record Section(TextRun run, int start, int bodyStart, int end, String title, String group, boolean headless,
      SectionFields fields, List<Section> parts) {}

  private static void sections(TextRun run, TitleFinder titles, SectionStarts starts, LabelScanner labels,
      List<Section> into) {
    String text = run.text();
    List<TitleFinder.Title> confirmed = titles.find(text);
    int firstConfirmed = confirmed.isEmpty() ? text.length() : confirmed.get(0).start();
    boolean headingAtStart = headlessTitle(run, firstConfirmed, titles, confirmed).isEmpty();
    List<TitleFinder.Title> found = starts.find(text, confirmed, headingAtStart);
    int firstTitle = found.isEmpty() ? text.length() : found.get(0).start();
    if (firstTitle > 0) {
      String footerTitle = headlessTitle(run, firstTitle, titles, found);
      into.add(new Section(run, 0, 0, firstTitle, footerTitle, titles.groupOf(footerTitle), true,
          SectionFields.read(text, 0, firstTitle, labels), new ArrayList<>()));
    }
    for (int i = 0; i < found.size(); i++) {
      TitleFinder.Title title = found.get(i);
      int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
      into.add(new Section(run, title.start(), title.end(), end, title.text(), title.group(), false,
          SectionFields.read(text, title.end(), end, labels), new ArrayList<>()));
    }
  }

  /** The sections with the titles of headless parts, taken from footers, {@link TruncatedTitles made whole}. */
  private static List<Section> withFullTitles(List<Section> sections, TitleFinder titles) {
    List<String> printed = sections.stream().filter(s -> !s.headless()).map(Section::title).toList();
    TruncatedTitles truncated = new TruncatedTitles(printed, titles.footerTitles());
    List<Section> resolved = new ArrayList<>();
    for (Section section : sections) {
      String title = section.headless() ? truncated.resolve(section.title()) : section.title();
      resolved.add(title.equals(section.title()) ? section : new Section(section.run(), section.start(),
          section.bodyStart(), section.end(), title, titles.groupOf(title), true, section.fields(), section.parts()));
    }
    return resolved;
  }

  /**
   * The title of a run's headless first part, from the footer of its first page; unknown when a title starts on that
   * page, since a footer names the section under way at the page's end.
   */
  private static String headlessTitle(TextRun run, int firstTitle, TitleFinder titles,
      List<TitleFinder.Title> found) {
    int page = run.pageIndexAt(0);
    if (!found.isEmpty() && run.pageIndexAt(firstTitle) == page) {
      return "";
    }
    String footer = titles.footerTitle(run.pages().get(page).footerSection());
    return footer == null ? "" : footer;
  }

  private static Set<String> pathVariables(List<Section> sections) {
    Set<String> names = new LinkedHashSet<>();
    for (Section section : sections) {
      String uri = section.fields().value(Field.URI);
      UriTemplate template = uri == null ? null : UriTemplate.parse(uri);
      if (template != null) {
        template.parameters().stream()
            .filter(p -> p.location() == ParameterLocation.PATH)
            .forEach(p -> names.add(p.name()));
      }
    }
    return names;
  }

  /** Interprets one section's fields into an operation. */
  private static final class SectionReader {
    private final Profile profile;
    private final Vocabulary vocabulary;
    private final Diagnostics diagnostics;
    private final Section section;
    private final Operation.Builder operation;
    private final Map<Field, String> values = new LinkedHashMap<>();
    private final StringBuilder description = new StringBuilder();
    private final NoteSplitter notes;
    /** Notes printed after a part's last field, which come after those of its cells. */
    private final List<String> closingNotes = new ArrayList<>();
    private boolean showsRequest;
    private boolean complete;

    SectionReader(Profile profile, Vocabulary vocabulary, Diagnostics diagnostics, Section section) {
      this.profile = profile;
      this.vocabulary = vocabulary;
      this.notes = new NoteSplitter(profile.noteMarker());
      this.diagnostics = diagnostics;
      this.section = section;
      Provenance source = section.run().at(section.bodyStart());
      this.operation = Operation.builder(section.title().isEmpty() ? "" : OperationIds.fromTitle(section.title()),
          source);
      operation.title(section.title()).group(section.group());
    }

    Operation read(Map<String, Integer> baseUris) {
      complete = true;
      readPart(section);
      for (Section part : section.parts()) {
        readPart(part);
      }
      if (section.headless() && !showsRequest) {
        diagnostics.report(DiagnosticKind.ORPHAN_SECTION, "only the end of '" + displayName() + "' is visible, with no"
            + " request details", section.run().at(0));
        return null;
      }
      interpret(baseUris);
      closingNotes.forEach(operation::addNote);
      if (section.title().isEmpty()) {
        operation.id(OperationIds.untitled(operation.method(), operation.path(), section.run().at(0)));
        diagnostics.report(DiagnosticKind.UNTITLED_SECTION,
            "endpoint fields found after missing pages with no visible title", section.run().at(0));
      }
      if (!complete) {
        diagnostics.report(DiagnosticKind.INCOMPLETE_SECTION,
            "'" + displayName() + "' runs over pages missing from the input", section.run().at(section.start()));
      }
      return operation.complete(complete).build();
    }

    private String displayName() {
      return section.title().isEmpty() ? "untitled endpoint" : section.title();
    }

    private void readPart(Section part) {
      TextRun run = part.run();
      String text = run.text();
      SectionFields fields = part.fields();
      showsRequest |= fields.showsRequest();
      for (Map.Entry<Field, String> value : fields.values().entrySet()) {
        values.putIfAbsent(value.getKey(), value.getValue());
      }
      for (String unknown : fields.unknownLabels()) {
        diagnostics.report(DiagnosticKind.UNKNOWN_LABEL, "unknown label '" + unknown + "' in '" + displayName() + "'",
            run.at(part.start()));
      }
      if (!part.headless()) {
        appendDescription(text.substring(part.bodyStart(), fields.descriptionEnd()).strip());
      }
      notes.split(beforeSectionBreak(text.substring(fields.fieldsEnd(), fields.proseEnd())), closingNotes::add);
      for (Provenance page : run.span(part.start(), part.end())) {
        operation.addExtent(page);
      }
      String sectionText = text.substring(part.bodyStart(), part.end());
      for (ProfilePattern marker : profile.deprecationMarkers()) {
        Matcher matcher = marker.matcher(sectionText);
        if (matcher.find()) {
          operation.deprecation(new Deprecation(sentenceAround(sectionText, matcher.start())));
          break;
        }
      }
      boolean endsAtRunEnd = part.end() >= text.length();
      if (part.headless() || (endsAtRunEnd && run.cutAfter()) || part.parts().size() > 0) {
        complete = false;
      }
    }

    private void appendDescription(String text) {
      String kept = notes.split(text, operation::addNote);
      if (kept.isEmpty()) {
        return;
      }
      if (description.length() > 0) {
        description.append(' ');
      }
      description.append(kept);
    }

    private void interpret(Map<String, Integer> baseUris) {
      operation.description(description.toString());
      UriTemplate uri = null;
      String uriValue = present(Field.URI);
      if (uriValue != null) {
        uri = UriTemplate.parse(uriValue);
        if (uri == null) {
          diagnostics.report(DiagnosticKind.BAD_URI,
              "cannot read the URI '" + uriValue + "' of '" + displayName() + "'", operation.build().source());
        } else {
          operation.path(uri.path()).uriTemplate(uri.uri());
          if (!uri.baseUri().isEmpty()) {
            baseUris.merge(baseUriTemplate(uri.baseUri()), 1, Integer::sum);
          }
        }
      }
      String method = present(Field.HTTP_METHOD);
      if (method != null) {
        Matcher matcher = HTTP_METHOD.matcher(method.toUpperCase(Locale.ROOT));
        if (matcher.find()) {
          operation.method(matcher.group(1));
        } else {
          diagnostics.report(DiagnosticKind.BAD_METHOD,
              "'" + method + "' is not an HTTP method, in '" + displayName() + "'", operation.build().source());
        }
      }
      String security = present(Field.SECURITY_CONSTRAINTS);
      if (security != null) {
        operation.securityConstraints(withoutNotes(security));
      }
      String mediaType = MediaTypes.named(present(Field.CONTENT_TYPE));
      List<XmlFragments.Fragment> requestExamples = new ArrayList<>();
      String request = present(Field.REQUEST_EXAMPLE);
      if (request != null) {
        requestExamples = XmlFragments.find(request);
        List<Example> examples = new ArrayList<>();
        for (XmlFragments.Fragment fragment : requestExamples) {
          examples.add(new Example(Example.Kind.REQUEST, caption(fragment.caption()), mediaType,
              fragment.content(request)));
        }
        if (examples.isEmpty()) {
          examples.add(new Example(Example.Kind.REQUEST, "", mediaType, request));
        }
        String schema = requestExamples.isEmpty() ? null : requestExamples.get(0).root().name();
        operation.requestBody(new RequestBody(mediaType, schema, examples));
      }
      boolean form = request == null && sendsForm(mediaType);
      if (form) {
        // The guide names a form as the content type and lists its fields, but prints no request to show it.
        operation.requestBody(new RequestBody(mediaType, null, List.of()));
      }
      parameters(uri, requestExamples, form);
      responses();
      examples(Field.RESPONSE_EXAMPLE, Example.Kind.RESPONSE);
      examples(Field.FAILURE_RESPONSE_EXAMPLE, Example.Kind.FAILURE_RESPONSE);
      // The format a guide states for input and output is the answer's, whatever the request's content type is: a
      // form sent, JSON answered.
      operation.responseMediaType(MediaTypes.named(present(Field.FORMAT)));
      String notifications = present(Field.NOTIFICATIONS_TRIGGERED);
      if (notifications != null) {
        for (String notification : NotificationListReader.read(notifications)) {
          operation.addNotificationTriggered(notification);
        }
      }
      String platform = present(Field.PLATFORM_DIFFERENCES);
      if (platform != null) {
        String differences = beforeSectionBreak(platform);
        if (!differences.isEmpty()) {
          operation.addPlatformDifference(differences);
        }
      }
    }

    /** A field's value, or {@code null} when absent or printed as the profile's empty mark. */
    private String present(Field field) {
      String value = values.get(field);
      if (value == null) {
        return null;
      }
      String stripped = value.strip();
      if (stripped.isEmpty() || stripped.equals(profile.emptyValue())) {
        return null;
      }
      return stripped;
    }

    private static String baseUriTemplate(String base) {
      return base.replaceFirst("(?i)^http://", "https://");
    }

    private String caption(String text) {
      String caption = text.strip();
      if (caption.endsWith(":")) {
        caption = caption.substring(0, caption.length() - 1).strip();
      }
      return caption;
    }

    /** Whether a request of this operation sends a form body: the content type says so, and the method has one. */
    private boolean sendsForm(String mediaType) {
      String method = operation.build().method();
      return mediaType.equals(FORM) && method != null && !BODILESS.contains(method);
    }

    /**
     * @param form whether the request is a form, whose fields guides list with the URI's (they are encoded alike):
     *     those the URI does not hold are the form's
     */
    private void parameters(UriTemplate uri, List<XmlFragments.Fragment> requestExamples, boolean form) {
      Map<String, Parameter> byName = new LinkedHashMap<>();
      if (uri != null) {
        for (Parameter parameter : uri.parameters()) {
          byName.put(parameter.name(), parameter);
        }
      }
      Map<String, String> parents = new LinkedHashMap<>();
      Set<String> elementNames = new LinkedHashSet<>();
      for (XmlFragments.Fragment fragment : requestExamples) {
        collectStructure(fragment.root(), null, parents, elementNames);
      }
      addListed(Field.REQUEST_PARAMETERS, ParameterLocation.BODY, byName, parents, elementNames);
      addListed(Field.PATH_PARAMETERS, ParameterLocation.PATH, byName, parents, elementNames);
      addListed(Field.QUERY_PARAMETERS, form ? ParameterLocation.BODY : ParameterLocation.QUERY, byName, parents,
          elementNames);
      addListed(Field.HEADERS, ParameterLocation.HEADER, byName, parents, elementNames);
      List<Parameter> ordered = new ArrayList<>();
      for (ParameterLocation location : ParameterLocation.values()) {
        byName.values().stream().filter(p -> p.location() == location).forEach(ordered::add);
      }
      operation.parameters(ordered);
    }

    private void addListed(Field field, ParameterLocation location, Map<String, Parameter> byName,
        Map<String, String> parents, Set<String> elementNames) {
      String value = present(field);
      if (value == null) {
        return;
      }
      Set<String> knownNames = new LinkedHashSet<>(elementNames);
      knownNames.addAll(vocabulary.elementNames());
      List<ParameterListReader.Entry> entries = ParameterListReader.read(value, knownNames);
      if (entries.isEmpty()) {
        diagnostics.report(DiagnosticKind.UNREAD_PARAMETERS,
            "cannot read the parameter list of '" + displayName() + "'", operation.build().source());
      }
      for (ParameterListReader.Entry entry : entries) {
        Parameter known = byName.get(entry.name());
        boolean pathVariableElsewhere = location == ParameterLocation.BODY && byName.isEmpty()
            && !elementNames.contains(entry.name()) && vocabulary.pathVariables().contains(entry.name());
        ParameterLocation where = known != null ? known.location()
            : pathVariableElsewhere ? ParameterLocation.PATH : location;
        Boolean required = where == ParameterLocation.PATH ? Boolean.TRUE
            : entry.required() != null ? entry.required() : known != null ? known.required() : null;
        List<String> allowed = known != null && !known.allowedValues().isEmpty()
            ? known.allowedValues() : entry.allowedValues();
        String enclosing = where == ParameterLocation.BODY ? parents.get(entry.name()) : null;
        boolean enclosingListed = enclosing != null
            && (byName.containsKey(enclosing) || entries.stream().anyMatch(e -> e.name().equals(enclosing)));
        String parent = enclosingListed ? enclosing : null;
        byName.put(entry.name(), new Parameter(entry.name(), where, required, withoutNotes(entry.description()), "",
            allowed, parent));
      }
    }

    private static void collectStructure(XmlElement element, String parentName, Map<String, String> parents,
        Set<String> names) {
      names.add(element.name());
      if (parentName != null) {
        parents.putIfAbsent(element.name(), parentName);
      }
      for (XmlElement child : element.children()) {
        collectStructure(child, element.name(), parents, names);
      }
    }

    private void responses() {
      String value = present(Field.RESPONSES);
      if (value == null) {
        return;
      }
      ResponseListReader.Result read = ResponseListReader.read(value, profile.noteMarker());
      read.responses().forEach(operation::addResponse);
      read.notes().forEach(operation::addNote);
      if (read.responses().isEmpty()) {
        diagnostics.report(DiagnosticKind.UNREAD_RESPONSES,
            "no status code in the responses of '" + displayName() + "'", operation.build().source());
      }
    }

    private void examples(Field field, Example.Kind kind) {
      String value = present(field);
      if (value == null) {
        return;
      }
      List<XmlFragments.Fragment> fragments = XmlFragments.find(value);
      if (fragments.isEmpty()) {
        operation.addExample(new Example(kind, "", "", value));
        return;
      }
      for (XmlFragments.Fragment fragment : fragments) {
        operation.addExample(new Example(kind, caption(fragment.caption()), "application/xml",
            fragment.content(value)));
      }
    }

    /** A value without the notes printed inside it. */
    private String withoutNotes(String value) {
      return notes.split(value, operation::addNote);
    }

    /**
     * A value up to the next heading: a section break, or the header of a parameter or error table, without the
     * caption printed over that table ({@code Queue API Parameters}).
     */
    private String beforeSectionBreak(String value) {
      List<String> headings = new ArrayList<>(profile.sectionBreaks());
      headings.add(profile.parameterTableHeader());
      headings.add(profile.errorTableHeader());
      int end = value.length();
      for (String heading : headings) {
        int at = heading.isEmpty() ? -1 : value.indexOf(heading);
        if (at >= 0 && at < end) {
          end = at;
        }
      }
      String kept = value.substring(0, end).strip();
      return end < value.length() ? TABLE_CAPTION.matcher(kept).replaceFirst("") : kept;
    }

    /** The sentence of {@code text} holding {@code at}. */
    private static String sentenceAround(String text, int at) {
      int start = text.lastIndexOf(". ", at);
      int end = text.indexOf(". ", at);
      return text.substring(start < 0 ? 0 : start + 2, end < 0 ? text.length() : end + 1).strip();
    }
  }
}
