package io.mcdewey.parse.payload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of an XML example as printed in a guide, read leniently (see {@link XmlFragments}).
 *
 * @param name the element name
 * @param text the element's own text, trimmed; empty when it has none
 * @param attributes the attributes' values by name, in document order, namespace declarations ({@code xmlns})
 *     included
 * @param children child elements in document order
 * @param terminated whether the element's own end tag (or {@code />}) closed it; {@code false} when an ancestor's
 *     end tag or the end of the text did
 */
public record XmlElement(String name, String text, Map<String, String> attributes, List<XmlElement> children,
    boolean terminated) {

  public XmlElement {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    children = List.copyOf(children);
  }

  /** An element without attributes, closed by its own end tag. */
  XmlElement(String name, String text, List<XmlElement> children) {
    this(name, text, Map.of(), children, true);
  }

  /** Whether the element holds neither child elements nor attributes: a value of its parent. */
  boolean isLeaf() {
    return children.isEmpty() && attributes.isEmpty();
  }

  XmlElement withText(String newText) {
    return new XmlElement(name, newText, attributes, children, terminated);
  }

  XmlElement withChildren(List<XmlElement> newChildren) {
    return new XmlElement(name, text, attributes, newChildren, terminated);
  }

  /** Every element of the tree, this one first, in document order. */
  public List<XmlElement> descendantsAndSelf() {
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
