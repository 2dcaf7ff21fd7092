package io.mcdewey.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /assets/{name}}: the pages' style sheet and script, served from the jar so that pages load nothing from
 * other sites. The files are read once, by name from a fixed list; a request names one of them or gets a 404.
 */
final class AssetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/assets/";

  private record Asset(String contentType, byte[] bytes) {}

  private final transient Map<String, Asset> assets = new LinkedHashMap<>();

  AssetServlet() {
    add("site.css", "text/css;charset=utf-8");
    add("site.js", "text/javascript;charset=utf-8");
  }

  private void add(String name, String contentType) {
    try (InputStream in = AssetServlet.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the asset " + name);
      }
      assets.put(name, new Asset(contentType, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Asset asset = assets.get(name);
    if (asset == null) {
      ErrorBodies.write(request.getRequestURI(), response, HttpServletResponse.SC_NOT_FOUND, "no asset " + name);
      return;
    }
    response.setContentType(asset.contentType());
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(asset.bytes().length);
    response.getOutputStream().write(asset.bytes());
  }
}
