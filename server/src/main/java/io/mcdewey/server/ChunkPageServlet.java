package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Schema;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /c/{chunkId}}: one chunk with where it comes from, its text, a link to it in the context of its
 * neighbours, and the operations read from it with the Java call of each.
 */
final class ChunkPageServlet extends ChunkServlet {
  private static final long serialVersionUID = 1L;

  private final transient Views views;
  private final transient ClientSnippet snippets;

  ChunkPageServlet(Library library, Views views, ClientSnippet snippets) {
    super(library);
    this.views = views;
    this.snippets = snippets;
  }

  @Override
  protected void render(Chunk chunk, HttpServletRequest request, HttpServletResponse response) throws IOException {
    LibraryGuide guide = library().guideOf(chunk);
    String title = views.title(chunk);
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(escape(title)).append("</h1>\n<dl class=\"facts\">")
        .append(fact("Guide", guide.id() + (guide.api().title().isEmpty() ? "" : " — " + guide.api().title())))
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
    html.append("</nav>\n<pre class=\"text\" id=\"chunk-text\">").append(escape(chunk.text())).append("</pre>\n");
    List<Endpoint> endpoints = guide.endpointsIn(chunk);
    html.append("<h2>Operations read from this chunk</h2>\n");
    if (endpoints.isEmpty()) {
      html.append("<p>None.</p>\n");
    }
    for (Endpoint endpoint : endpoints) {
      html.append(operation(endpoint));
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
    response.getWriter().print(Html.page(title, "", html.toString()));
  }

  private String operation(Endpoint endpoint) {
    Operation operation = endpoint.operation();
    StringBuilder html = new StringBuilder();
    html.append("<section class=\"operation\" id=\"").append(escape(Html.anchor(endpoint.id()))).append("\"><h3>")
        .append(escape(endpoint.label())).append("</h3>\n<p><span class=\"method\">")
        .append(escape(operation.method() == null ? "?" : operation.method())).append("</span> <code>")
        .append(escape(operation.path() == null ? "?" : operation.path())).append("</code></p>\n");
    if (!operation.parameters().isEmpty()) {
      boolean typed = operation.parameters().stream().anyMatch(p -> !p.type().isEmpty());
      html.append("<table><tr><th>Parameter</th><th>In</th><th>Required</th>").append(typed ? "<th>Type</th>" : "")
          .append("</tr>");
      for (Parameter parameter : operation.parameters()) {
        html.append("<tr><td><code>").append(escape(parameter.name())).append("</code></td><td>")
            .append(parameter.location().name().toLowerCase(Locale.ROOT)).append("</td><td>")
            .append(parameter.required() == null ? "?" : parameter.required() ? "yes" : "no").append("</td>")
            .append(typed ? "<td>" + escape(parameter.type()) + "</td>" : "").append("</tr>");
      }
      html.append("</table>\n");
    }
    html.append("<h4>Java client call</h4>\n<pre class=\"client-call\"><code>")
        .append(escape(snippets.of(endpoint))).append("</code></pre></section>\n");
    return html.toString();
  }

  private static String fact(String name, String value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>";
  }
}
