package io.mcdewey.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of an XML example as printed in a guide, read leniently (see {@link XmlFragments}).
 *
 * @param name the element name
 * @param text the element's own text, trimmed; empty when it has none
 * @param children child elements in document order
 */
record XmlElement(String name, String text, List<XmlElement> children) {

  XmlElement {
    children = List.copyOf(children);
  }

  /** Every element of the tree, this one first, in document order. */
  List<XmlElement> descendantsAndSelf() {
    List<XmlElement> all = new ArrayList<>();
    collect(this, all);
    return all;
  }

  private static void collect(XmlElement element, List<XmlElement> into) {
    into.add(element);
    for (XmlElement child : element.children) {
      collect(child, into);
    }
  }
}
