package io.mcdewey.parse.markdown.request;

import io.mcdewey.parse.UriTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds request lines in text: a method in upper case, then a path or an absolute URL ({@code GET /users/{id}},
 * {@code POST https://host/api/users}, {@code GET : https://...}, {@code PUT /x HTTP/1.1}), several of them possibly
 * run together on one line.
 */
public final class MarkdownRequestLines {
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  /** The first letters of the methods, in either case. */
  private static final String METHOD_INITIALS = "GPDHOgpdho";
  /** The methods in capitals, as alternatives of a pattern. */
  public static final String METHOD = String.join("|", METHODS);
  /** A method, then a path or an absolute URL whose host has a letter, a digit or a placeholder in it. */
  private static final Pattern REQUEST =
      Pattern.compile("(?<![\\w/])(" + METHOD + ")(?:\\s*:)?\\s+(?=(?i:https?://[^/\\s]*[\\w{<\\[])|/)");
  /**
   * The server named in words inside braces before the path ({@code POST {Basic API URL}/api/v1/devices},
   * {@code GET {API Root}/items}), as a page names the URL it gave above: dropped, the path then the request's.
   */
  private static final Pattern WORDED_HOST =
      Pattern.compile("(?i)^(\\S+\\s+)\\{(?:\\w+ )*(?:url|uri|host|server|root|base|domain)(?: \\w+)*}(?=/)");
  /**
   * Methods parted by a slash between spaces ({@code POST / PUT request body}): methods listed, no request, unless a
   * path follows them ({@code GET / POST /api/search}).
   */
  private static final Pattern LISTED_METHODS =
      Pattern.compile("^(?:" + METHOD + ")\\s+/\\s+(?:" + METHOD + ")\\b(?!\\s*(?:/|https?://))");
  /** A word and a colon opening a route, a caption's ({@code Daily:/reports/daily}). */
  private static final Pattern CAPTION_FIRST = Pattern.compile("[A-Z][a-z]+:/");
  /** A list marker or item number before a request line ({@code 1. GET /x}, {@code - GET /x}). */
  private static final Pattern ITEM_MARKER = Pattern.compile("^(?:[-*+•]|\\d{1,2}[.)])\\s+");
  /** A template's variable with spaces inside its braces ({@code {{ url }}}), as Liquid and Jinja pages print one. */
  private static final Pattern SPACED_TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");
  /**
   * A request line whose URI is a link to itself that commonmark left as text, its target holding a space
   * ({@code POST [{{ url }}order]({{ url }}order)}): the link's text is the URI.
   */
  private static final Pattern LINKED_URI = Pattern.compile("^(" + METHOD + ")\\s+\\[([^\\]\\s]+)]\\(\\2\\)$");
  /**
   * A method in square brackets opening a request line ({@code [GET] /users/{id}}, {@code [ POST ] /merges/}), as
   * references mark a call's method as a tag.
   */
  private static final Pattern BRACKETED_METHOD =
      Pattern.compile("^\\[\\s*(" + METHOD + ")\\s*]\\s*(?=/|(?i:https?://))");
  /** A request line quoting its URI whole ({@code POST "/v1/projects/{id}/members"}). */
  private static final Pattern QUOTED_URI =
      Pattern.compile("^(" + METHOD + ")\\s+([\"'])((?:/|https?://)[^\\s\"']*)\\2$");
  /**
   * A method in capitals glued to the path that is the rest of its line ({@code POST/v1/lists/fields}), as text copied
   * from a page whose method badge and path were two boxes prints them: a path of two segments at least, or with a
   * variable, none of them a method ({@code POST/Redirect/GET}, {@code PATCH/merge} are no requests); or glued to an
   * absolute URL ({@code POSThttps://api.example.com/v1/send}).
   */
  private static final Pattern GLUED_PATH = Pattern.compile("(" + METHOD + ")(/(?!.*/(?i:" + METHOD + ")(?:/|$))"
      + "(?:[\\w.~$-]+/[\\w{<:.~$-]|[^\\s]*[{<])[^\\s]*|https?://[^\\s/]+(?:/\\S*)?)");
  /**
   * The badge of the authentication a request box names after its request, as Postman's published documentation
   * prints one ({@code GET/products Bearer Token}).
   */
  private static final Pattern AUTH_BADGE = Pattern.compile(
      "\\s+(?:Bearer Token|API Key|Basic Auth|Digest Auth|OAuth ?2(?:\\.0)?|No Auth|JWT)$");
  /** The most characters from a badge's opening space to the line's end. */
  private static final int AUTH_BADGE_REACH = 16;
  /** A method glued to a path of one segment in small letters ({@code GET/products}). */
  private static final Pattern GLUED_SEGMENT = Pattern.compile("(" + METHOD + ")(/[a-z][\\w.-]*)");
  private static final Pattern HTTP_VERSION = Pattern.compile("\\s+HTTP/\\d(?:\\.\\d)?(?!\\S)");
  /** A method in capitals standing as a word among others. */
  public static final Pattern METHOD_IN_WORDS = Pattern.compile("(?<![\\w-])(?:" + METHOD + ")(?![\\w-])");
  /** A method word alone, or {@code DEL}, as Redoc and other sites abbreviate DELETE on their badges. */
  private static final Pattern METHOD_WORD = Pattern.compile("(?i:" + METHOD + "|DEL)");
  /** The length of the shortest and of the longest word {@link #METHOD_WORD} matches: {@code DEL}, {@code OPTIONS}. */
  private static final int SHORTEST_METHOD_WORD = 3;
  private static final int LONGEST_METHOD_WORD = 7;
  /**
   * What parts methods listed together ({@code GET, POST}, {@code GET | DELETE}, {@code GET&POST}, {@code GET or
   * HEAD}): a comma, a slash, a bar, an ampersand, or "and" and "or" in the languages read.
   */
  private static final String METHOD_SEPARATOR_TEXT = "(?:\\s*(?:,|/|\\||&|、|和|或|と|및|또는)\\s*"
      + "|\\s+(?i:or|and|e|y|o|ou|et|und|oder|и|или|oraz|lub|of|en)\\s+)";
  private static final Pattern METHOD_LIST = Pattern.compile("(?i:" + METHOD + "|DEL)(?:" + METHOD_SEPARATOR_TEXT
      + "(?i:" + METHOD + "|DEL))+");
  private static final Pattern METHOD_SEPARATOR = Pattern.compile(METHOD_SEPARATOR_TEXT);
  /** A heading's closing bracket naming a method, a URI or both ({@code Notes [/notes]}, {@code List [GET]}). */
  /** A request line, then its optional query in parentheses ({@code (?from=YYYY-MM-dd)}), and nothing else. */
  private static final Pattern OPTIONAL_QUERY =
      Pattern.compile("(\\S+\\s+/\\S*?)\\s*\\(\\?([\\w.-]+(?:=[^()\\s&]*)?(?:&[\\w.-]+(?:=[^()\\s&]*)?)*)\\)");
  private static final Pattern BRACKET = Pattern.compile(
      "\\s*\\[\\s*(?:(" + METHOD + ")\\s*)?((?:/|(?i:https?://))[^\\]\\s]*)?\\s*]\\s*$");
  /** An optional last path segment in brackets ({@code [/{event_id}]}, {@code [/<event_id>]}). */
  private static final Pattern OPTIONAL_SEGMENT = Pattern.compile("\\[(/[^\\[\\]\\s]+)]$");
  /**
   * A Sphinx httpdomain placeholder as its HTML page shows it, a space after the converter
   * ({@code /clusters/(string: cluster_name)/_connect}): one placeholder, not the path's end.
   */
  private static final Pattern SPACED_CONVERTER = Pattern.compile("(?<=/)\\((\\w+):\\s+([A-Za-z_][\\w-]*)\\)");
  /**
   * A bracketed phrase naming where the server is, printed before a route ({@code [directory server root]/users},
   * {@code <API root>/users}).
   */
  private static final String BRACKETED_HOST =
      "(?:\\[[\\w .-]*?\\b(?:host|server|root|base|domain)\\b[\\w .-]*]"
          + "|<[\\w .-]*?\\b(?:server|root|base|host|domain)\\b[\\w .-]*>"
          + "|\\{\\{[\\w .-]*?\\b(?:host|server|root|base|domain)\\b[\\w .-]*}})";
  /**
   * A placeholder for the host a route is printed after ({@code POST base_url/api/login}, {@code {{host}}/v1/x},
   * {@code API_BASE/users}, {@code <base-url>/carts}, a shell variable first, {@code ${base}/api/rooms}, a name in
   * braces closing with a URL's or a host's word, {@code {resource_api_url}/system-users}, {@code {apiHost}/x}, whose
   * value may close with the slash, {@code {{url}}order}; not {@code {vhost}}): the server, not a segment of the path.
   */
  private static final Pattern HOST_PLACEHOLDER = Pattern.compile(
      "(?i)^(?:(?:\\{\\{?|<|\\$\\{?)?(?:base[_-]?(?:url|uri)|host(?:name)?|server(?:[_-]?url)?|domain"
          + "|api[_-]?(?:url|host|base(?:[_-]?url)?))"
          + "(?:}}?|>)?/|" + BRACKETED_HOST + "/|\\$\\{\\w+}/"
          + "|\\{\\{?(?:(?:[\\w.-]*[_.-])?(?:url|uri|host)|[\\w.-]*[a-z0-9](?-i:Url|Uri|Host|URL|URI))}}?/?)");
  /**
   * A method badge in lower case glued to its path, the line holding nothing else ({@code get/appliances/{id}}), as
   * text copied from a Redoc page prints an operation's badge and path: no segment of the path is a method or a number
   * ({@code post/2024/hello} is a blog's), and its last names no file ({@code patch/0001-fix.diff}).
   */
  private static final Pattern GLUED_BADGE = Pattern.compile("(get|post|put|patch|delete)"
      + "((?!.*/(?i:" + METHOD + ")(?:/|$))/(?!(?:.*/)?\\d+(?:/|$))(?!.*\\.[A-Za-z]{1,5}$)[\\w{<:.~$-]\\S*)");
  /**
   * A path of two segments at least or with a variable, then its method in brackets or in capitals alone, the line
   * holding nothing else ({@code /rest/control/v1/servers [GET]}, {@code /api/book/list GET}), as some references list
   * their routes, API Blueprint's action brackets after the resource's path, and JApiDocs prints a path over its
   * method's badge; {@code /main [HEAD]} is a tool's output.
   */
  private static final Pattern PATH_THEN_METHOD =
      Pattern.compile("(?<path>/[^\\s\\[\\]/]+/[^\\s\\[\\]]+|/[^\\s\\[\\]]*[{<][^\\s\\[\\]]*)"
          + "\\s+(?:\\[(?<bracketed>GET|POST|PUT|PATCH|DELETE)]|(?<method>GET|POST|PUT|PATCH|DELETE))");
  /** A path whose last segment names a file ({@code /assets/img/logo.png}, {@code /var/log/access.log}). */
  private static final Pattern FILE_PATH = Pattern.compile(".*/[^/]*\\.[A-Za-z]{1,5}");
  private static final Pattern URL_ALONE = Pattern.compile("(?i)https?://[^\\s/]+/\\S*");
  /**
   * A method badge before a URL or a path, the line holding nothing else, perhaps with a dash between them
   * ({@code get /titles/{isbn}}, {@code POST - https://api.example.com/device}, as help-centre articles print a call).
   */
  private static final Pattern BADGED =
      Pattern.compile("(?i:(" + METHOD + "))\\s+(?:[-–—]\\s+)?((?i:https?://)\\S+|/\\S*)");
  /**
   * A request line whose route has no leading slash ({@code GET api/v7/Users/{userId}}, {@code POST {bucket}/source},
   * {@code GET: api/v3/hotels}, {@code GET - api/apps/:id}), as ASP.NET help pages and routing tables print routes:
   * taken only when the line holds nothing else, or a description after a colon where the route is an API's
   * ({@code GET    api/session/:id   : display session}), and the route has a slash or a placeholder, so that a
   * sentence starting with a method word is not read as a request.
   */
  private static final Pattern RELATIVE_ROUTE = Pattern.compile(
      "(" + METHOD + ")(?::|\\s+[-–—])?\\s+((?=[^\\s/]*[/{])[\\w.{~$<-][^\\s]*)(?:\\s+HTTP/\\d(?:\\.\\d)?)?"
          + "(\\s+[:：]\\s+\\S.*)?");

  /** A route of a routing table's line: segments parted by a slash, the last one no empty one. */
  private static final Pattern DESCRIBED_ROUTE = Pattern.compile("[^/\\s]+(?:/[^/\\s]+)+/?");
  /** A route after a dash: one holding a variable, or opening with an API's own segment ({@code api/}, {@code v2/}). */
  private static final Pattern DASHED_ROUTE = Pattern.compile("(?i)(?:api/|v\\d+/|.*[:{<])");
  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
  /** A method in capitals, then a name in words of its own: no path, no sentence's stop. */
  private static final Pattern NAMED_BADGE =
      Pattern.compile("(" + METHOD + ")\\s+(\\p{Lu}[\\w'-]*(?:\\s+[\\w'-]+){0,8})");

  private MarkdownRequestLines() {}

  /**
   * The request lines a text opens with, and those that follow them on the same line; empty when the text does not
   * start with one, so that a request mentioned inside a sentence is not taken for the endpoint's own.
   */
  public static List<MarkdownRequest> opening(String text, int line) {
    String stripped = withoutBracketsOfMethod(withoutItemMarker(text.strip()));
    if (!startsMethod(stripped, 0) || LISTED_METHODS.matcher(stripped).lookingAt()) {
      // Both the request pattern and a relative route open with a method: told before either runs, or any rewriting
      // of the line, none of which changes its start.
      return List.of();
    }
    if (stripped.indexOf('\\') >= 0) {
      // Braces escaped for MDX, which reads them as code, print a variable where a block shows them as written
      // ({@code GET /v1/users/\{id\}}): a URI holds no backslash.
      stripped = stripped.replace("\\{", "{").replace("\\}", "}");
    }
    if (stripped.contains("{{")) {
      stripped = SPACED_TEMPLATE_VARIABLE.matcher(stripped).replaceAll("{{$1}}");
    }
    Matcher worded = stripped.indexOf('{') > 0 ? WORDED_HOST.matcher(stripped) : null;
    if (worded != null && worded.lookingAt()) {
      stripped = worded.group(1) + stripped.substring(worded.end());
    }
    Matcher linked = stripped.indexOf('[') > 0 ? LINKED_URI.matcher(stripped) : null;
    if (linked != null && linked.matches()) {
      stripped = linked.group(1) + " " + linked.group(2);
    }
    Matcher quoted = QUOTED_URI.matcher(stripped);
    if (quoted.matches()) {
      stripped = quoted.group(1) + " " + quoted.group(3);
    }
    // The badge closes the line: only its last characters are looked at, as every request line is asked.
    Matcher badge = stripped.indexOf(' ') > 0 ? AUTH_BADGE.matcher(stripped)
        .region(Math.max(0, stripped.length() - AUTH_BADGE_REACH), stripped.length()) : null;
    boolean badged = badge != null && badge.find();
    if (badged) {
      stripped = stripped.substring(0, badge.start());
    }
    Matcher glued = GLUED_PATH.matcher(stripped);
    boolean gluedPath = glued.matches();
    Matcher segment = !gluedPath && badged ? GLUED_SEGMENT.matcher(stripped) : null;
    if (gluedPath) {
      stripped = glued.group(1) + " " + glued.group(2);
    } else if (segment != null && segment.matches()) {
      // One segment glued to its method is a request where the authentication badge of a request box follows it.
      stripped = segment.group(1) + " " + segment.group(2);
    }
    stripped = withOptionalQuery(stripped);
    Matcher first = REQUEST.matcher(stripped);
    if (!first.lookingAt()) {
      return relativeRoute(stripped, line);
    }
    return anywhere(stripped, line);
  }

  /**
   * The request line with the optional query printed in parentheses after its path ({@code GET /api/3/events
   * (?from=YYYY-MM-dd)}) written as RFC 6570 writes optional query parameters ({@code /api/3/events{?from}}).
   */
  private static String withOptionalQuery(String text) {
    Matcher optional = text.indexOf("(?") > 0 ? OPTIONAL_QUERY.matcher(text) : null;
    if (optional == null || !optional.matches()) {
      return text;
    }
    List<String> names = new ArrayList<>();
    for (String pair : optional.group(2).split("&")) {
      names.add(pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('=')));
    }
    return optional.group(1) + "{?" + String.join(",", names) + "}";
  }

  /** The text without the list marker or item number it opens with, if any; only those open with such a mark. */
  private static String withoutItemMarker(String text) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    boolean marked = "-*+•".indexOf(first) >= 0 || first >= '0' && first <= '9';
    return marked ? ITEM_MARKER.matcher(text).replaceFirst("") : text;
  }

  /** The text with the brackets around the method it opens with dropped ({@code [GET] /x} reads {@code GET /x}). */
  private static String withoutBracketsOfMethod(String text) {
    Matcher bracketed = text.startsWith("[") ? BRACKETED_METHOD.matcher(text) : null;
    return bracketed != null && bracketed.lookingAt() ? bracketed.group(1) + " " + text.substring(bracketed.end())
        : text;
  }

  /** The request of a line that holds only a method and a route printed without its leading slash. */
  private static List<MarkdownRequest> relativeRoute(String text, int line) {
    Matcher route = RELATIVE_ROUTE.matcher(text);
    // A route opening with an ellipsis ({@code GET .../role-users}) leaves its path out: it names no request; one
    // opening with a word and a colon ({@code Daily:/reports/daily}) is a caption's.
    if (!route.matches() || route.group(2).contains("://") || route.group(2).startsWith("..")
        || CAPTION_FIRST.matcher(route.group(2)).lookingAt()) {
      return List.of();
    }
    // A route in angle brackets first names its host ({@code <base-url>/carts}); another is no route
    // ({@code <your-id>/x}). After a dash, words parted by a slash list actions ({@code GET - read/list}): a route
    // there holds a variable or opens with an API's own segment.
    boolean hostFirst = HOST_PLACEHOLDER.matcher(route.group(2)).lookingAt();
    boolean described = route.group(3) != null;
    if (described && !DESCRIBED_ROUTE.matcher(route.group(2)).matches()) {
      // A variable alone or a version alone before a colon ({@code DELETE {id} : removes it}) is a sentence's.
      return List.of();
    }
    if (route.group(2).startsWith("<") && !hostFirst
        || (described || text.indexOf(" - ") > 0) && !hostFirst && !DASHED_ROUTE.matcher(route.group(2)).lookingAt()) {
      return List.of();
    }
    String routed = HOST_PLACEHOLDER.matcher(route.group(2)).replaceFirst("");
    return List.of(new MarkdownRequest(route.group(1), "/" + withoutClosingPunctuation(routed), "", line));
  }

  /**
   * Every request line in a text, wherever it stands: the requests an example shows. A path with an optional segment
   * in brackets ({@code /history/{room}[/{event}]}) prints two requests, without and with it.
   */
  public static List<MarkdownRequest> anywhere(String text, int line) {
    List<MatchResult> starts = requestStarts(text);
    List<MarkdownRequest> requests = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1).start() : text.length();
      MarkdownRequest request = request(starts.get(i).group(1), text.substring(starts.get(i).end(), end), line);
      Matcher optional = OPTIONAL_SEGMENT.matcher(request.uri());
      if (optional.find()) {
        requests.add(request.withUri(request.uri().substring(0, optional.start())));
        requests.add(request.withUri(request.uri().substring(0, optional.start()) + optional.group(1)));
      } else {
        requests.add(request);
      }
    }
    return requests;
  }

  /**
   * The request pattern's matches in a text, as {@code REQUEST.matcher(text).results()} finds them, but tried only
   * where a method's name in upper case begins, which every match does: the pattern would be tried at every
   * character, and the texts asked about are whole examples.
   */
  public static List<MatchResult> requestStarts(String text) {
    List<MatchResult> starts = new ArrayList<>();
    Matcher request = REQUEST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int searchFrom = 0;
    for (int at = methodAt(text, 0); at >= 0; at = methodAt(text, at + 1)) {
      if (at >= searchFrom && request.region(at, text.length()).lookingAt()) {
        starts.add(request.toMatchResult());
        searchFrom = request.end();
      }
    }
    return starts;
  }

  /** Where the first method's name in upper case at or after {@code from} begins, or -1. */
  private static int methodAt(String text, int from) {
    for (int at = from; at < text.length(); at++) {
      char c = text.charAt(at);
      if ((c == 'G' || c == 'P' || c == 'D' || c == 'H' || c == 'O') && startsMethod(text, at)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean startsMethod(String text, int at) {
    for (String method : METHODS) {
      if (text.startsWith(method, at)) {
        return true;
      }
    }
    return false;
  }

  private static MarkdownRequest request(String method, String printedRest, int line) {
    // A converter follows a slash and a parenthesis and holds a colon: a rest without them has none.
    String rest = printedRest.indexOf(':') < 0 || !printedRest.contains("/(") ? printedRest
        : SPACED_CONVERTER.matcher(printedRest).replaceAll("($1:$2)");
    Matcher version = HTTP_VERSION.matcher(rest);
    String uriPart = rest;
    String afterVersion = "";
    if (version.find()) {
      uriPart = rest.substring(0, version.start());
      afterVersion = rest.substring(version.end());
    }
    UriTemplate.Printed printed = UriTemplate.printedAt(uriPart);
    String uri = withoutClosingPunctuation(printed.uri());
    String note = (uriPart.substring(printed.end()) + " " + afterVersion).strip();
    return new MarkdownRequest(method, uri, note, line);
  }

  /** A URI printed inside brackets or at a sentence's end, without the bracket or stop that closes them. */
  private static String withoutClosingPunctuation(String uri) {
    String trimmed = uri;
    while (!trimmed.isEmpty()) {
      char last = trimmed.charAt(trimmed.length() - 1);
      boolean unbalanced = last == ')' && count(trimmed, '(') < count(trimmed, ')')
          || last == ']' && count(trimmed, '[') < count(trimmed, ']');
      if (!unbalanced && ".,;:'\"`".indexOf(last) < 0) {
        return trimmed;
      }
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  /** The line without the protocol version a request line may close with ({@code GET /users HTTP/1.1}). */
  public static String withoutVersion(String text) {
    return HTTP_VERSION.matcher(text).replaceFirst("");
  }

  /**
   * Whether a text is one request line and nothing more, its path a template rather than a call with values
   * ({@code POST /files/{id}}, not {@code POST /files returns 413} nor {@code GET /files/42}).
   */
  public static boolean isRequestLineAlone(String text) {
    List<MarkdownRequest> requests = ofTextLine(text, 0);
    return requests.size() == 1 && WHITESPACE_RUN.split(text.strip()).length == 2
        && Arrays.stream(requests.get(0).uri().split("[/?]")).noneMatch(ExampleRequests::isValue);
  }

  /**
   * The method a line badges before a request's name ({@code GET Get Sermon by ID}), as pages print the name over
   * the request's URL; empty for any other line.
   */
  public static Optional<String> namedBadge(String text) {
    Matcher named = NAMED_BADGE.matcher(text.strip());
    return named.matches() ? Optional.of(named.group(1)) : Optional.empty();
  }

  /**
   * The request lines of a line of prose: those it opens with, or the request of a line that holds only a method, in
   * any case, and a URI, as documentation sites print a lower-case method badge next to the URL
   * ({@code get https://host/v2/tickets/{id}}).
   */
  public static List<MarkdownRequest> ofTextLine(String text, int line) {
    List<MarkdownRequest> opening = opening(text, line);
    if (!opening.isEmpty()) {
      return opening;
    }
    String stripped = text.strip();
    // Both badge patterns open with a method's first letter in either case (of ASCII letters only, as they ignore
    // case); most lines open otherwise and are told so before either runs.
    if (!stripped.isEmpty() && METHOD_INITIALS.indexOf(stripped.charAt(0)) >= 0) {
      Matcher badged = BADGED.matcher(stripped);
      if (!badged.matches()) {
        badged = GLUED_BADGE.matcher(stripped);
      }
      if (badged.matches()) {
        return List.of(new MarkdownRequest(badged.group(1).toUpperCase(Locale.ROOT), badged.group(2), "", line));
      }
    }
    // A method, in brackets or in capitals, closes the line, which an item marker only opens: told before the marker
    // is dropped.
    boolean methodCloses = !stripped.isEmpty()
        && (stripped.endsWith("]") || Character.isUpperCase(stripped.charAt(stripped.length() - 1)));
    if (!methodCloses || stripped.indexOf('/') < 0) {
      return List.of();
    }
    Matcher after = PATH_THEN_METHOD.matcher(withoutItemMarker(stripped));
    if (!after.matches() || after.group("method") != null && FILE_PATH.matcher(after.group("path")).matches()) {
      // A file's path before a method in capitals is a log line or an asset, not a route.
      return List.of();
    }
    String method = after.group("bracketed") != null ? after.group("bracketed") : after.group("method");
    return List.of(new MarkdownRequest(method, after.group("path"), "", line));
  }

  /**
   * The requests a heading names: request lines anywhere in it ({@code List notes [GET /notes]}), or a method in its
   * closing bracket with the URI the enclosing heading's bracket names, as API Blueprint nests actions in resources
   * ({@code ## Notes [/notes]}, {@code ### List notes [GET]}).
   */
  public static List<MarkdownRequest> ofHeading(String heading, String enclosing, int line) {
    List<MarkdownRequest> inline = anywhere(heading, line);
    if (inline.isEmpty()) {
      inline = relativeRoute(heading.strip(), line);
    }
    if (inline.isEmpty()) {
      // A heading that is a method badge and a path ({@code get /titles/{isbn}}), as generated pages title a method.
      inline = ofTextLine(heading, line);
    }
    Matcher action = BRACKET.matcher(heading);
    if (!inline.isEmpty() || !action.find() || action.group(1) == null || action.group(2) != null) {
      return inline;
    }
    Matcher resource = BRACKET.matcher(enclosing);
    if (!resource.find() || resource.group(1) != null || resource.group(2) == null) {
      return List.of();
    }
    return List.of(new MarkdownRequest(action.group(1), resource.group(2), "", line));
  }

  /** A heading without the bracket that closes it with a method or URI: {@code List notes [GET]} reads List notes. */
  public static String withoutBracket(String heading) {
    String bare = BRACKET.matcher(heading).replaceFirst("").strip();
    return bare.isEmpty() ? heading : bare;
  }

  /** Whether a text is an absolute URL with a path and nothing else ({@code https://host/v1/token}). */
  public static boolean isUrlAlone(String text) {
    return URL_ALONE.matcher(text.strip()).matches();
  }

  /** Whether a text is an HTTP method name alone, in any case ({@code GET}, the {@code get} of a method badge). */
  public static boolean isMethod(String text) {
    String stripped = text.strip();
    // The pattern matches a word of three to seven letters, each a character of the text: a text of any other length
    // is told before it runs.
    return stripped.length() >= SHORTEST_METHOD_WORD && stripped.length() <= LONGEST_METHOD_WORD
        && METHOD_WORD.matcher(stripped).matches();
  }

  /**
   * The methods a text names, when it is a method word or a list of them ({@code GET, POST}): one URI printed under
   * a label takes each.
   */
  public static List<String> methods(String text) {
    String stripped = text.strip();
    if (isMethod(stripped)) {
      return List.of(method(stripped));
    }
    if (!METHOD_LIST.matcher(stripped).matches()) {
      return List.of();
    }
    return METHOD_SEPARATOR.splitAsStream(stripped).map(MarkdownRequestLines::method).distinct().toList();
  }

  /**
   * The route a URI printed after a placeholder for its host names ({@code base_url/api/login},
   * {@code [directory server root]/services/users}), with its leading slash; empty when none stands first.
   */
  public static Optional<String> routeAfterHost(String text) {
    Matcher host = HOST_PLACEHOLDER.matcher(text.strip());
    return host.lookingAt() ? Optional.of("/" + text.strip().substring(host.end())) : Optional.empty();
  }

  /** The method a method word names, in capitals, {@code DEL} spelt out: {@code del} reads {@code DELETE}. */
  public static String method(String word) {
    String method = word.strip().toUpperCase(Locale.ROOT);
    return method.equals("DEL") ? "DELETE" : method;
  }
}
