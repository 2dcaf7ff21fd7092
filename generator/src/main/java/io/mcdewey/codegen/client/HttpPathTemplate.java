package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation's path template as a Java expression: the literal text, percent-encoded once at generation time, with
 * each {@code {variable}} replaced by a call encoding the argument as one path segment at run time
 * ({@code "/api/Call/" + FinesseClient.pathSegment(callId)}).
 */
final class HttpPathTemplate {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");
  /** What RFC 3986 allows unencoded in a path: unreserved, sub-delims, ':', '@', '/', and '%' of escapes. */
  private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/%";

  private HttpPathTemplate() {}

  /**
   * The expression for {@code template}.
   *
   * @param arguments the Java names of the path parameters, by their names in the template; a variable without a
   *     parameter stays in the path as encoded literal text
   * @param encoder the class holding {@code static String pathSegment(String)}
   */
  static CodeBlock expression(String template, Map<String, String> arguments, ClassName encoder) {
    String path = template.startsWith("/") ? template : "/" + template;
    List<CodeBlock> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    Matcher matcher = VARIABLE.matcher(path);
    int at = 0;
    while (matcher.find()) {
      literal.append(path, at, matcher.start());
      String argument = arguments.get(matcher.group(1));
      if (argument == null) {
        literal.append(matcher.group());
      } else {
        parts.add(CodeBlock.of("$S", encodeLiteral(literal.toString())));
        literal.setLength(0);
        parts.add(CodeBlock.of("$T.pathSegment($N)", encoder, argument));
      }
      at = matcher.end();
    }
    literal.append(path.substring(at));
    if (literal.length() > 0) {
      parts.add(CodeBlock.of("$S", encodeLiteral(literal.toString())));
    }
    return CodeBlock.join(parts, "$W+ ");
  }

  /** Percent-encodes, as UTF-8, every character a path cannot carry as it is. */
  static String encodeLiteral(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0);
      encoded.append(plain ? String.valueOf(c) : String.format("%%%02X", (int) c));
    }
    return encoded.toString();
  }
}
