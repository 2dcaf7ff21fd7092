package io.mcdewey.parse.markdown.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus 1's code tabs: {@code <!--DOCUSAURUS_CODE_TABS-->} opens them, {@code <!--END_DOCUSAURUS_CODE_TABS-->}
 * closes them, and each HTML comment between them is a tab's label ({@code <!--cURL-->}, {@code <!--200 SUCCESS-->}),
 * which captions what follows it as a line of text would: a status over an answer's description, a language over a
 * command.
 */
public final class DocusaurusCodeTabs {
  private static final String OPENING = "<!--DOCUSAURUS_CODE_TABS-->";
  private static final String CLOSING = "<!--END_DOCUSAURUS_CODE_TABS-->";
  private static final Pattern LABEL = Pattern.compile("^<!--\\s*([^<>]*?)\\s*-->$");

  private DocusaurusCodeTabs() {}

  /** Whether a block of HTML opens code tabs. */
  public static boolean opens(String html) {
    return html.strip().equals(OPENING);
  }

  /** Whether a block of HTML closes code tabs. */
  public static boolean closes(String html) {
    return html.strip().equals(CLOSING);
  }

  /** The label of a tab a line opens, a comment alone on it; empty for any other line. */
  public static Optional<String> label(String line) {
    Matcher label = LABEL.matcher(line.strip());
    return label.matches() && !label.group(1).isEmpty() ? Optional.of(label.group(1)) : Optional.empty();
  }
}
