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
 * keeps its capitals ({@code /users/getUserInfoReturns the user} is {@code /users/getUserInfo}). Only runs of two
 * such lines or more are parted, as a table prints its rows.
 */
public final class GluedRouteRows {
  private static final Pattern ROW = Pattern.compile("(" + MarkdownRequestLines.METHOD + ")(/\\S*?)([^/\\s{}]+\\s.*)");

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
        String[] parts = parted(line.text()).orElseThrow();
        read.add(new MarkdownElement.TextLine(parts[0], line.line(), false, List.of(), line.line(), false));
        read.add(new MarkdownElement.TextLine(parts[1], line.line(), false, List.of(), line.line(), false));
      }
      i = end - 1;
    }
    return read == null ? elements : read;
  }

  /** The request line and the description a row glues together; empty when the line is none. */
  static Optional<String[]> parted(String text) {
    if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z' || text.indexOf('/') < 0) {
      return Optional.empty();
    }
    Matcher row = ROW.matcher(text.strip());
    if (!row.matches()) {
      return Optional.empty();
    }
    String glued = row.group(2) + row.group(3).substring(0, row.group(3).indexOf(' '));
    int cut = -1;
    for (int at = 1; at < glued.length(); at++) {
      int c = glued.codePointAt(at);
      char before = glued.charAt(at - 1);
      boolean opensWord = Character.isUpperCase(c) || Scripts.isCaseless(c);
      if (opensWord && (before == '}' || Character.isLowerCase(before) || Character.isDigit(before))) {
        cut = at;
      }
    }
    if (cut < 0 || glued.substring(cut).indexOf('/') >= 0) {
      return Optional.empty();
    }
    String path = glued.substring(0, cut);
    String description = glued.substring(cut) + row.group(3).substring(row.group(3).indexOf(' '));
    return Optional.of(new String[] {row.group(1) + " " + path, description.strip()});
  }
}
