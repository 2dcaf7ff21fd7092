package io.mcdewey.parse.markdown.status;

import io.mcdewey.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statuses an answer's caption names in parentheses before its colon, whatever its words and language: the
 * caption of an example answer ({@code Respuesta de Éxito (200):}, {@code Başarılı Yanıt (201 Created):},
 * {@code 成功响应（200）：}, {@code Réponse (201) :}), or of several ({@code Respuesta de Error (400/401/500):}). Only
 * statuses HTTP defines, each perhaps followed by its capitalised reason, fill the parentheses: a count or a time there
 * ({@code Limits (100 per minute):}) names none, nor does an informational status, which answers no call alone. The
 * reader takes them only where an example's block follows the caption, since sizes and limits are captioned so too
 * ({@code Large (500):}).
 */
public final class StatusCaptions {
  private static final Pattern CLOSING = Pattern.compile(
      "\\S\\s*[(（]\\s*([2-5]\\d\\d(?:\\s+\\p{Lu}[\\p{L} ]*)?(?:\\s*[/,、]\\s*[2-5]\\d\\d)*)\\s*[)）]\\s*[:：]$");
  private static final Pattern STATUS = Pattern.compile("[2-5]\\d\\d");

  private StatusCaptions() {}

  /** The statuses a caption ending with its colon names; empty when it names none. */
  public static List<Response> statuses(String caption) {
    // A closing parenthesis before the colon, perhaps a space apart, is told first: few captions hold one.
    String text = caption.strip();
    String beforeColon = text.isEmpty() ? "" : text.substring(0, text.length() - 1).stripTrailing();
    if (text.length() < 6 || !beforeColon.endsWith(")") && !beforeColon.endsWith("）")) {
      return List.of();
    }
    Matcher closing = CLOSING.matcher(text);
    if (!closing.find()) {
      return List.of();
    }
    List<Response> statuses = new ArrayList<>();
    Matcher status = STATUS.matcher(closing.group(1));
    while (status.find()) {
      Optional<Response> response = MarkdownStatuses.opening(status.group())
          .filter(opened -> MarkdownStatuses.isDefined(opened.status()));
      if (response.isEmpty()) {
        return List.of();
      }
      statuses.add(response.get());
    }
    return statuses;
  }
}
