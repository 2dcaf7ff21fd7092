package io.mcdewey.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Media types as the model keeps them: lower case, full {@code type/subtype} form, read from how guides print them
 * ({@code Application/XML}, a bare {@code JSON}) or from what a payload looks like.
 */
public final class MediaTypes {
  public static final String JSON = "application/json";
  public static final String XML = "application/xml";

  /** A {@code type/subtype} of one of the registered top-level types, so that {@code XML/JSON} is not read as one. */
  private static final Pattern FULL = Pattern.compile("(?i)\\b(?:application|text|image|audio|video|multipart|message"
      + "|font|model)/[a-z0-9][a-z0-9.+_-]*");
  /** The format words guides print in place of a media type. */
  private static final Map<String, String> WORDS = Map.of("xml", XML, "json", JSON, "html", "text/html", "text",
      "text/plain", "csv", "text/csv");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  private MediaTypes() {}

  /**
   * The media type a printed value names: its first {@code type/subtype}, else its first format word
   * ({@code XML} is {@code application/xml}, {@code HTML} {@code text/html}); empty when it names none.
   */
  public static String named(String printed) {
    if (printed == null) {
      return "";
    }
    Matcher full = FULL.matcher(printed);
    if (full.find()) {
      return full.group().toLowerCase(Locale.ROOT);
    }
    Matcher word = WORD.matcher(printed);
    while (word.find()) {
      String type = WORDS.get(word.group().toLowerCase(Locale.ROOT));
      if (type != null) {
        return type;
      }
    }
    return "";
  }

  /** The media type a payload looks like: XML when it opens with a tag, JSON with a brace or bracket; else empty. */
  public static String sniffed(String content) {
    String start = content.stripLeading();
    if (start.startsWith("<")) {
      return XML;
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return JSON;
    }
    return "";
  }

  /** Whether the media type is JSON: {@code application/json} or a {@code +json} type. */
  public static boolean isJson(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    return type.endsWith("/json") || type.endsWith("+json");
  }

  /** Whether the media type is XML: {@code application/xml}, {@code text/xml} or a {@code +xml} type. */
  public static boolean isXml(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    return type.endsWith("/xml") || type.endsWith("+xml");
  }
}
