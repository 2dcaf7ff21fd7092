package io.mcdewey.server;

import io.mcdewey.mcp.ToolError;
import io.mcdewey.search.Library;
import java.util.List;

/**
 * The product and release a search is limited to, empty for all, checked against the library so that a misspelt
 * filter says what the library has instead of finding nothing.
 *
 * @param product the product, or empty
 * @param version the release, or empty
 */
record SearchFilter(String product, String version) {

  static SearchFilter checked(Library library, String product, String version) throws ToolError {
    ProductReleases releases = ProductReleases.of(library, product);
    List<String> products = releases.products();
    List<String> versions = releases.versions();
    if (!product.isEmpty() && !products.contains(product)) {
      throw new ToolError("unknown product '" + product + "'; the library has " + String.join(", ", products));
    }
    if (!version.isEmpty() && !versions.contains(version)) {
      throw new ToolError("unknown version '" + version + "'" + (product.isEmpty() ? "" : " of " + product)
          + "; the library has " + String.join(", ", versions));
    }
    return new SearchFilter(product, version);
  }
}
