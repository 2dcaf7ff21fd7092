package io.mcdewey.score;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One REST API as an answer key labels it. A {@code null} field is one the labeller could not see on the pages; it is
 * not scored.
 *
 * @param line the 1-based line of the key file holding the entry
 * @param title the title as printed, or {@code null} when not visible
 * @param chunks the chunk numbers the section appears on, possibly empty
 * @param method the HTTP method, or {@code null}
 * @param path the path template with {@code {name}} variables, or {@code null}
 * @param params path, query and body parameters, or {@code null}
 * @param responses the distinct status codes, or {@code null}
 * @param matchedByRoute whether the entry is found by method and path rather than by title: keys whose titles are
 *     page headings shared by several endpoints say so by recording the printed request line ({@code path_raw})
 */
public record KeyEntry(
    int line,
    String title,
    List<Integer> chunks,
    String method,
    String path,
    List<KeyParameter> params,
    List<Integer> responses,
    boolean matchedByRoute) {

  public KeyEntry {
    chunks = List.copyOf(chunks);
    params = params == null ? null : List.copyOf(params);
    responses = responses == null ? null : List.copyOf(responses);
  }

  /** This entry with one field set aside, as if the labeller had left it {@code null}. */
  public KeyEntry without(KeyField field) {
    return new KeyEntry(line, title,
        chunks,
        field == KeyField.METHOD ? null : method,
        field == KeyField.PATH ? null : path,
        field == KeyField.PARAMS ? null : params,
        field == KeyField.RESPONSES ? null : responses,
        matchedByRoute);
  }

  /** How reports name the entry: its title or request line, and its place in the key. */
  public String describe() {
    String route = (method == null ? "?" : method) + " " + (path == null ? "?" : path);
    String where = "key line " + line;
    if (!chunks.isEmpty()) {
      where = (chunks.size() == 1 ? "chunk " : "chunks ")
          + chunks.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "; " + where;
    }
    if (matchedByRoute) {
      return route + (title == null ? "" : " \"" + title + "\"") + " (" + where + ")";
    }
    return (title == null ? "untitled " + route : title) + " (" + where + ")";
  }
}
