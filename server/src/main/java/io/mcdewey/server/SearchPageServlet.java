package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Found;
import io.mcdewey.search.LibraryGuide;
import io.mcdewey.search.LibrarySearch;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code GET /}: the search box and, for a question, the endpoints and pages that answer it; else the library. */
final class SearchPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient LibrarySearch search;
  private final transient Views views;

  SearchPageServlet(LibrarySearch search, Views views) {
    this.search = search;
    this.views = views;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SearchBox box;
    String body;
    try {
      SearchParameters parameters = SearchParameters.read(request.getParameter("q"), request.getParameter("product"),
          request.getParameter("version"), request.getParameter("k"));
      box = SearchBox.over(search.library(), parameters.query(), parameters.product(), parameters.version(), true);
      body = parameters.query().isEmpty() ? library() : results(parameters);
    } catch (BadRequestException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      box = SearchBox.over(search.library(), "", "", "", true);
      body = "<p class=\"error\">" + escape(e.getMessage()) + "</p>\n";
    }
    response.setContentType("text/html;charset=utf-8");
    response.getWriter().print(Html.page(box.query().isEmpty() ? "Library" : box.query(), box, body));
  }

  private String results(SearchParameters parameters) throws IOException {
    List<Found<Endpoint>> endpoints = search.endpoints(parameters.query(), parameters.product(),
        parameters.version(), parameters.limit());
    List<Found<Chunk>> chunks = search.chunks(parameters.query(), parameters.product(), parameters.version(),
        parameters.limit());
    StringBuilder html = new StringBuilder();
    html.append("<h2>Endpoints</h2>\n");
    if (endpoints.isEmpty()) {
      html.append("<p>No endpoint matches.</p>\n");
    }
    for (Found<Endpoint> found : endpoints) {
      Map<String, Object> view = views.endpointResult(found);
      Object url = view.get("url");
      html.append("<div class=\"result endpoint\">")
          .append(url == null ? escape(found.item().label())
              : "<a href=\"" + escape(url.toString()) + "\">" + escape(found.item().label()) + "</a>")
          .append(" <span class=\"method\">").append(escape(String.valueOf(orMark(view.get("method")))))
          .append("</span> <code>").append(escape(String.valueOf(orMark(view.get("path"))))).append("</code>")
          .append(found.item().operation().complete() ? " <span class=\"complete\">complete</span>"
              : " <span class=\"incomplete\" title=\"Part of its section is missing from the guide\">incomplete"
                  + "</span>")
          .append("<div class=\"where\">").append(escape(found.item().guide().id().toString()))
          .append("</div></div>\n");
    }
    html.append("<h2>Pages</h2>\n");
    if (chunks.isEmpty()) {
      html.append("<p>No page matches.</p>\n");
    }
    for (Found<Chunk> found : chunks) {
      Map<String, Object> view = views.chunkResult(found);
      html.append("<div class=\"result chunk\"><a href=\"").append(escape(view.get("url").toString())).append("\">")
          .append(escape(view.get("title").toString())).append("</a>")
          .append("<div class=\"where\">").append(escape(found.item().guide().toString()))
          .append(found.item().page() == null ? "" : ", page " + found.item().page()).append("</div>")
          .append("<div class=\"snippet\">").append(escape(view.get("snippet").toString())).append("</div></div>\n");
    }
    return html.toString();
  }

  /** Without a question: what the library holds. */
  private String library() {
    StringBuilder html = new StringBuilder("<h2>Library</h2>\n<table><tr><th>Product</th><th>Version</th>"
        + "<th>Document</th><th>Pages</th><th>Endpoints</th></tr>\n");
    for (LibraryGuide guide : search.library().guides()) {
      html.append("<tr><td>").append(escape(guide.id().product())).append("</td><td>")
          .append(escape(guide.id().version())).append("</td><td>")
          .append("<a href=\"").append(escape(Html.guideUrl(guide.id()))).append("\">")
          .append(escape(guide.id().document())).append("</a>")
          .append("</td><td>").append(guide.chunks().size()).append("</td><td>")
          .append(guide.api().operations().size()).append("</td></tr>\n");
    }
    html.append("</table>\n");
    List<String> problems = search.library().problems();
    if (!problems.isEmpty()) {
      html.append("<h2>Left out</h2>\n<ul class=\"problems\">");
      problems.forEach(p -> html.append("<li>").append(escape(p)).append("</li>"));
      html.append("</ul>\n");
    }
    return html.toString();
  }

  private static Object orMark(Object value) {
    return value == null ? "?" : value;
  }
}
