package io.mcdewey.server;

import io.mcdewey.search.LibrarySearch;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The library server on embedded Jetty: the search page ({@code /}), a page per chunk ({@code /c/{id}}) and its
 * context ({@code /context/{id}}), the search API ({@code /api/search}) and the MCP endpoint ({@code /mcp}), all
 * behind the {@link RequestGuard}.
 */
public final class LibraryServer implements AutoCloseable {
  /** Request headers and URIs longer than this are refused by Jetty with 431. */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private final Server jetty;
  private final ServerConnector connector;
  private final McpSyncServer mcp;

  private LibraryServer(Server jetty, ServerConnector connector, McpSyncServer mcp) {
    this.jetty = jetty;
    this.connector = connector;
    this.mcp = mcp;
  }

  /** Starts serving the library; returns once the server listens. */
  public static LibraryServer start(LibrarySearch search, ServerSettings settings, String version)
      throws Exception {
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    jetty.addConnector(connector);

    ClientSnippet snippets = new ClientSnippet();
    Views views = new Views(search.library(), snippets);
    HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
        .jsonMapper(McpJsonDefaults.getMapper())
        .mcpEndpoint("/mcp")
        .securityValidator(RequestGuard.validator(settings))
        .maxRequestSize(settings.maxRequestBytes())
        .build();
    McpSyncServer mcp = McpServer.sync(transport)
        .serverInfo("mcdewey", version)
        .instructions("A library of vendors' REST developer guides. Find endpoints with search_endpoints and pages"
            + " with search_docs, read them with get_endpoint and get_chunk, and get the Java call of an endpoint"
            + " with generate_client_code.")
        .capabilities(ServerCapabilities.builder().tools(false).build())
        .tools(new McpTools(search, views, snippets).specifications())
        .build();

    ServletContextHandler context = new ServletContextHandler("/");
    context.setMaxFormContentSize(settings.maxRequestBytes());
    context.addFilter(new FilterHolder(new RequestGuard(settings)), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new SearchPageServlet(search, views)), "");
    context.addServlet(new ServletHolder(new ChunkPageServlet(search.library(), views, snippets)), "/c/*");
    context.addServlet(new ServletHolder(new ContextPageServlet(search.library(), views)), "/context/*");
    context.addServlet(new ServletHolder(new SearchApiServlet(search, views)), "/api/search");
    ServletHolder mcpHolder = new ServletHolder(transport);
    mcpHolder.setAsyncSupported(true);
    context.addServlet(mcpHolder, "/mcp");
    jetty.setHandler(context);
    jetty.setStopAtShutdown(true);
    try {
      jetty.start();
    } catch (Exception e) {
      mcp.close();
      jetty.stop();
      throw e;
    }
    return new LibraryServer(jetty, connector, mcp);
  }

  /** Where the server listens, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + connector.getLocalPort() + "/");
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  @Override
  public void close() throws Exception {
    mcp.closeGracefully();
    jetty.stop();
  }
}
