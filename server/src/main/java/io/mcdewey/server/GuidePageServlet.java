package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /g/{guide key}}: a guide's table of contents, its endpoints by group and its pages in order, each linking
 * to its chunk page. The key is only looked up among the library's guides.
 */
final class GuidePageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Library library;
  private final transient Views views;

  GuidePageServlet(Library library, Views views) {
    this.library = library;
    this.views = views;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<LibraryGuide> found = library.guides().stream().filter(g -> g.id().key().equals(key)).findFirst();
    if (found.isEmpty()) {
      ErrorBodies.write(request.getRequestURI(), response, HttpServletResponse.SC_NOT_FOUND,
          "The library has no guide " + key + ".");
      return;
    }
    LibraryGuide guide = found.get();
    StringBuilder html = new StringBuilder("<h1>").append(escape(GuideTitles.of(guide))).append("</h1>\n")
        .append("<dl class=\"facts\"><dt>Product</dt><dd>").append(escape(guide.id().product()))
        .append("</dd><dt>Release</dt><dd>").append(escape(guide.id().version()))
        .append("</dd><dt>Source</dt><dd>").append(escape(guide.id().libraryPath()))
        .append("</dd><dt>Read with</dt><dd>").append(escape(guide.api().profile())).append("</dd>")
        .append(guide.api().baseUri().isEmpty() ? "" : "<dt>Base URI</dt><dd><code>"
            + escape(guide.api().baseUri()) + "</code></dd>")
        .append("</dl>\n<nav class=\"toc\"><h2>Endpoints</h2>\n");
    Map<String, List<Endpoint>> groups = new LinkedHashMap<>();
    for (Endpoint endpoint : guide.endpoints()) {
      groups.computeIfAbsent(endpoint.operation().group().isEmpty() ? "Other" : endpoint.operation().group(),
          g -> new ArrayList<>()).add(endpoint);
    }
    groups.forEach((group, endpoints) -> {
      html.append("<h3>").append(escape(group)).append("</h3>\n<ul>");
      for (Endpoint endpoint : endpoints) {
        List<Chunk> chunks = guide.chunksOf(endpoint.operation());
        String link = chunks.isEmpty() ? escape(endpoint.label()) : "<a href=\"" + escape(Html.chunkUrl(
            chunks.get(0).id()) + "#" + Html.anchor(endpoint.id())) + "\">" + escape(endpoint.label()) + "</a>";
        html.append("<li>").append(link).append(" <span class=\"where\">")
            .append(escape(EndpointLines.summary(endpoint))).append("</span></li>");
      }
      html.append("</ul>\n");
    });
    html.append("<h2>Pages</h2>\n<ol class=\"pages\">");
    for (Chunk chunk : guide.chunks()) {
      html.append("<li><a href=\"").append(escape(Html.chunkUrl(chunk.id()))).append("\">")
          .append(escape(views.title(chunk))).append("</a>")
          .append(chunk.page() == null ? "" : " <span class=\"where\">page " + chunk.page() + "</span>")
          .append("</li>");
    }
    html.append("</ol></nav>\n");
    response.setContentType("text/html;charset=utf-8");
    response.getWriter().print(Html.page(GuideTitles.of(guide), SearchBox.over(library, "", guide.id().product(),
        guide.id().version(), false), html.toString()));
  }
}
