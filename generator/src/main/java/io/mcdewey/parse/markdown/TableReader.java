package io.mcdewey.parse.markdown;

import io.mcdewey.model.Response;
import io.mcdewey.parse.Field;
import io.mcdewey.parse.markdown.dialect.HtmlElements;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import io.mcdewey.parse.markdown.request.MarkdownRequest;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import io.mcdewey.parse.markdown.request.MethodTitle;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a section's tables by their columns: requests (method and path columns, a method matrix, or paths under a
 * section titled by a method), statuses, parameters outside an answer; any other table is read cell by cell as lines
 * of text, labels in its first column.
 */
final class TableReader {
  private static final int METHOD_NOT_ALLOWED = 405;
  /** An HTML block in a table's cell: a list, a table or a paragraph. */
  private static final Pattern HTML_BLOCK = Pattern.compile("(?i)<(?:ul|ol|table|p|dl)\\b");

  private final SectionState state;
  private final MarkdownLabels labels;
  private final TextLineReader textLines;

  TableReader(SectionState state, MarkdownLabels labels, TextLineReader textLines) {
    this.state = state;
    this.labels = labels;
    this.textLines = textLines;
  }

  void table(MarkdownElement.Table printed) {
    // A list of values ends where a block of another kind stands.
    state.listed.endValues();
    state.methodBadge = null;
    state.finishExample();
    boolean answer = state.describesResponse() || state.underAnswerLabel() || state.headedAfterAnswers();
    state.statusTableLast = false;
    MarkdownElement.Table table = withTitlePath(printed);
    MarkdownTableRows rows = MarkdownTableRows.of(table);
    boolean fields = rows.has(MarkdownColumn.NAME) || rows.has(MarkdownColumn.HEADER_NAME);
    if (state.inExample() && !state.headingContext && !(answer && fields)) {
      // A table ends an example; tables of an answer's fields, one per nested object, are the answer's.
      state.setContext(null, false, "");
    }
    state.afterRequest = false;
    if (table.header().stream().filter(cell -> !cell.isBlank()).count() == 1) {
      // A table captioned by a path alone ({@code /api_versions} over a {@code Verb: GET} row, as generated REST
      // references print one table per endpoint) names the URI its method row completes.
      state.pathCaption(table.header().get(0), table.line());
    }
    // A section titled by a method alone lists that method's requests in a table of paths, unless it prints a request
    // of its own, whose table of paths is something else (the fields a JSON Patch changes).
    TableRequests tableRequests = new TableRequests(rows);
    List<MarkdownRequest> titledRequests = state.endpoints.isEmpty() && rows.has(MarkdownColumn.PATH)
        && !rows.has(MarkdownColumn.METHOD)
        ? MethodTitle.of(state.sectionTitle).map(tableRequests::ofMethod).orElse(List.of()) : List.of();
    if (rows.has(MarkdownColumn.METHOD) && rows.has(MarkdownColumn.PATH) || tableRequests.isMethodMatrix()
        || !titledRequests.isEmpty()) {
      List<MarkdownRequest> requests = titledRequests.isEmpty() ? tableRequests.all() : titledRequests;
      int parameterColumn = parameterListColumn(table, rows);
      if ((rows.has(MarkdownColumn.STATUS) || parameterColumn >= 0) && rows.has(MarkdownColumn.METHOD)
          && titledRequests.isEmpty()) {
        // A table of endpoints with a status column, or a column of parameter names, gives each row's endpoint its
        // own answer and parameters: a part a row; a row that leaves the request's cells blank lists a further
        // answer of the row above.
        boolean opened = false;
        for (List<String> row : table.rows()) {
          List<MarkdownRequest> ofRow = tableRequests.ofRow(row);
          if (!ofRow.isEmpty()) {
            state.afterRequest = false;
            state.addRequests(ofRow);
            state.current.tableRow = true;
            opened = true;
          }
          if (opened) {
            rows.statusesOf(row).forEach(state.current::addResponse);
            if (parameterColumn >= 0) {
              rows.parametersOf(row, parameterColumn).forEach(state.current::addParameter);
            }
          }
        }
      } else if (!requests.isEmpty()) {
        state.addRequests(requests);
      }
      state.afterRequest = false;
    } else if (rows.has(MarkdownColumn.STATUS)) {
      rows.statuses().forEach(state.current::addResponse);
      state.statusTableLast = true;
    } else if (state.context == Field.RESPONSES && rows.namesStatuses()) {
      // A table of answers named by their statuses ({@code | Name | Type |} over {@code | 200 OK | Widget |}), as
      // Microsoft's REST references print an operation's responses.
      rows.statusesNamed().forEach(state.current::addResponse);
    } else if ((rows.has(MarkdownColumn.NAME) || rows.has(MarkdownColumn.HEADER_NAME))
        && (rows.has(MarkdownColumn.LOCATION) || rows.has(MarkdownColumn.TYPE) || rows.has(MarkdownColumn.REQUIRED)
            || !isLabelTable(table))) {
      // A column of places ({@code Body}, {@code Header}), of types or of required marks says the names are
      // parameters', though their words may be labels' ({@code filters}).
      if (!answer) {
        MarkdownElement.Table named = withoutRequestRows(table);
        List<MarkdownParameter> read = (named == table ? rows : MarkdownTableRows.of(named))
            .parameters(LabelledFieldLines.locationOf(state.context),
                MarkdownRequired.fromIntroduction(state.lastProse));
        List<MarkdownParameter> parameters = withoutMarks(read);
        // A column saying where each name travels makes them the request's.
        boolean placed = rows.has(MarkdownColumn.LOCATION);
        if (placed || state.answerMembers().filter(members -> describesMembersOf(members, parameters)).isEmpty()) {
          parameters.forEach(parameter -> state.current.addParameter(state.listed.introducedByHeading(parameter)));
        }
        state.listed.tableRead();
      }
      if (state.context == Field.HEADERS && !state.headingContext) {
        // A line labelling headers labels the one table under it: headers nest no objects, so a further table
        // after a caption of other words ({@code Beschreibung der Abfrageparameter}) lists something else.
        state.setContext(null, false, "");
      }
    } else if ((state.context == Field.RESPONSES || MarkdownStatuses.isCode(table.header().get(0)))
        && !isLabelTable(table) && !table.header().get(0).strip().endsWith(":")) {
      // A table whose first column holds labels with their colons (a Sphinx field list: Request Headers:, Status
      // Codes:) is read by its labels, even under an answer's caption.
      rows.statusesByPosition().forEach(state.current::addResponse);
    } else {
      labelRows(table);
    }
    state.lastProse = "";
  }

  /**
   * The column of a table of endpoints whose header names parameters as a label of the profile does, among words of
   * its own ({@code Parameters}, {@code Parámetros extra}, {@code Query params}): it lists each row's parameters; -1
   * when there is none.
   */
  private int parameterListColumn(MarkdownElement.Table table, MarkdownTableRows rows) {
    for (int i = 0; i < table.header().size(); i++) {
      if (!rows.columns().containsValue(i) && labels.within(table.header().get(i))
          .filter(field -> field == Field.REQUEST_PARAMETERS || field == Field.QUERY_PARAMETERS).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The table without the rows that name the request, a method's label beside a method and a URI's beside an absolute
   * URL ({@code | Url | https://api.example.com/devp |}, {@code | Method | POST |}), as a table of a call's settings
   * lists them among its parameters, before any request of the section: those rows are read as label lines. The table
   * itself when it holds no such pair (a health check's {@code | Url | /health |} is a setting).
   */
  private MarkdownElement.Table withoutRequestRows(MarkdownElement.Table table) {
    if (!state.endpoints.isEmpty()) {
      // Under a request read already, rows naming a URL and a method are fields of it (a webhook's url and method).
      return table;
    }
    List<List<String>> request = new ArrayList<>();
    List<List<String>> kept = new ArrayList<>();
    boolean method = false;
    boolean uri = false;
    for (List<String> row : table.rows()) {
      Field field = labels.match(MarkdownTableRows.cell(row, 0)).filter(match -> match.value().isEmpty())
          .map(MarkdownLabels.Match::field).orElse(null);
      String value = MarkdownTableRows.cell(row, 1).strip();
      boolean methodRow = field == Field.HTTP_METHOD && MarkdownRequestLines.isMethod(value);
      boolean uriRow = field == Field.URI && MarkdownRequestLines.isUrlAlone(value);
      method |= methodRow;
      uri |= uriRow;
      (methodRow || uriRow ? request : kept).add(row);
    }
    if (!method || !uri) {
      return table;
    }
    for (List<String> row : request) {
      textLines.text(MarkdownTableRows.cell(row, 0).strip() + ": " + MarkdownTableRows.cell(row, 1).strip(),
          table.line(), false);
    }
    return new MarkdownElement.Table(table.header(), kept, table.line(), table.openEnded());
  }

  /**
   * The parameters of a table, none when its one row is named by a required mark alone ({@code | Required | Default:
   * none |}): it says that of the parameter read just before, as Solr's guide prints a parameter's traits in a
   * one-row table under its term. Among other rows, {@code required} names a field.
   */
  private List<MarkdownParameter> withoutMarks(List<MarkdownParameter> read) {
    Boolean mark = read.size() == 1 ? MarkdownRequired.fromNameMark(read.get(0).name()) : null;
    if (mark == null) {
      return read;
    }
    state.current.markLast(mark);
    return List.of();
  }

  /**
   * Whether the names of a table are, half of them and two at least, members of the JSON answer shown above it under
   * the same label and request: the table describes that answer's fields ({@code id | string | ...} under an example
   * holding {@code "id": "123"}), as guides document an answer by its example and a table of its members.
   */
  private static boolean describesMembersOf(Set<String> members, List<MarkdownParameter> parameters) {
    long named = parameters.stream().filter(parameter -> members.contains(parameter.name())).count();
    return named >= 2 && named * 2 >= parameters.size();
  }

  /**
   * A table of methods under a section titled by a path alone ({@code /namespaces/<ns>[.<format>]} over
   * {@code Method | Action | Status code}, as GeoServer's references print a resource), with that path in a column of
   * its own: each row a request. A row answering only 405 says the resource takes no such method, and is dropped; a
   * table without a column of statuses is left as printed.
   */
  private MarkdownElement.Table withTitlePath(MarkdownElement.Table table) {
    String title = state.sectionTitle.strip();
    if (!state.endpoints.isEmpty() || !MarkdownSection.isPathAlone(title)) {
      return table;
    }
    MarkdownTableRows rows = MarkdownTableRows.of(table);
    if (!MarkdownSection.listsMethodsOfTitle(rows)) {
      return table;
    }
    List<String> header = new ArrayList<>(table.header());
    header.add("Path");
    List<List<String>> pathed = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<Integer> statuses = rows.statusesOf(row).stream().map(Response::status).distinct().toList();
      if (!statuses.equals(List.of(METHOD_NOT_ALLOWED))) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < table.header().size()) {
          cells.add("");
        }
        cells.add(title);
        pathed.add(cells);
      }
    }
    return new MarkdownElement.Table(header, pathed, table.line(), table.openEnded());
  }

  /** Whether a table's first column holds field labels ({@code | URI | /users |}): its rows are label lines. */
  private boolean isLabelTable(MarkdownElement.Table table) {
    // A label stands beside its value, in the next cell or in its own after a colon: a column of names alone
    // ({@code status}, {@code name}) lists parameters though their words are labels'.
    boolean besideValues = table.header().size() > 1;
    long labelled = table.rows().stream()
        .filter(row -> labels.match(MarkdownTableRows.cell(row, 0))
            .filter(match -> !match.spaced() && (besideValues || !match.value().isEmpty())).isPresent())
        .count();
    return labelled * 2 > table.rows().size();
  }

  private void labelRows(MarkdownElement.Table table) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.header());
    rows.addAll(table.rows());
    for (List<String> row : rows) {
      for (String cell : row) {
        if (HTML_BLOCK.matcher(cell).find()) {
          htmlCell(cell, table.line());
        } else {
          textLines.text(cell, table.line(), false);
        }
      }
    }
  }

  /**
   * A cell holding HTML blocks, as pipe tables print what a cell cannot hold in markdown (a list of labels, a table
   * of statuses): read as the blocks it holds, each at the table's line.
   */
  private void htmlCell(String cell, int line) {
    for (MarkdownElement element : HtmlElements.readInMarkdown(cell)) {
      if (element instanceof MarkdownElement.TextLine text) {
        textLines.text(text.text(), line, text.listItem());
      } else if (element instanceof MarkdownElement.Table inner) {
        table(new MarkdownElement.Table(inner.header(), inner.rows(), line, inner.openEnded()));
      }
    }
  }
}
