package io.mcdewey.server;

import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.LibraryGuide;

/** A guide's outline in markdown, the contents of its MCP resource: what it is, its pages and its endpoints. */
final class GuideOutline {
  private GuideOutline() {}

  static String markdown(LibraryGuide guide, Views views) {
    StringBuilder text = new StringBuilder();
    text.append("# ").append(GuideTitles.of(guide)).append("\n\n")
        .append("Product `").append(guide.id().product()).append("`, release `").append(guide.id().version())
        .append("`, document `").append(guide.id().document()).append("` (").append(guide.id().libraryPath())
        .append("), read with the profile `").append(guide.api().profile()).append("`.\n");
    if (!guide.api().baseUri().isEmpty()) {
      text.append("Base URI: `").append(guide.api().baseUri()).append("`.\n");
    }
    text.append("\n## Pages\n\n");
    for (Chunk chunk : guide.chunks()) {
      text.append("- [").append(views.title(chunk)).append("](").append(ResourceUris.chunk(chunk.id())).append(')')
          .append(chunk.page() == null ? "" : ", page " + chunk.page()).append('\n');
    }
    text.append("\n## Endpoints\n\n");
    for (Endpoint endpoint : guide.endpoints()) {
      text.append("- [").append(endpoint.label()).append("](").append(ResourceUris.endpoint(endpoint.id()))
          .append("): ").append(EndpointLines.summary(endpoint)).append("\n");
    }
    return text.toString();
  }
}
