package io.mcdewey.parse.payload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds XML documents inside flattened text and reads them leniently, because guides print them with defects that a
 * conforming parser rejects: a start tag where the end tag belongs ({@code <a>x<a>}), an end tag missing its
 * {@code >} or carrying a stray {@code /}, unclosed elements at a page cut. An element named in a sentence
 * ({@code The <wrapUpItems> element applies ...}) is no document, even when an example follows the sentence: a root
 * that holds prose and is never closed is passed over. Nothing here resolves entities or DTDs: the text is only
 * tokenised.
 */
public final class XmlFragments {
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([A-Za-z_][\\w.:-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|“([^”]*)”)");

  /**
   * A document found at {@code [start, end)} of the text, with the caption printed before it.
   *
   * @param caption the text between the previous document (or the start) and this one, trimmed
   * @param root the document element
   * @param start where the document starts
   * @param end where it ends
   */
  public record Fragment(String caption, XmlElement root, int start, int end) {
    public String content(String text) {
      return text.substring(start, end);
    }
  }

  /** Deeper nesting than any payload a guide prints is junk; reading stops there rather than recursing on. */
  static final int MAX_DEPTH = 64;

  private XmlFragments() {}

  /** Every document in {@code text}, in order. */
  public static List<Fragment> find(String text) {
    List<Fragment> fragments = new ArrayList<>();
    int captionStart = 0;
    int at = nextStartTag(text, 0);
    while (at >= 0) {
      Reader reader = new Reader(text, at);
      XmlElement root = reader.document();
      if (root == null || !reader.sawEndTag || !root.terminated() && !root.text().isBlank()) {
        at = nextStartTag(text, at + 1);
        continue;
      }
      fragments.add(new Fragment(text.substring(captionStart, at).strip(), root, at, reader.pos));
      captionStart = reader.pos;
      at = nextStartTag(text, reader.pos);
    }
    return fragments;
  }

  /**
   * The next start tag that can open a document: one standing free, not glued to a URL or word as placeholders such
   * as {@code https://<FQDN>/api/<id>} are, nor a URL's placeholder that text extraction parted from it after a slash
   * ({@code /api/Queue/ <id>}).
   */
  private static int nextStartTag(String text, int from) {
    int at = text.indexOf('<', from);
    while (at >= 0) {
      boolean free = at == 0 || Character.isWhitespace(text.charAt(at - 1)) || "(\"'>“".indexOf(text.charAt(at - 1)) >= 0;
      if (free && at + 1 < text.length() && isNameStart(text.charAt(at + 1)) && !continuesUrl(text, at)) {
        return at;
      }
      at = text.indexOf('<', at + 1);
    }
    return -1;
  }

  private static boolean continuesUrl(String text, int at) {
    int before = at - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && before < at - 1 && text.charAt(before) == '/';
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
  }

  /** Reads one document from a start tag, recovering from the defects guides print. */
  private static final class Reader {
    private final String text;
    private int pos;
    /** Whether any end tag was read: a placeholder such as {@code <id>} in a URL has none. */
    private boolean sawEndTag;

    Reader(String text, int pos) {
      this.text = text;
      this.pos = pos;
    }

    private static final class Open {
      final String name;
      final Map<String, String> attributes;
      final StringBuilder text = new StringBuilder();
      final List<XmlElement> children = new ArrayList<>();

      Open(Tag tag) {
        this.name = tag.name;
        this.attributes = tag.attributes;
      }

      XmlElement close(boolean terminated) {
        return new XmlElement(name, text.toString().strip(), attributes, children, terminated);
      }
    }

    XmlElement document() {
      List<Open> stack = new ArrayList<>();
      XmlElement root = null;
      int lastGood = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c != '<') {
          int next = text.indexOf('<', pos);
          int end = next < 0 ? text.length() : next;
          if (stack.isEmpty()) {
            break;
          }
          stack.get(stack.size() - 1).text.append(text, pos, end);
          pos = end;
          continue;
        }
        Tag tag = tag();
        if (tag == null) {
          if (stack.isEmpty()) {
            break;
          }
          stack.get(stack.size() - 1).text.append('<');
          pos++;
          continue;
        }
        if (tag.end) {
          sawEndTag |= !tag.name.isEmpty();
          int match = lastIndexOf(stack, tag.name);
          if (match < 0) {
            continue;
          }
          while (stack.size() > match) {
            root = pop(stack, stack.size() == match + 1);
          }
        } else if (tag.selfClosing) {
          XmlElement empty = new XmlElement(tag.name, "", tag.attributes, List.of(), true);
          if (stack.isEmpty()) {
            sawEndTag = true;
            return empty;
          }
          stack.get(stack.size() - 1).children.add(empty);
        } else {
          Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
          if (top != null && top.name.equals(tag.name) && top.children.isEmpty() && !top.text.toString().isBlank()) {
            sawEndTag = true;
            root = pop(stack, true);
          } else if (stack.size() < MAX_DEPTH) {
            stack.add(new Open(tag));
          } else {
            break;
          }
        }
        lastGood = pos;
        if (stack.isEmpty()) {
          return root;
        }
      }
      if (stack.isEmpty()) {
        return root;
      }
      pos = lastGood;
      while (!stack.isEmpty()) {
        root = pop(stack, false);
      }
      return root;
    }

    private static XmlElement pop(List<Open> stack, boolean terminated) {
      XmlElement closed = stack.remove(stack.size() - 1).close(terminated);
      if (!stack.isEmpty()) {
        stack.get(stack.size() - 1).children.add(closed);
      }
      return closed;
    }

    private static int lastIndexOf(List<Open> stack, String name) {
      for (int i = stack.size() - 1; i >= 0; i--) {
        if (stack.get(i).name.equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private record Tag(String name, boolean end, boolean selfClosing, Map<String, String> attributes) {}

    /** Reads a tag at {@code pos}; a tag missing its {@code >} ends where the next {@code <} or blank starts. */
    private Tag tag() {
      int i = pos + 1;
      boolean end = i < text.length() && text.charAt(i) == '/';
      if (end) {
        i++;
      }
      if (i >= text.length() || !isNameStart(text.charAt(i))) {
        if (i < text.length() && (text.charAt(i) == '?' || text.charAt(i) == '!')) {
          int close = text.indexOf('>', i);
          pos = close < 0 ? text.length() : close + 1;
          return new Tag("", true, false, Map.of());
        }
        return null;
      }
      int nameStart = i;
      while (i < text.length() && isNameChar(text.charAt(i))) {
        i++;
      }
      String name = text.substring(nameStart, i);
      int close = i;
      while (close < text.length() && text.charAt(close) != '>' && text.charAt(close) != '<') {
        close++;
      }
      boolean terminated = close < text.length() && text.charAt(close) == '>';
      String inside = text.substring(i, close).strip();
      if (!terminated && !inside.isEmpty() && !end) {
        return null;
      }
      pos = terminated ? close + 1 : i;
      boolean selfClosing = !end && inside.endsWith("/");
      return new Tag(name, end, selfClosing, end ? Map.of() : attributes(inside));
    }

    /** The attributes written inside a start tag, namespace declarations included. */
    private static Map<String, String> attributes(String inside) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(inside);
      while (attribute.find()) {
        String value = attribute.group(2) != null ? attribute.group(2)
            : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
        attributes.putIfAbsent(attribute.group(1), value);
      }
      return attributes;
    }
  }
}
