package io.mcdewey.parse.markdown.dialect;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of reStructuredText that hold one interpreted text alone, of a role other than docutils' and Sphinx's own
 * ({@code :method:`post`}, {@code :path:`/v2/roles/`}), as Sphinx projects define roles to lay out their API
 * reference: the role names what its text is, as a label does, so each such line is rewritten as the label and its
 * value ({@code method: post}) before the page is read. A line block's bar before the role ({@code | :method:`post`})
 * goes with it. The standard roles ({@code :ref:}, {@code :doc:}, {@code :code:}) and a domain's ({@code :py:func:})
 * are left alone, and so is a role inside prose or a page that is no reStructuredText. Every line keeps its number.
 */
public final class RstRoleLabels {
  private static final Pattern ROLE_LINE = Pattern.compile("(?m)^(?:\\|\\s+)?:([a-z][a-z_-]*):`([^`]*)`[ \\t]*$");
  private static final Set<String> STANDARD_ROLES = Set.of("abbr", "any", "attr", "class", "code", "command", "const",
      "data", "dfn", "doc", "download", "emphasis", "envvar", "exc", "file", "func", "guilabel", "kbd", "keyword",
      "literal", "mailheader", "makevar", "manpage", "math", "menuselection", "meth", "mimetype", "mod", "newsfeed",
      "numref", "obj", "option", "pep", "program", "ref", "regexp", "rfc", "samp", "strong", "sub", "sup", "term",
      "title-reference", "token");

  private RstRoleLabels() {}

  /**
   * The text with its lines opened by a role of the guide's own written as labels, or the text itself.
   *
   * @param rst whether the page is reStructuredText, as its file's name or its explicit markup says
   */
  public static String asLabels(String text, boolean rst) {
    if (!rst || !text.contains(":`")) {
      return text;
    }
    Matcher role = ROLE_LINE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (role.find()) {
      String name = role.group(1);
      String written = STANDARD_ROLES.contains(name) ? role.group()
          : name.replace('_', ' ').replace('-', ' ') + ": " + role.group(2).strip();
      role.appendReplacement(out, Matcher.quoteReplacement(written));
    }
    role.appendTail(out);
    return out.toString();
  }
}
