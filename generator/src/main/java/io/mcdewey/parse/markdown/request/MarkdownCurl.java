package io.mcdewey.parse.markdown.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the request a {@code curl} command sends: its method ({@code -X}, or what its options imply) and its URL.
 * Guides that print no request line of their own show the endpoint only this way. The values of the URL's query
 * are examples, so the query keeps only the names ({@code ?limit=3} reads {@code {?limit}}).
 */
public final class MarkdownCurl {
  private static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");
  private static final Set<String> METHOD_OPTIONS = Set.of("-X", "--request");
  private static final Set<String> DATA_OPTIONS = Set.of("-d", "--data", "--data-raw", "--data-binary",
      "--data-urlencode", "-F", "--form", "--json", "-T", "--upload-file");
  /** The options whose values are form fields, {@code name=value} pairs parted by ampersands. */
  private static final Set<String> FORM_OPTIONS = Set.of("-d", "--data", "--data-raw", "--data-urlencode", "-F",
      "--form");
  /** A form field whose value is a placeholder: {@code [NAME]}, {@code <name>}, {@code {name}}, {@code $NAME}. */
  private static final Pattern FORM_FIELD =
      Pattern.compile("([A-Za-z_][\\w.\\[\\]-]*)=(?:\\[[^\\]]+]|<[^>]+>|\\{\\{?[^{}]+}}?|\\$\\{?\\w+}?)");
  private static final Set<String> GET_OPTIONS = Set.of("-G", "--get");
  private static final Set<String> HEAD_OPTIONS = Set.of("-I", "--head");
  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
  /** A shell prompt before the command, and a backslash that continues it on the next line. */
  private static final Pattern PROMPT = Pattern.compile("^\\$\\s+");
  private static final Pattern CONTINUATION = Pattern.compile("\\\\\\s*\\n");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

  private MarkdownCurl() {}

  /** The request of a code block that is one curl command, or empty. */
  public static Optional<MarkdownRequest> request(String code, int line) {
    Optional<List<String>> command = command(code);
    if (command.isEmpty()) {
      return Optional.empty();
    }
    List<String> tokens = command.get();
    String method = null;
    String url = null;
    boolean sendsData = false;
    boolean forcesGet = false;
    boolean head = false;
    for (int i = 1; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (METHOD_OPTIONS.contains(token) && i + 1 < tokens.size()) {
        method = tokens.get(++i).toUpperCase(Locale.ROOT);
      } else if (token.startsWith("-X") && token.length() > 2) {
        method = token.substring(2).toUpperCase(Locale.ROOT);
      } else if (DATA_OPTIONS.contains(token) || DATA_OPTIONS.stream().anyMatch(o -> token.startsWith(o + "="))) {
        sendsData = true;
      } else if (GET_OPTIONS.contains(token)) {
        forcesGet = true;
      } else if (HEAD_OPTIONS.contains(token)) {
        head = true;
      } else if (url == null && URL.matcher(token).matches()) {
        url = token;
      }
    }
    if (url == null) {
      return Optional.empty();
    }
    if (method == null) {
      method = head ? "HEAD" : sendsData && !forcesGet ? "POST" : "GET";
    }
    if (!MarkdownRequestLines.isMethod(method)) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownRequest(method, MarkdownExampleUris.queryNames(url), "", line));
  }

  /**
   * The names of the form fields a curl command sends with a placeholder for each value
   * ({@code --data "username=[USERNAME]&password=[PASSWORD]"}, {@code -F file=<file>}): a template of the request's
   * parameters. A command sending any example value sends an example, whose fields name none.
   */
  public static List<String> formFields(String code) {
    Optional<List<String>> command = command(code);
    if (command.isEmpty()) {
      return List.of();
    }
    List<String> tokens = command.get();
    List<String> fields = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String value = FORM_OPTIONS.contains(token) && i + 1 < tokens.size() ? tokens.get(++i)
          : FORM_OPTIONS.stream().filter(o -> token.startsWith(o + "=")).findFirst()
              .map(o -> token.substring(o.length() + 1)).orElse(null);
      if (value == null) {
        continue;
      }
      for (String pair : value.split("&")) {
        Matcher field = FORM_FIELD.matcher(pair.strip());
        if (!field.matches()) {
          return List.of();
        }
        fields.add(field.group(1));
      }
    }
    return fields;
  }

  /** The words of a code block that is one curl command, quotes taken off; empty when it is none. */
  private static Optional<List<String>> command(String code) {
    if (!code.contains("curl")) {
      // Most code blocks are payloads: told before the command is rejoined.
      return Optional.empty();
    }
    String command = PROMPT.matcher(code.strip()).replaceFirst("");
    command = CONTINUATION.matcher(command).replaceAll(" ");
    // A quoted argument may run over lines ({@code -d '{ ... }'}); another line outside quotes is another command.
    if (!command.startsWith("curl ") || QUOTED.matcher(command).replaceAll("''").lines().count() > 1) {
      return Optional.empty();
    }
    return Optional.of(tokens(command));
  }

  private static List<String> tokens(String command) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(command);
    while (matcher.find()) {
      tokens.add(matcher.group(1) != null ? matcher.group(1)
          : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }
    return tokens;
  }

}
