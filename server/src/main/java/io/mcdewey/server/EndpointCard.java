package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.Response;
import io.mcdewey.search.Chunk;
import io.mcdewey.search.Endpoint;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An endpoint as a chunk page shows it: method and path, whether the guide shows it whole, its description, its
 * parameters with where each goes, type, whether required and what it means, its responses, its examples printed
 * readably, its Java call, and where it was read; the call and each example with a copy button.
 */
final class EndpointCard {
  private final ClientSnippet snippets;
  /**
   * Each endpoint's card, made once: the library does not change while it is served, and printing its examples
   * readably parses each of them as XML or JSON.
   */
  private final Map<String, String> cards = new ConcurrentHashMap<>();

  EndpointCard(ClientSnippet snippets) {
    this.snippets = snippets;
  }

  String html(Endpoint endpoint) {
    return cards.computeIfAbsent(endpoint.id(), id -> newCard(endpoint));
  }

  private String newCard(Endpoint endpoint) {
    Operation operation = endpoint.operation();
    String anchor = Html.anchor(endpoint.id());
    StringBuilder html = new StringBuilder();
    html.append("<section class=\"operation card\" id=\"").append(escape(anchor)).append("\"><h3>")
        .append(escape(endpoint.label())).append("</h3>\n<p class=\"request\"><span class=\"method\">")
        .append(escape(orMark(operation.method()))).append("</span> <code>").append(escape(orMark(operation.path())))
        .append("</code> ").append(operation.complete() ? "<span class=\"complete\">complete</span>"
            : "<span class=\"incomplete\">incomplete: part of its section is missing from the guide</span>")
        .append(operation.deprecated() ? " <span class=\"incomplete\">deprecated</span>" : "").append("</p>\n");
    if (!operation.description().isBlank()) {
      html.append("<p>").append(escape(operation.description())).append("</p>\n");
    }
    parameters(html, operation.parameters());
    responses(html, operation.responses());
    List<Example> examples = operation.examples();
    for (int i = 0; i < examples.size(); i++) {
      example(html, examples.get(i), anchor + "-example-" + (i + 1));
    }
    html.append("<h4>Java client call</h4>\n");
    code(html, anchor + "-call", "client-call", escape(snippets.of(endpoint)));
    html.append("<p class=\"where\">Read from ").append(escape(endpoint.guide().id().libraryPath()))
        .append(operation.source().page() == null ? "" : ", page " + operation.source().page()).append(", chunks ")
        .append(String.join(", ", endpoint.guide().chunksOf(operation).stream()
            .map(c -> "<a href=\"" + escape(Html.chunkUrl(c.id())) + "\">" + escape(shortId(c)) + "</a>").toList()))
        .append("</p></section>\n");
    return html.toString();
  }

  private static void parameters(StringBuilder html, List<Parameter> parameters) {
    if (parameters.isEmpty()) {
      return;
    }
    html.append("<table class=\"parameters\"><tr><th>Parameter</th><th>In</th><th>Type</th><th>Required</th>")
        .append("<th>Description</th></tr>");
    for (Parameter parameter : parameters) {
      html.append("<tr><td><code>").append(escape(parameter.name())).append("</code></td><td>")
          .append(parameter.location().name().toLowerCase(Locale.ROOT)).append("</td><td>")
          .append(escape(parameter.type() == null ? "" : parameter.type())).append("</td><td>")
          .append(parameter.required() == null ? "?" : parameter.required() ? "yes" : "no").append("</td><td>")
          .append(escape(parameter.description() == null ? "" : parameter.description()))
          .append(parameter.allowedValues().isEmpty() ? "" : " <span class=\"values\">"
              + escape(String.join(", ", parameter.allowedValues())) + "</span>")
          .append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private static void responses(StringBuilder html, List<Response> responses) {
    if (responses.isEmpty()) {
      return;
    }
    html.append("<h4>Responses</h4>\n<table class=\"responses\">");
    for (Response response : responses) {
      html.append("<tr><td><code>").append(response.status()).append("</code></td><td>")
          .append(escape(response.reason() == null ? "" : response.reason())).append("</td><td>")
          .append(escape(response.description() == null ? "" : response.description())).append("</td></tr>");
    }
    html.append("</table>\n");
  }

  private static void example(StringBuilder html, Example example, String id) {
    ExampleText.Language language = ExampleText.language(example.mediaType(), example.content());
    String kind = example.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    html.append("<h4>Example ").append(escape(kind)).append(example.name().isBlank() ? ""
        : ": " + escape(example.name())).append("</h4>\n");
    code(html, id, "example " + language.name().toLowerCase(Locale.ROOT),
        ExampleText.highlighted(ExampleText.pretty(example.content(), language), language));
  }

  /** A block of code with a button that copies it. */
  private static void code(StringBuilder html, String id, String kind, String markup) {
    html.append("<div class=\"code\"><button type=\"button\" class=\"copy\" data-copy=\"").append(escape(id))
        .append("\">Copy</button><pre class=\"").append(kind).append("\"><code id=\"").append(escape(id)).append("\">")
        .append(markup).append("</code></pre></div>\n");
  }

  private static String shortId(Chunk chunk) {
    return chunk.page() == null ? "#" + (chunk.ordinal() + 1) : "page " + chunk.page();
  }

  private static String orMark(String value) {
    return value == null ? "?" : value;
  }
}
