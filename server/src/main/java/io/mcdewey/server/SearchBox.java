package io.mcdewey.server;

import static io.mcdewey.server.Html.escape;

import io.mcdewey.search.Library;
import java.util.List;

/**
 * The search form at the top of every page: the question and, over a library, a product and a release to search in.
 * The form sends them as {@code q}, {@code product} and {@code version}, so the results page keeps them in its URL
 * and shows them chosen again.
 *
 * @param query the question shown in the box
 * @param product the product chosen, empty for all
 * @param version the release chosen, empty for all
 * @param products the products to choose from; none for a form without filters
 * @param versions the releases to choose from
 * @param focus whether the box takes the keyboard focus when the page opens
 */
record SearchBox(String query, String product, String version, List<String> products, List<String> versions,
    boolean focus) {

  /** A box without filters, such as on pages that need no library. */
  static SearchBox plain(String query) {
    return new SearchBox(query, "", "", List.of(), List.of(), false);
  }

  /** A box with the library's products and releases to filter by, showing a search's own choices. */
  static SearchBox over(Library library, String query, String product, String version, boolean focus) {
    ProductReleases releases = ProductReleases.of(library, product);
    return new SearchBox(query, product, version, releases.products(), releases.versions(), focus);
  }

  String html() {
    StringBuilder html = new StringBuilder("<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">")
        .append("<input name=\"q\" type=\"search\" aria-label=\"Search the library\" placeholder=\"How do I …?\"")
        .append(focus ? " autofocus" : "").append(" value=\"").append(escape(query)).append("\">");
    if (!products.isEmpty()) {
      html.append(select("product", "All products", product, products))
          .append(select("version", "All releases", version, versions));
    }
    return html.append("<button type=\"submit\">Search</button></form>").toString();
  }

  private static String select(String name, String all, String chosen, List<String> values) {
    StringBuilder html = new StringBuilder("<select name=\"").append(name).append("\" aria-label=\"").append(all)
        .append("\"><option value=\"\">").append(all).append("</option>");
    for (String value : values) {
      html.append("<option").append(value.equals(chosen) ? " selected" : "").append('>').append(escape(value))
          .append("</option>");
    }
    return html.append("</select>").toString();
  }
}
