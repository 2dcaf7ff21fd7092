package io.mcdewey.parse.markdown.rules;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sections that a summary table names: a table of operations gives each row's name and request
 * ({@code getGroupMembers | GET /v3/users/groups/{groupId}/members | ...}), and a section titled by that name alone
 * ({@code # **getGroupMembers**}) documents that request, though it prints no request line, as openapi-generator's API
 * pages print an operation's parameters under its id. The request is read as a line right under the title. A name two
 * rows give, a name that is no operation's id ({@code Users}), or a section printing a request line of its own, is left
 * as printed.
 */
public final class SummaryRowSections {
  /**
   * An operation's id as code names it ({@code getGroupMembers}, {@code list_users}): a resource's or a group's name
   * ({@code Users}) titles a section of several operations.
   */
  private static final Pattern OPERATION_ID = Pattern.compile("\\p{Ll}+(?:[_\\p{Lu}\\d][\\p{L}\\d]*)+");

  private SummaryRowSections() {}

  /** The elements, with the request of a summary row under each section its name titles. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    Map<String, MarkdownRequest> named = requestsByName(elements);
    if (named.isEmpty()) {
      return elements;
    }
    List<MarkdownElement> read = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      read.add(elements.get(i));
      if (elements.get(i) instanceof MarkdownElement.Heading heading && named.containsKey(heading.text().strip())
          && !printsRequest(elements, i + 1)) {
        MarkdownRequest request = named.get(heading.text().strip());
        read.add(new MarkdownElement.TextLine(request.method() + " " + request.uri(), heading.line(), false,
            List.of(), heading.line()));
      }
    }
    return read;
  }

  /** The request of each name a summary table's rows give once, its first cell naming the request another prints. */
  private static Map<String, MarkdownRequest> requestsByName(List<MarkdownElement> elements) {
    Map<String, MarkdownRequest> named = new HashMap<>();
    Set<String> repeated = new HashSet<>();
    for (MarkdownElement element : elements) {
      if (!(element instanceof MarkdownElement.Table table)) {
        continue;
      }
      for (List<String> row : table.rows()) {
        if (row.size() < 2 || !OPERATION_ID.matcher(row.get(0).strip()).matches()) {
          continue;
        }
        for (String cell : row.subList(1, row.size())) {
          List<MarkdownRequest> requests = MarkdownRequestLines.opening(cell.strip(), table.line());
          if (requests.size() == 1 && MarkdownRequestLines.isRequestLineAlone(cell.strip())) {
            String name = row.get(0).strip();
            if (named.put(name, requests.get(0)) != null) {
              repeated.add(name);
            }
            break;
          }
        }
      }
    }
    repeated.forEach(named::remove);
    return named;
  }

  /** Whether the section opening at {@code from} prints a request line before its next heading. */
  private static boolean printsRequest(List<MarkdownElement> elements, int from) {
    for (int i = from; i < elements.size() && !(elements.get(i) instanceof MarkdownElement.Heading); i++) {
      if (elements.get(i) instanceof MarkdownElement.TextLine line
          && !MarkdownRequestLines.opening(line.text(), line.line()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
