package io.mcdewey.search;

import java.util.Objects;

/**
 * Which guide of the library: product, release and document, as its library path names them
 * ({@code finesse/v12.5/developer-guide/developer-guide.md}).
 *
 * @param product the product, empty for a guide outside the library layout
 * @param version the release, empty for a guide outside the library layout
 * @param document the document name
 */
public record GuideId(String product, String version, String document) {

  public GuideId {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(document, "document");
  }

  /** The key endpoint ids start with: {@code finesse::v12.5::developer-guide}. */
  public String key() {
    return product.isEmpty() ? document : product + "::" + version + "::" + document;
  }

  /**
   * The stem chunk ids and endpoint ids of this guide start with, in the form the chunk exports of a documentation
   * library use: {@code finesse::v12.5::developer-guide::developer-guide}.
   */
  public String stem() {
    return product.isEmpty() ? document + "::" + document
        : product + "::" + version + "::" + document + "::" + document;
  }

  /** The guide's place in a library, {@code <product>/<version>/<doc>/<doc>.md}. */
  public String libraryPath() {
    return product.isEmpty() ? document + ".md" : product + "/" + version + "/" + document + "/" + document + ".md";
  }

  @Override
  public String toString() {
    return product.isEmpty() ? document : product + " " + version + " " + document;
  }
}
