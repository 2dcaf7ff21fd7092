package io.mcdewey.server;

import io.mcdewey.mcp.CompactJson;
import io.mcdewey.search.LibrarySearch;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/search?q=&product=&version=&k=}: the endpoints and the chunks that answer a question, as JSON,
 * best first, at most {@code k} of each.
 */
final class SearchApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient LibrarySearch search;
  private final transient Views views;

  SearchApiServlet(LibrarySearch search, Views views) {
    this.search = search;
    this.views = views;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, Object> answer = new LinkedHashMap<>();
    try {
      SearchParameters parameters = SearchParameters.read(request.getParameter("q"), request.getParameter("product"),
          request.getParameter("version"), request.getParameter("k"));
      if (parameters.query().isEmpty()) {
        throw new BadRequestException("q is required: the question to search for");
      }
      answer.put("query", parameters.query());
      answer.put("product", parameters.product());
      answer.put("version", parameters.version());
      answer.put("endpoints", search.endpoints(parameters.query(), parameters.product(), parameters.version(),
          parameters.limit()).stream().map(views::endpointResult).toList());
      answer.put("chunks", search.chunks(parameters.query(), parameters.product(), parameters.version(),
          parameters.limit()).stream().map(views::chunkResult).toList());
    } catch (BadRequestException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      answer.clear();
      answer.put("error", e.getMessage());
    }
    response.setContentType("application/json;charset=utf-8");
    response.getWriter().print(CompactJson.write(answer));
  }
}
