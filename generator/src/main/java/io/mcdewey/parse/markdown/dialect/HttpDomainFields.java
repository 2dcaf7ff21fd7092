package io.mcdewey.parse.markdown.dialect;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Response;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameter;
import io.mcdewey.parse.markdown.MarkdownRequired;
import io.mcdewey.parse.markdown.status.MarkdownStatuses;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the field lists of Sphinx's HTTP domain (sphinxcontrib-httpdomain): {@code :param id:} a path parameter,
 * {@code :query integer limit:} a query parameter with its type, {@code :form name:} and {@code :<json string name:} a
 * body field, {@code :reqheader Authorization:} a request header, {@code :statuscode 404:} a status. Response fields and
 * headers ({@code :>json}, {@code :resheader}) describe the answer, not the request, and are not parameters.
 */
public final class HttpDomainFields {
  /** Every field name of the domain that documents a request parameter, and where that parameter travels. */
  private static final Map<String, ParameterLocation> PARAMETERS = Map.ofEntries(
      Map.entry("param", ParameterLocation.PATH), Map.entry("parameter", ParameterLocation.PATH),
      Map.entry("arg", ParameterLocation.PATH), Map.entry("argument", ParameterLocation.PATH),
      Map.entry("query", ParameterLocation.QUERY), Map.entry("queryparameter", ParameterLocation.QUERY),
      Map.entry("queryparam", ParameterLocation.QUERY), Map.entry("qparam", ParameterLocation.QUERY),
      Map.entry("form", ParameterLocation.BODY), Map.entry("formparameter", ParameterLocation.BODY),
      Map.entry("formparam", ParameterLocation.BODY), Map.entry("fparam", ParameterLocation.BODY),
      Map.entry("<json", ParameterLocation.BODY), Map.entry("reqjson", ParameterLocation.BODY),
      Map.entry("<jsonarr", ParameterLocation.BODY), Map.entry("reqjsonarr", ParameterLocation.BODY),
      Map.entry("reqjsonobj", ParameterLocation.BODY), Map.entry("<header", ParameterLocation.HEADER),
      // The domain's older names of the request's JSON fields, which it still reads.
      Map.entry("json", ParameterLocation.BODY), Map.entry("jsonparam", ParameterLocation.BODY),
      Map.entry("jsonparameter", ParameterLocation.BODY),
      Map.entry("reqheader", ParameterLocation.HEADER), Map.entry("requestheader", ParameterLocation.HEADER));
  private static final List<String> STATUSES = List.of("statuscode", "status", "code");
  /** Sphinx's info fields of what a call returns ({@code :returns:}), whose lists describe the answer. */
  private static final List<String> ANSWERS = List.of("returns", "return", "resjson", ">json", "resjsonarr",
      ">jsonarr", "resheader", ">header", "rtype");
  /** Further fields of the domain and of Sphinx that document no parameter ({@code :synopsis:}). */
  private static final List<String> OTHERS = List.of("synopsis", "deprecated", "raises", "raise", "type");

  private HttpDomainFields() {}

  /**
   * The request parameter a field documents, if it documents one. Field names are the domain's in lower case: a
   * field named in words ({@code :JSON Parameters:}) is a caption, not the older {@code :json name:}.
   */
  public static Optional<MarkdownParameter> parameter(MarkdownElement.FieldListItem field) {
    ParameterLocation location = PARAMETERS.get(field.name());
    if (location == null || field.arguments().isEmpty()) {
      return Optional.empty();
    }
    List<String> words = field.arguments();
    String name = words.get(words.size() - 1);
    String type = words.size() > 1 ? words.get(words.size() - 2) : "";
    return Optional.of(new MarkdownParameter(name, location, MarkdownRequired.fromText(field.body()), field.body(),
        type, List.of()));
  }

  /**
   * Whether a field name is one of the domain's or Sphinx's own ({@code param}, {@code statuscode}, {@code returns}),
   * whose body is that field's text, lists included.
   */
  public static boolean isOwnField(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return PARAMETERS.containsKey(name) || STATUSES.contains(lower) || ANSWERS.contains(lower)
        || OTHERS.contains(lower);
  }

  /** The status a field documents ({@code :statuscode 404: No such user}), if it documents one. */
  public static Optional<Response> status(MarkdownElement.FieldListItem field) {
    if (!STATUSES.contains(field.name().toLowerCase(Locale.ROOT)) || field.arguments().size() != 1) {
      return Optional.empty();
    }
    return MarkdownStatuses.opening(field.arguments().get(0) + " " + field.body());
  }
}
