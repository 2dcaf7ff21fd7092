package io.mcdewey.parse;

import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URI as a guide prints it, read into base URI, path template and query parameters.
 *
 * <p>Printed URIs carry extraction damage (a space after a {@code /} where a PDF line ended) and placeholder
 * spellings ({@code <id>}, {@code {id}}, {@code :id}, {@code (int:id)}, {@code {?limit}}); both are normalised. A
 * query value listing alternatives ({@code ?category=NOT_READY|LOGOUT}, {@code ?all=<true|false>}) makes a required,
 * enumerated query parameter.
 *
 * @param baseUri scheme and host ({@code https://{FQDN}}), empty when the guide prints only a path
 * @param path the path template ({@code /finesse/api/User/{id}})
 * @param parameters path parameters, then query parameters
 */
public record UriTemplate(String baseUri, String path, List<Parameter> parameters) {
  /** The most words a variable's name in braces runs over. */
  private static final int BRACED_WORDS = 3;
  private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
  /**
   * A segment that is a name in brackets, as file-based routers write a variable ({@code /document/[id]}), with a
   * colon before it or not ({@code /servers/[:id]}).
   */
  private static final Pattern BRACKETED_SEGMENT = Pattern.compile("(?<=/)\\[:?([A-Za-z_][\\w-]*)](?=/|\\?|\\[|$)");
  /**
   * A variable in braces written with a colon or a dollar too ({@code /printers/{:id}/}, {@code /rooms/${id}}), or as
   * Ruby and CoffeeScript interpolate a string ({@code /hostgroup/#{id}}; after a slash or an equals sign only, for
   * {@code /docs#{anchor}} is a fragment).
   */
  private static final Pattern COLON_IN_BRACES =
      Pattern.compile("(?:\\$|(?:(?<=[/=])|^)#)?\\{[:]?([A-Za-z_][\\w-]*)}");
  /**
   * A query pair printed in brackets, the query's sign inside them or before them ({@code [?family=<>]},
   * {@code [&latest]}, {@code ?[limit={<number>|ALL}]}): its sign and its name.
   */
  private static final Pattern OPTIONAL_QUERY_PAIR =
      Pattern.compile("(?:\\[([?&])|([?&])\\[)([A-Za-z_][\\w.-]*)(?:=[^\\[\\]]*)?]");

  /** A variable in angle brackets ({@code <id>}), perhaps named by its type after a colon ({@code <:uuid>}). */
  private static final Pattern ANGLE_VARIABLE = Pattern.compile("<:?([^<>/?&=:\\s][^<>/?&=\\s]*)>");
  private static final Pattern BRACE_VARIABLE = Pattern.compile("\\{([^{}]+)}");
  /** An RFC 6570 query expansion ({@code {?limit,offset}}), which lists query parameters. */
  private static final Pattern QUERY_EXPANSION = Pattern.compile("\\{([?&])([^{}]+)}");
  /** A Sphinx httpdomain placeholder, with or without its converter: {@code (int:user_id)}, {@code (tag)}. */
  private static final Pattern PARENTHESIZED_VARIABLE =
      Pattern.compile("(?<=/)\\((?:[A-Za-z]\\w*:)?([A-Za-z_][\\w-]*)\\)(?=[/?#.]|$)");
  private static final Pattern COLON_VARIABLE = Pattern.compile("(?<=/):([A-Za-z_][A-Za-z0-9_]*)");
  /**
   * A segment that is a shell variable, as commands and prose print a value to fill in ({@code /user/$user_id}); not
   * one of the segments OData or Microsoft Graph name with a dollar ({@code /odata/$metadata}, {@code /$delta}), nor
   * Azure Storage's containers ({@code /$logs}).
   */
  private static final Pattern DOLLAR_VARIABLE = Pattern.compile("(?<=/)\\$(?!(?i:metadata|batch|count|value|ref"
      + "|entity|all|crossjoin|each|links|query|delta|root|logs|web)(?:[/?#.]|$))([A-Za-z_][A-Za-z0-9_]*)(?=[/?#.]|$)");
  /** An optional extension closing a path, in brackets ({@code /namespaces/{ns}[.{format}]}). */
  private static final Pattern OPTIONAL_EXTENSION = Pattern.compile("\\[\\.\\{[^{}]+}]$");
  /** A placeholder that lists the values it stands for ({@code <true|false>}) rather than naming one. */
  private static final Pattern LISTING_PLACEHOLDER = Pattern.compile("\\{[^{}|]+(?:\\|[^{}|]+)+}");
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^(?i)(https?://[^/?#]*)");

  /** The full template, base URI and path. */
  public String uri() {
    return baseUri + path;
  }

  /** Reads a printed URI; returns {@code null} when the text holds no path. */
  public static UriTemplate parse(String printed) {
    String uri = withVariablesBraced(repair(printed));
    uri = uri.contains("<") ? angleBraced(uri) : uri;
    uri = bracedWhereHeld(uri, "/:", COLON_VARIABLE);
    uri = bracedWhereHeld(uri, "/(", PARENTHESIZED_VARIABLE);
    uri = bracedWhereHeld(uri, "/$", DOLLAR_VARIABLE);
    String unexpanded = uri;
    if (uri.contains("{?") || uri.contains("{&")) {
      // {?x} after a query already begun continues it, as {&x} would.
      uri = QUERY_EXPANSION.matcher(uri).replaceAll(m -> Matcher.quoteReplacement(
          (unexpanded.lastIndexOf('?', m.start()) >= 0 ? "&" : m.group(1))
              + String.join("=&", m.group(2).split("\\s*,\\s*")) + "="));
    }
    String base = "";
    Matcher host = SCHEME_AND_HOST.matcher(uri);
    if (host.find()) {
      base = host.group(1);
      uri = uri.substring(host.end());
    }
    String query = "";
    int question = uri.indexOf('?');
    if (question >= 0) {
      // An ampersand printed escaped for HTML (`&amp;`), as pages generated from HTML print it in code, parts pairs.
      query = uri.substring(question + 1).replace("&amp;", "&");
      uri = uri.substring(0, question);
    }
    String path = uri.contains("//") ? REPEATED_SLASHES.matcher(uri).replaceAll("/") : uri;
    if (!path.startsWith("/")) {
      if (base.isEmpty()) {
        return null;
      }
      path = "/" + path;
    }
    List<Parameter> parameters = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    Matcher suffix = OPTIONAL_EXTENSION.matcher(path);
    if (suffix.find()) {
      // An extension naming the format in brackets is optional: the path is the same without it. (The model has no
      // optional part of a path, so the extension's variable is no parameter: a client would have to send it.)
      path = path.substring(0, suffix.start());
    }
    Matcher variable = BRACE_VARIABLE.matcher(path);
    while (variable.find()) {
      String name = variable.group(1).trim();
      if (names.add(name)) {
        parameters.add(Parameter.of(name, ParameterLocation.PATH, true));
      }
    }
    for (String pair : query.split("&")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq >= 0 ? pair.substring(0, eq) : pair).trim();
      String value = eq >= 0 ? pair.substring(eq + 1).trim() : "";
      if (name.isEmpty() || eq < 0 && BRACE_VARIABLE.matcher(name).matches() || !names.add(name)) {
        // A lone placeholder ({@code ?{parameters}}) stands for the whole query string the page lists elsewhere.
        continue;
      }
      List<String> allowed = new ArrayList<>();
      String listed = LISTING_PLACEHOLDER.matcher(value).matches() ? value.substring(1, value.length() - 1) : value;
      if (!listed.isEmpty() && !BRACE_VARIABLE.matcher(listed).find()) {
        for (String alternative : listed.split("\\|")) {
          if (!alternative.isBlank()) {
            allowed.add(alternative.trim());
          }
        }
      }
      parameters.add(Parameter.of(name, ParameterLocation.QUERY, true).withAllowedValues(allowed));
    }
    return new UriTemplate(base, path, parameters);
  }

  /**
   * The URI with its variables in angle brackets braced. One named only by its type ({@code <:uuid>}) takes the
   * type's name, numbered from the second on, so that two of a type stay two ({@code /{uuid}/x/{uuid2}}).
   */
  private static String angleBraced(String uri) {
    Map<String, Integer> typed = new HashMap<>();
    return ANGLE_VARIABLE.matcher(uri).replaceAll(variable -> {
      String name = variable.group(1);
      if (!variable.group().startsWith("<:")) {
        return Matcher.quoteReplacement("{" + name + "}");
      }
      int count = typed.merge(name, 1, Integer::sum);
      return Matcher.quoteReplacement("{" + name + (count > 1 ? count : "") + "}");
    });
  }

  /**
   * The URI with the placeholders a pattern matches written {@code {name}}; the URI itself when it lacks the text
   * every such placeholder holds, which is quicker to tell than the pattern, and most URIs lack it.
   */
  private static String bracedWhereHeld(String uri, String held, Pattern placeholder) {
    return uri.contains(held) ? placeholder.matcher(uri).replaceAll("{$1}") : uri;
  }

  /**
   * Joins a URI that text extraction broke at a line end: whitespace after a {@code /}, {@code _}, {@code -},
   * {@code =}, {@code ?} or {@code &}, or before one of {@code /?&=}, is dropped; the URI ends at other whitespace.
   * Whitespace inside a variable's braces belongs to its name ({@code {org id}}).
   */
  /**
   * The URI with the variables it writes in brackets or with a colon in braces written in braces
   * ({@code /document/[id]}, {@code /printers/{:id}}), and the query pairs it prints in brackets as its query
   * ({@code [?family=<>][&latest]}).
   */
  public static String withVariablesBraced(String uri) {
    String braced = uri;
    if (braced.indexOf('[') >= 0) {
      braced = OPTIONAL_QUERY_PAIR.matcher(BRACKETED_SEGMENT.matcher(braced).replaceAll("{$1}"))
          .replaceAll(pair -> (pair.group(1) != null ? pair.group(1) : pair.group(2)) + pair.group(3) + "=");
    }
    boolean marked = braced.contains("{:") || braced.contains("${") || braced.contains("#{");
    return marked ? COLON_IN_BRACES.matcher(braced).replaceAll("{$1}") : braced;
  }

  /** The path with its variables unnamed ({@code /users/{}}): one endpoint's, whatever a page names them. */
  public String pathShape() {
    return BRACE_VARIABLE.matcher(path).replaceAll("{}");
  }

  public static String repair(String printed) {
    return printedAt(printed.strip()).uri();
  }

  /**
   * The URI that opens {@code text}, repaired as {@link #repair} does.
   *
   * @param uri the repaired URI
   * @param end where the URI ends in {@code text}
   */
  public record Printed(String uri, int end) {}

  public static Printed printedAt(String text) {
    StringBuilder out = new StringBuilder();
    int openBraces = 0;
    int openAngles = 0;
    boolean segmentAngle = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        int next = i;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
        char after = next < text.length() ? text.charAt(next) : ' ';
        if (segmentAngle && (before == '<' || after == '>') && closes(text, next, '<', '>')) {
          // Spaces just inside a segment's angle brackets ({@code /api/jobs/ < id > /run}) are no part of it.
          i = next;
          continue;
        }
        if (openBraces > 0 && closes(text, next, '{', '}')
            || openAngles > 0 && !segmentAngle && closes(text, next, '<', '>')) {
          out.append(' ');
          i = next;
          continue;
        }
        // An arrow after the URI ({@code GET /docs =>}, then what it answers) is no part of it.
        boolean arrow = after == '=' && next + 1 < text.length() && text.charAt(next + 1) == '>';
        // A parenthesis after a space opens a note on the call ({@code POST / (overwrites all stubs)}), not a segment.
        if (("/_-=?&".indexOf(before) >= 0 || "/?&=".indexOf(after) >= 0) && !arrow && after != '(') {
          i = next;
          continue;
        }
        break;
      }
      if (c == '<' && text.startsWith("<!--", i)) {
        // An HTML comment after the URI is the page's, never the URI's.
        break;
      }
      if (openBraces == 0 && isFullWidthPunctuation(c)) {
        // A bracket or comma of the CJK forms ({@code /roles/{roleType}（应用级）}) is the sentence's, not the URI's.
        break;
      }
      if (openBraces == 0 && openAngles == 0 && out.length() > 0 && changesScript(out.charAt(out.length() - 1), c)
          && i + 1 < text.length() && (Character.isWhitespace(text.charAt(i + 1))
              || changesScript(out.charAt(out.length() - 1), text.charAt(i + 1)))) {
        // Words of another script glued to a segment written in Latin letters ({@code /auth/refresh-tokenПоследнее},
        // a page's footer saved as text after it, {@code /logoutи всё}) are the page's: a segment is written in one
        // script. A letter alone closing the URI may be a unit's or a code's ({@code /resistance/kΩ}).
        break;
      }
      if (c == '{') {
        openBraces++;
      } else if (c == '}' && openBraces > 0) {
        openBraces--;
      } else if (c == '<' && out.toString().endsWith("://")) {
        // A host in angle brackets may hold spaces ({@code http://<nm http address:port>/ws/v1/node}).
        openAngles++;
      } else if (c == '<' && out.length() > 0 && out.charAt(out.length() - 1) == '/' && openAngles == 0) {
        // A segment in angle brackets may have spaces just inside them ({@code /api/jobs/ < id > /run}).
        openAngles++;
        segmentAngle = true;
      } else if (c == '>' && openAngles > 0) {
        openAngles--;
        segmentAngle = false;
      }
      out.append(c);
      i++;
    }
    return new Printed(out.toString(), i);
  }

  /** Whether a letter of a script other than Latin follows a Latin letter or a digit. */
  private static boolean changesScript(char before, char c) {
    if (!Character.isLetter(c) || c < '\u0250' || !(before < '\u0250' && Character.isLetterOrDigit(before))) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
        && script != Character.UnicodeScript.INHERITED;
  }

  /**
   * Whether a character is punctuation of the CJK symbols or of the full-width forms ({@code （}, {@code ，},
   * {@code 。}).
   */
  private static boolean isFullWidthPunctuation(char c) {
    boolean cjk = c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
    return cjk && !Character.isLetterOrDigit(c);
  }

  /**
   * Whether the words starting at {@code start}, three at most, close a brace (or the angle bracket of a host), so that
   * the space before them is inside a name ({@code {name or id}}, {@code http://<nm http address:port>/ws/v1/node}).
   */
  private static boolean closes(String text, int start, char opener, char closer) {
    // The name may run over a few words, but not over a line or another variable.
    int words = 1;
    for (int i = start; i < text.length() && words <= BRACED_WORDS; i++) {
      char c = text.charAt(i);
      if (c == opener || c == '/' || c == '\n') {
        return false;
      }
      if (c == closer) {
        return true;
      }
      words += Character.isWhitespace(c) && !Character.isWhitespace(text.charAt(i - 1)) ? 1 : 0;
    }
    return false;
  }
}
