package io.mcdewey.parse.payload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells API bodies from the other markup guides print: web pages (a test page of a single sign-on set-up) and the
 * envelopes of a messaging protocol that carry notifications (XMPP's {@code <message><event><items><item>}).
 * Neither is sent to or answered by the API, so neither becomes a schema.
 */
final class PayloadKinds {
  /** Elements that make a web page and name no API object. */
  private static final Set<String> WEB_PAGE = Set.of("html", "head", "body", "div", "p", "span", "form", "input",
      "table", "ul", "ol", "script", "style", "iframe", "br", "a");
  /** XMPP's stanzas, which open a messaging envelope. */
  private static final Set<String> STANZAS = Set.of("iq", "message", "presence", "stream:stream");
  /** The pub-sub elements inside XMPP's stanzas. */
  private static final Set<String> MESSAGING = Set.of("event", "items", "item", "notification", "pubsub", "publish",
      "subscribe", "unsubscribe", "subscription", "subscriptions", "query", "x", "error", "stream:features");

  private PayloadKinds() {}

  /** Whether a document is a web page, or part of one. */
  static boolean isWebPage(XmlElement root) {
    return !root.isLeaf() && WEB_PAGE.contains(root.name().toLowerCase(Locale.ROOT));
  }

  /**
   * The API payloads a document is or carries: the document itself, unless it is a messaging envelope (an XMPP
   * stanza), whose plain payloads are found below the protocol's elements; none when the envelope carries none.
   */
  static List<XmlElement> carried(XmlElement root) {
    return STANZAS.contains(root.name().toLowerCase(Locale.ROOT)) ? inside(root) : List.of(root);
  }

  /** The payloads inside an envelope's element: below the elements of the protocol, the first plain ones. */
  private static List<XmlElement> inside(XmlElement envelope) {
    List<XmlElement> carried = new ArrayList<>();
    for (XmlElement child : envelope.children()) {
      if (isMessaging(child)) {
        carried.addAll(inside(child));
      } else if (!child.isLeaf()) {
        carried.add(child);
      }
    }
    return carried;
  }

  /** An element of the messaging protocol: one XMPP names, or one declaring a namespace, as its elements do. */
  private static boolean isMessaging(XmlElement element) {
    return MESSAGING.contains(element.name().toLowerCase(Locale.ROOT))
        || element.attributes().keySet().stream().anyMatch(name -> name.equals("xmlns") || name.startsWith("xmlns:"));
  }
}
