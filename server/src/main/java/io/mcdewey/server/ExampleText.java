package io.mcdewey.server;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A payload of a guide made readable: JSON and XML printed one element a line, indented, and marked up for
 * highlighting. Guides print payloads run together on one line, and some are malformed as printed; those are shown as
 * printed.
 */
final class ExampleText {
  /** What a payload is written in. */
  enum Language { JSON, XML, TEXT }

  private ExampleText() {}

  static Language language(String mediaType, String content) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    String start = content.stripLeading();
    if (type.contains("json") || start.startsWith("{") || start.startsWith("[")) {
      return Language.JSON;
    }
    if (type.contains("xml") || start.startsWith("<")) {
      return Language.XML;
    }
    return Language.TEXT;
  }

  /** The payload indented, or as printed when it cannot be read. */
  static String pretty(String content, Language language) {
    try {
      return switch (language) {
        case JSON -> Json.write(Json.parse(content.strip()));
        case XML -> indentedXml(content.strip());
        case TEXT -> content;
      };
    } catch (JsonException | IllegalArgumentException e) {
      return content;
    }
  }

  /** Escaped HTML of a payload with its tags, names, strings and numbers in spans for the style sheet to colour. */
  static String highlighted(String text, Language language) {
    String escaped = Html.escape(text);
    return switch (language) {
      case XML -> escaped
          .replaceAll("(&lt;/?)([A-Za-z_][\\w:.-]*)", "$1<span class=\"tag\">$2</span>")
          .replaceAll("([\\w:-]+)=(&quot;[^&]*&quot;)", "<span class=\"attr\">$1</span>=<span class=\"str\">$2</span>");
      case JSON -> escaped
          .replaceAll("(&quot;(?:[^&\\\\]|\\\\.|&(?!quot;))*&quot;)(\\s*:)", "<span class=\"key\">$1</span>$2")
          .replaceAll("(:\\s*)(&quot;(?:[^&\\\\]|\\\\.|&(?!quot;))*&quot;)", "$1<span class=\"str\">$2</span>")
          .replaceAll("(:\\s*)(-?\\d+(?:\\.\\d+)?|true|false|null)", "$1<span class=\"num\">$2</span>");
      case TEXT -> escaped;
    };
  }

  /** XML indented, read without DTDs or external entities so that no payload can make the server fetch anything. */
  private static String indentedXml(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document document = builder.parse(new InputSource(new StringReader(xml)));
      TransformerFactory transformers = TransformerFactory.newInstance();
      transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = transformers.newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, xml.startsWith("<?xml") ? "no" : "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString().replaceAll("(?m)^[ \\t]*\\R", "").strip();
    } catch (Exception e) {
      throw new IllegalArgumentException("not well-formed XML", e);
    }
  }
}
