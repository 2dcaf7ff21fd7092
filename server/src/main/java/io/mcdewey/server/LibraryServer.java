package io.mcdewey.server;

import io.mcdewey.mcp.McpFeatures;
import io.mcdewey.mcp.PromptProvider;
import io.mcdewey.mcp.ResourceProvider;
import io.mcdewey.mcp.StreamableHttpServlet;
import io.mcdewey.search.LibrarySearch;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The library server on embedded Jetty: the search page ({@code /}), a page per guide ({@code /g/{key}}), a page per
 * chunk ({@code /c/{id}}) and its context ({@code /context/{id}}), the search API ({@code /api/search}), the MCP
 * endpoint ({@code /mcp}), the pages' assets and the sign-in form, all behind the {@link RequestGuard}.
 */
public final class LibraryServer implements AutoCloseable {
  /** Request headers and URIs longer than this are refused by Jetty with 431. */
  static final int MAX_HEADER_BYTES = 8 * 1024;
  static final String INSTRUCTIONS = "A library of vendors' REST developer guides. Find endpoints with"
      + " search_endpoints and pages with search_docs, read them with get_endpoint and get_chunk, and get the Java"
      + " call of an endpoint with generate_client_code. Guides, pages and endpoints are also resources"
      + " (mcdewey://guides/..., mcdewey://chunks/..., mcdewey://endpoints/...).";

  private final Server jetty;
  private final ServerConnector connector;
  private final StreamableHttpServlet mcp;

  private LibraryServer(Server jetty, ServerConnector connector, StreamableHttpServlet mcp) {
    this.jetty = jetty;
    this.connector = connector;
    this.mcp = mcp;
  }

  /** Starts serving the library; returns once the server listens. */
  public static LibraryServer start(LibrarySearch search, ServerSettings settings, String version)
      throws Exception {
    return start(search, settings, version, List.of(), List.of());
  }

  /**
   * Starts serving the library with resources and prompts besides the library's own, offered after them over MCP.
   */
  public static LibraryServer start(LibrarySearch search, ServerSettings settings, String version,
      List<ResourceProvider> moreResources, List<PromptProvider> morePrompts) throws Exception {
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    jetty.addConnector(connector);
    jetty.setErrorHandler(new PlainErrorHandler());

    ClientSnippet snippets = new ClientSnippet();
    Views views = new Views(search.library(), snippets);
    List<ResourceProvider> resources = new ArrayList<>(List.of(new LibraryResources(search.library(), views)));
    resources.addAll(moreResources);
    List<PromptProvider> prompts = new ArrayList<>(List.of(new LibraryPrompts(search, views)));
    prompts.addAll(morePrompts);
    StreamableHttpServlet mcp = new StreamableHttpServlet(new McpFeatures("mcdewey", version, INSTRUCTIONS,
        new McpTools(search, views, snippets).tools(), resources, prompts, search.library().problems()),
        settings.maxRequestBytes(), settings.keepAlive());
    BrowserSignIn signIn = settings.token() == null ? null : new BrowserSignIn(settings.token());

    ServletContextHandler context = new ServletContextHandler("/");
    context.setMaxFormContentSize(settings.maxRequestBytes());
    context.setErrorHandler(new PlainErrorHandler());
    context.addFilter(new FilterHolder(new RequestGuard(settings, signIn)), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new SearchPageServlet(search, views)), "");
    context.addServlet(new ServletHolder(new ChunkPageServlet(search.library(), views, snippets)), "/c/*");
    context.addServlet(new ServletHolder(new ContextPageServlet(search.library(), views)), "/context/*");
    context.addServlet(new ServletHolder(new GuidePageServlet(search.library(), views)), "/g/*");
    context.addServlet(new ServletHolder(new SearchApiServlet(search, views)), ServerPaths.API + "search");
    context.addServlet(new ServletHolder(new AssetServlet()), AssetServlet.PATH + "*");
    if (signIn != null) {
      context.addServlet(new ServletHolder(new SignInServlet(signIn)), BrowserSignIn.PATH);
    }
    ServletHolder mcpHolder = new ServletHolder(mcp);
    mcpHolder.setAsyncSupported(true);
    context.addServlet(mcpHolder, ServerPaths.MCP);
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
    mcp.close();
    jetty.stop();
  }
}
