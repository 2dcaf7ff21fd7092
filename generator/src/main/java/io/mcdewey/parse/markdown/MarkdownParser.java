package io.mcdewey.parse.markdown;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.parse.Diagnostics;
import io.mcdewey.parse.LayoutParser;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.UriTemplate;
import io.mcdewey.parse.markdown.dialect.ApiDocComments;
import io.mcdewey.parse.markdown.dialect.AsciiDocElements;
import io.mcdewey.parse.markdown.dialect.HtmlElements;
import io.mcdewey.parse.markdown.dialect.JsonRouteLists;
import io.mcdewey.parse.markdown.dialect.RamlElements;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Reads ordinary markdown API documentation: a heading per endpoint or page; request lines ({@code GET /path},
 * {@code URI: GET https://...}, {@code PUT /x HTTP/1.1}) in paragraphs, table cells or code blocks; parameter,
 * header and status tables or lists; examples. The profile's labels say which field the lines after them document.
 *
 * <p>Every request line becomes an operation of its own, sharing its section's title and what the section
 * documents before its first request line.
 */
public final class MarkdownParser implements LayoutParser {

  @Override
  public Result parse(GuideDocument guide, Profile profile, Diagnostics diagnostics) {
    Text text = Text.of(guide);
    List<MarkdownElement> elements = text.elements();
    MarkdownLabels labels = new MarkdownLabels(profile.labels());
    List<MarkdownSectionReader.Reading> readings = new ArrayList<>();
    for (MarkdownSection section : MarkdownSection.split(elements, labels)) {
      readings.add(new MarkdownSectionReader(labels, profile, diagnostics, text::where).read(section));
    }
    Optional<String> namedBase = BaseUrlLines.named(elements);
    List<Operation> operations = new MarkdownOperations(profile, diagnostics, text::where)
        .build(readings, namedBase.map(BaseUrlLines::path).orElse(""));
    String printedBase = baseUri(operations);
    String baseUri = !printedBase.isEmpty() ? printedBase
        : namedBase.map(named -> BaseUrlLines.of(named, operations)).orElse("");
    return new Result(title(elements, guide.html() != null), baseUri, operations, List.of());
  }

  /**
   * The guide's title: the top-level heading it opens with, if any. A web page opens with its first heading: the
   * text before it is the site's (skip links, menus, language pickers), not the guide's.
   */
  private static String title(List<MarkdownElement> elements, boolean webPage) {
    for (MarkdownElement element : elements) {
      if (element instanceof MarkdownElement.Heading heading) {
        return heading.level() == 1 ? heading.text() : "";
      }
      if (!webPage) {
        return "";
      }
    }
    return "";
  }

  /**
   * The scheme and host most request lines name, empty when they print only paths (the base URL a line names is then
   * theirs, {@link BaseUrlLines}).
   */
  private static String baseUri(List<Operation> operations) {
    Map<String, Long> counts = operations.stream()
        .map(operation -> operation.uriTemplate() == null ? null : UriTemplate.parse(operation.uriTemplate()))
        .filter(template -> template != null && !template.baseUri().isEmpty())
        .collect(Collectors.groupingBy(UriTemplate::baseUri, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  /**
   * The guide's elements and where each line they name comes from: a markdown file and a web page are read whole,
   * their lines being the file's; a chunk export is read as its pages' texts one after the other, each line leading
   * back to its page.
   */
  private record Text(List<MarkdownElement> elements, IntFunction<Provenance> sources) {

    static Text of(GuideDocument guide) {
      IntFunction<Provenance> fileLines = line -> new Provenance(guide.file(), null, null, line);
      if (guide.html() != null) {
        return new Text(HtmlElements.read(guide.html()), fileLines);
      }
      if (guide.markdown() != null) {
        if (RamlElements.isRaml(guide.markdown())) {
          return new Text(RamlElements.read(guide.markdown()), fileLines);
        }
        List<MarkdownElement> routes = JsonRouteLists.read(guide.markdown());
        if (!routes.isEmpty()) {
          return new Text(routes, fileLines);
        }
        if (ApiDocComments.isApiDoc(guide.file(), guide.markdown())) {
          return new Text(ApiDocComments.read(guide.markdown()), fileLines);
        }
        if (AsciiDocElements.isAsciiDoc(guide.file(), guide.markdown())) {
          return new Text(AsciiDocElements.read(guide.markdown()), fileLines);
        }
        return new Text(MarkdownElements.read(guide.markdown(),
            MarkdownElements.Syntax.ofFile(guide.file())), fileLines);
      }
      StringBuilder markdown = new StringBuilder();
      List<Integer> firstLines = new ArrayList<>();
      int line = 1;
      for (Page page : guide.pages()) {
        firstLines.add(line);
        String text = page.text() + "\n\n";
        markdown.append(text);
        line += (int) text.chars().filter(c -> c == '\n').count();
      }
      List<Page> pages = guide.pages();
      return new Text(MarkdownElements.read(markdown.toString()), at -> {
        int index = 0;
        while (index + 1 < firstLines.size() && firstLines.get(index + 1) <= at) {
          index++;
        }
        return pages.isEmpty() ? new Provenance(guide.file(), null, null, 0) : pages.get(index).source();
      });
    }

    Provenance where(int line) {
      return sources.apply(line);
    }
  }
}
