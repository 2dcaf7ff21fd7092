package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.Scripts;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.request.MarkdownRequestLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts the rows of a table of endpoints whose cell borders a page saved as text lost, each a method glued to its path
 * glued to a description ({@code POST/api/v1/locationsCrea una nueva ubicacion.},
 * {@code GET/api/v1/locations/{id}Obtiene los detalles.}): a request line and its description, a line each. The path
 * ends where the description's first word starts, a capital or a letter of a script without capitals after a
 * variable's brace or a lower-case letter, the last such place before the first space: a path written in camel case
 * keeps its capitals ({@code /users/getUserInfoReturns the user} is {@code /users/getUserInfo}). A row may open with
 * the endpoint's name glued to the method, the method then spaced from its URL ({@code Create DevicePOST
 * {Basic API URL}/api/v1/devicesCreates a device}, a table of operation, request and description; the name holding
 * a small letter, {@code Get URLGET /x} too, and the description perhaps left out): the name is a line of its own
 * before the request line. Only runs of two such lines or more are parted, as a table prints its rows.
 */
public final class GluedRouteRows {
  private static final Pattern ROW = Pattern.compile("(" + MarkdownRequestLines.METHOD + ")(/\\S*?)([^/\\s{}]+\\s.*)");
  private static final List<String> METHODS = List.of(MarkdownRequestLines.METHOD.split("\\|"));
  /** A method glued after a name's last letter, digit or parenthesis, a space parting it from a URL or path. */
  private static final Pattern GLUED_METHOD =
      Pattern.compile("(?<=[A-Za-z0-9)])(" + MarkdownRequestLines.METHOD + ") (?=/|https?://|\\{)");

  private GluedRouteRows() {}

  /** The elements with each run of glued rows parted into request lines and descriptions. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<MarkdownElement> read = null;
    for (int i = 0; i < elements.size(); i++) {
      int end = i;
      while (end < elements.size() && elements.get(end) instanceof MarkdownElement.TextLine line
          && parted(line.text()).isPresent()) {
        end++;
      }
      if (end - i < 2) {
        if (read != null) {
          read.add(elements.get(i));
        }
        continue;
      }
      read = read != null ? read : new ArrayList<>(elements.subList(0, i));
      for (int row = i; row < end; row++) {
        MarkdownElement.TextLine line = (MarkdownElement.TextLine) elements.get(row);
        for (String part : parted(line.text()).orElseThrow()) {
          read.add(new MarkdownElement.TextLine(part, line.line(), false, List.of(), line.line(), false));
        }
      }
      i = end - 1;
    }
    return read == null ? elements : read;
  }

  /** The name if any, the request line and the description a row glues together; empty when the line is none. */
  static Optional<List<String>> parted(String text) {
    if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z' || text.indexOf('/') < 0) {
      return Optional.empty();
    }
    Matcher row = ROW.matcher(text.strip());
    if (row.matches()) {
      return requestAndDescription(row.group(1), row.group(2) + row.group(3), true).map(List::of);
    }
    // The first method glued after a name holding a small letter; a method then a space then a path's or URL's first
    // character is sought first, as every line is asked and few hold one.
    String line = text.strip();
    int glued = gluedMethodAt(line);
    Matcher method = glued < 0 ? null : GLUED_METHOD.matcher(line);
    if (method == null || !method.find(glued) || line.substring(0, method.start()).chars()
        .noneMatch(Character::isLowerCase)) {
      return Optional.empty();
    }
    String name = line.substring(0, method.start()).strip();
    // A row may leave its description out ({@code Update DevicePUT /api/v1/devices/{id}}).
    return requestAndDescription(method.group(1), line.substring(method.end()), false).map(parts -> parts[1].isEmpty()
        ? List.of(name, parts[0]) : List.of(name, parts[0], parts[1]));
  }

  /** Where the first method glued to a letter, a digit or a parenthesis before a space and a path begins, or -1. */
  private static int gluedMethodAt(String line) {
    int first = -1;
    for (String method : METHODS) {
      for (int at = line.indexOf(method + " ", 1); at > 0; at = line.indexOf(method + " ", at + 1)) {
        int after = at + method.length() + 1;
        char before = line.charAt(at - 1);
        if (after < line.length() && "/h{".indexOf(line.charAt(after)) >= 0
            && (Character.isLetterOrDigit(before) || before == ')') && (first < 0 || at < first)) {
          first = at;
          break;
        }
      }
    }
    return first;
  }

  /**
   * The request line of a method and the text after it, and the description glued to its path; the path's words end at
   * the first space outside braces ({@code {Basic API URL}} names one server). Where a description need not be glued
   * to it, the path may be the whole text, the description then empty.
   */
  private static Optional<String[]> requestAndDescription(String method, String text, boolean described) {
    int space = -1;
    for (int at = 0, depth = 0; at < text.length() && space < 0; at++) {
      char c = text.charAt(at);
      depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
      space = Character.isWhitespace(c) && depth == 0 ? at : -1;
    }
    if (space < 0 && described) {
      return Optional.empty();
    }
    space = space < 0 ? text.length() : space;
    String glued = text.substring(0, space);
    int cut = -1;
    for (int at = 1; at < glued.length(); at++) {
      int c = glued.codePointAt(at);
      char before = glued.charAt(at - 1);
      boolean opensWord = Character.isUpperCase(c) || Scripts.isCaseless(c);
      if (opensWord && (before == '}' || Character.isLowerCase(before) || Character.isDigit(before))) {
        cut = at;
      }
    }
    if (cut < 0 && !described) {
      return Optional.of(new String[] {method + " " + glued, text.substring(space).strip()});
    }
    if (cut < 0 || glued.substring(cut).indexOf('/') >= 0) {
      return Optional.empty();
    }
    String path = glued.substring(0, cut);
    String description = glued.substring(cut) + text.substring(space);
    return Optional.of(new String[] {method + " " + path, description.strip()});
  }
}
