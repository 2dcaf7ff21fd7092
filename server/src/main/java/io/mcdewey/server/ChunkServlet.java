package io.mcdewey.server;

import io.mcdewey.search.Chunk;
import io.mcdewey.search.Library;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A page about one chunk, named by the rest of the path ({@code /c/<chunk id>}). The id is only looked up in the
 * library; an unknown one is a 404.
 */
abstract class ChunkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Library library;

  ChunkServlet(Library library) {
    this.library = library;
  }

  Library library() {
    return library;
  }

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    Optional<Chunk> chunk = path == null || path.length() < 2 ? Optional.empty() : library.chunk(path.substring(1));
    if (chunk.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/html;charset=utf-8");
      response.getWriter().print(Html.page("Not found", "", "<h1>No such chunk</h1>\n<p>The library has no chunk "
          + Html.escape(path == null ? "" : path.substring(1)) + ".</p>\n"));
      return;
    }
    render(chunk.get(), request, response);
  }

  protected abstract void render(Chunk chunk, HttpServletRequest request, HttpServletResponse response)
      throws IOException;
}
