package io.mcdewey.server;

import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import java.util.List;
import java.util.TreeSet;

/**
 * The products of a library and the releases of one of them (or of all), sorted: what a search may be limited to.
 *
 * @param products every product
 * @param versions the releases of the product asked about, or of all products when none was
 */
record ProductReleases(List<String> products, List<String> versions) {

  static ProductReleases of(Library library, String product) {
    TreeSet<String> products = new TreeSet<>();
    TreeSet<String> versions = new TreeSet<>();
    for (LibraryGuide guide : library.guides()) {
      products.add(guide.id().product());
      if (product.isEmpty() || guide.id().product().equals(product)) {
        versions.add(guide.id().version());
      }
    }
    return new ProductReleases(List.copyOf(products), List.copyOf(versions));
  }
}
