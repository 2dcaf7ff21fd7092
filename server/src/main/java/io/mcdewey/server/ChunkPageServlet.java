package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.model.Schema;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /c/{chunkId}}: one chunk with where it comes from, its text, a link to it in the context of its
 * neighbours, and the operations read from it with the Java call of each.
 */
final class ChunkPageServlet extends ChunkServlet {
  private static final long serialVersionUID = 1L;

  private final transient Views views;
  private final transient EndpointCard cards;

  ChunkPageServlet(Library library, Views views, ClientSnippet snippets) {
    super(library);
    this.views = views;
    this.cards = new EndpointCard(snippets);
  }

  @Override
  protected void render(Chunk chunk, HttpServletRequest request, HttpServletResponse response) throws IOException {
    LibraryGuide guide = library().guideOf(chunk);
    String title = views.title(chunk);
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(escape(title)).append("</h1>\n<dl class=\"facts\">")
        .append("<dt>Guide</dt><dd><a href=\"").append(escape(Html.guideUrl(guide.id()))).append("\">")
        .append(escape(GuideTitles.of(guide))).append("</a></dd>")
        .append(fact("Page", chunk.page() == null ? "—" : String.valueOf(chunk.page())));
    if (chunk.firstLine() > 0) {
      html.append(fact("Lines", chunk.firstLine() + "–" + chunk.lastLine()));
    }
    html.append(fact("Source", guide.id().libraryPath()))
        .append(fact("Chunk", chunk.id()))
        .append("</dl>\n<nav class=\"chunk-links\"><a id=\"context-link\" href=\"")
        .append(escape(Html.contextUrl(chunk.id()))).append("\">View in doc context</a>");
    List<Chunk> all = guide.chunks();
    if (chunk.ordinal() > 0) {
      html.append(" · <a rel=\"prev\" href=\"").append(escape(Html.chunkUrl(all.get(chunk.ordinal() - 1).id())))
          .append("\">Previous</a>");
    }
    if (chunk.ordinal() + 1 < all.size()) {
      html.append(" · <a rel=\"next\" href=\"").append(escape(Html.chunkUrl(all.get(chunk.ordinal() + 1).id())))
          .append("\">Next</a>");
    }
    html.append("</nav>\n<div class=\"text\" id=\"chunk-text\">").append(escape(chunk.text())).append("</div>\n");
    List<Endpoint> endpoints = guide.endpointsIn(chunk);
    html.append("<h2>Operations read from this chunk</h2>\n");
    if (endpoints.isEmpty()) {
      html.append("<p>None.</p>\n");
    }
    for (Endpoint endpoint : endpoints) {
      html.append(cards.html(endpoint));
    }
    List<Schema> schemas = guide.schemasIn(chunk);
    if (!schemas.isEmpty()) {
      html.append("<h2>Objects first described here</h2>\n<ul>");
      for (Schema schema : schemas) {
        html.append("<li><code>").append(escape(schema.name())).append("</code> (")
            .append(schema.properties().size()).append(" fields)</li>");
      }
      html.append("</ul>\n");
    }
    response.setContentType("text/html;charset=utf-8");
    response.getWriter().print(Html.page(title, SearchBox.over(library(), "", guide.id().product(),
        guide.id().version(), false), html.toString()));
  }

  private static String fact(String name, String value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>";
  }
}
