package io.mcdewey.export;

import io.mcdewey.model.Example;
import java.util.Locale;

/** Media types as OpenAPI keys them: lower case, full {@code type/subtype} form. */
final class MediaTypes {

  /** The key for a body whose media type neither the guide nor an example tells. */
  static final String UNKNOWN = "*/*";

  private MediaTypes() {}

  /**
   * The media type a guide declares, normalised ({@code Application/XML} to {@code application/xml}, a bare
   * {@code XML} to {@code application/xml}); empty when nothing is declared.
   */
  static String normalise(String declared) {
    String type = declared.strip().toLowerCase(Locale.ROOT);
    if (type.isEmpty() || type.contains("/")) {
      return type;
    }
    return "application/" + type;
  }

  /** The media type of an example: as declared, else as its content looks, else {@link #UNKNOWN}. */
  static String of(Example example) {
    String declared = normalise(example.mediaType());
    return declared.isEmpty() ? sniff(example.content()) : declared;
  }

  /** The media type a payload looks like (XML, JSON), else {@link #UNKNOWN}. */
  static String sniff(String content) {
    String sniffed = io.mcdewey.model.MediaTypes.sniffed(content);
    return sniffed.isEmpty() ? UNKNOWN : sniffed;
  }

  static boolean isXml(String mediaType) {
    return io.mcdewey.model.MediaTypes.isXml(mediaType);
  }
}
