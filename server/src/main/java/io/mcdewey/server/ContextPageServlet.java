package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.search.Chunk;
import io.mcdewey.search.Library;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /context/{chunkId}}: a chunk among the chunks before and after it in its guide. */
final class ContextPageServlet extends ChunkServlet {
  private static final long serialVersionUID = 1L;
  /** How many chunks to show on each side. */
  static final int RADIUS = 2;

  private final transient Views views;

  ContextPageServlet(Library library, Views views) {
    super(library);
    this.views = views;
  }

  @Override
  protected void render(Chunk chunk, HttpServletRequest request, HttpServletResponse response) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(escape(chunk.guide().toString())).append(" around ")
        .append(escape(chunk.page() == null ? chunk.id() : "page " + chunk.page())).append("</h1>\n");
    for (Chunk neighbour : library().around(chunk, RADIUS)) {
      boolean current = neighbour.id().equals(chunk.id());
      html.append("<section id=\"").append(escape(Html.anchor(neighbour.id()))).append('"')
          .append(current ? " class=\"current\"" : "").append("><h2><a href=\"")
          .append(escape(Html.chunkUrl(neighbour.id()))).append("\">").append(escape(views.title(neighbour)))
          .append("</a></h2><p class=\"where\">")
          .append(escape(neighbour.page() == null ? "" : "page " + neighbour.page() + " · "))
          .append(escape(neighbour.id())).append("</p><pre class=\"text\">").append(escape(neighbour.text()))
          .append("</pre></section>\n");
    }
    response.setContentType("text/html;charset=utf-8");
    response.getWriter().print(Html.page(views.title(chunk) + " in context", "", html.toString()));
  }
}
