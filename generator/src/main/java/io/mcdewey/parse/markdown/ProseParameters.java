package io.mcdewey.parse.markdown;

import io.mcdewey.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parameters a request's prose names when no table or list documents them: in a sentence that speaks of
 * parameters, or of the request's body and not of the answer, every literal that is a name ({@code Takes the mandatory
 * parameter ``folder``}, {@code the optional ``since=<lastSeenID>`` parameter}) is one. Whether it is required is the
 * nearest word before it that says so (mandatory, required, requires; optional), or the statement after it
 * ({@code ``device`` parameter is optional}); a sentence saying a parameter is not used names none. A name quoted
 * right after the words of a URL's query ({@code given in the URL query "name"}, {@code a query parameter named
 * "addr"}) is a query parameter, required when the sentence says it must or needs to be given.
 */
final class ProseParameters {
  /** The word every match of {@link #SPEAKS_OF_PARAMETERS} holds, and that of {@link #SPEAKS_OF_BODY}. */
  private static final String PARAMETER_WORD = "parameter";
  private static final String BODY_WORD = "body";
  private static final Pattern SPEAKS_OF_PARAMETERS = Pattern.compile("(?i)\\b(?:query\\s+)?parameters?\\b");
  private static final Pattern SPEAKS_OF_QUERY = Pattern.compile("(?i)\\bquery(?:\\s+string)?\\s+parameters?\\b");
  /** Words of a sentence that speaks of the request's body ({@code set `x` in the body}). */
  private static final Pattern SPEAKS_OF_BODY =
      Pattern.compile("(?i)\\bin\\s+the\\s+(?:request\\s+)?body\\b|\\brequest\\s+body\\b");
  /** A verb that puts a value in a request's body. */
  private static final Pattern PUTTING = Pattern.compile("(?i)\\b(?:set(?:ting)?|pass(?:ing)?|includ(?:e|ing)"
      + "|send(?:ing)?|add(?:ing)?|provid(?:e|ing)|specify(?:ing)?|supply(?:ing)?|put(?:ting)?)\\b");
  /** Words of a sentence about the answer, whose body's fields are no parameters. */
  static final Pattern SPEAKS_OF_ANSWER = Pattern.compile("(?i)\\b(?:response|returns?|returned)\\b");
  /** A literal that names a parameter, possibly with an example value ({@code since=<lastSeenID>}). */
  private static final Pattern NAME = Pattern.compile("^([A-Za-z_][\\w.\\[\\]-]*)(?:=\\S*)?$");
  private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(mandatory|required|requires|optional)\\b");
  private static final Pattern STATED_AFTER =
      Pattern.compile("(?i)^\\W*(?:parameters?\\s+)?(?:is|are)\\s+(?:also\\s+)?(?:an?\\s+)?"
          + "(mandatory|required|optional)\\b");
  private static final Pattern NOT_USED =
      Pattern.compile("(?i)^\\W*(?:parameters?\\s+)?(?:is|are)\\s+(?:not|never|no\\s+longer)\\b");
  /** A reStructuredText role right before a literal ({@code :doc:`events`}): a cross reference, not a name. */
  private static final Pattern ROLE_BEFORE = Pattern.compile(":[a-z]+:$");
  private static final Set<String> OPTIONAL_WORDS = Set.of("optional");
  private static final String QUERY_NOUN = "(?:parameter|param|argument|key|field)";
  /** A name quoted after the words of a URL's query ({@code URL query "name"}, {@code query parameter named "id"}). */
  private static final Pattern QUOTED_QUERY_NAME = Pattern.compile("(?i)\\b(?:(?:url|request)\\s+query(?:\\s+string)?"
      + "(?:\\s+" + QUERY_NOUN + ")?|query(?:\\s+string)?\\s+" + QUERY_NOUN + ")(?:\\s+(?:named|called))?\\s+[\"\u201c]"
      + "([A-Za-z_][\\w.\\[\\]-]*)[\"\u201d]");
  /** Words that oblige the caller to give what follows ({@code must be given}, {@code needs to set}). */
  private static final Pattern OBLIGATION = Pattern.compile("(?i)\\b(?:must|needs?\\s+to|has\\s+to|required)\\b");

  private ProseParameters() {}

  /** A paragraph of prose: its text, its lines joined, and the literals it prints. */
  record Paragraph(String text, List<MarkdownElement.TextLine.Literal> literals) {}

  /** The parameters the paragraphs name, in order, each once. */
  static List<MarkdownParameter> read(List<Paragraph> paragraphs) {
    List<MarkdownParameter> parameters = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      quotedQueryNames(paragraph.text(), parameters);
      if (paragraph.literals().isEmpty()) {
        // Only literals name parameters: a paragraph without any is not read sentence by sentence.
        continue;
      }
      String text = paragraph.text();
      for (Sentences.Span sentence : Sentences.of(text)) {
        if (!holdsLiteral(paragraph.literals(), sentence)) {
          continue;
        }
        String words = text.substring(sentence.start(), sentence.stop());
        // Each pattern needs its word, whatever the case of its ASCII letters, which lower case keeps: told first.
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.contains(PARAMETER_WORD) && SPEAKS_OF_PARAMETERS.matcher(words).find()) {
          // A sentence of query parameters says where its names go.
          ParameterLocation location = SPEAKS_OF_QUERY.matcher(words).find() ? ParameterLocation.QUERY : null;
          named(text, sentence.start(), sentence.stop(), paragraph.literals(), false, location, parameters);
        } else if (lower.contains(BODY_WORD) && SPEAKS_OF_BODY.matcher(words).find()
            && !SPEAKS_OF_ANSWER.matcher(words).find()) {
          named(text, sentence.start(), sentence.stop(), paragraph.literals(), true, null, parameters);
        }
      }
    }
    return parameters;
  }

  /** Adds the query parameters a paragraph names by quoting them after the words of a URL's query. */
  private static void quotedQueryNames(String text, List<MarkdownParameter> parameters) {
    if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0) {
      return;
    }
    for (Sentences.Span sentence : Sentences.of(text)) {
      Matcher quoted = QUOTED_QUERY_NAME.matcher(text).region(sentence.start(), sentence.stop());
      while (quoted.find()) {
        if (NOT_USED.matcher(text.substring(quoted.end(), sentence.stop())).find()) {
          continue;
        }
        boolean obliged = OBLIGATION.matcher(text.substring(sentence.start(), quoted.start())).find();
        add(parameters, MarkdownParameter.named(quoted.group(1), ParameterLocation.QUERY)
            .withRequired(obliged ? Boolean.TRUE : null));
      }
    }
  }

  private static boolean holdsLiteral(List<MarkdownElement.TextLine.Literal> literals, Sentences.Span sentence) {
    return literals.stream().anyMatch(literal -> literal.start() >= sentence.start()
        && literal.end() <= sentence.stop());
  }

  /**
   * Adds the parameters named by the literals of the sentence from {@code start} to {@code stop}; in a sentence about
   * the body, only those a verb before them puts in it ({@code set `x` in the body}, not {@code encoded as `UTF-8`}).
   */
  private static void named(String text, int start, int stop, List<MarkdownElement.TextLine.Literal> literals,
      boolean put, ParameterLocation location, List<MarkdownParameter> parameters) {
    for (MarkdownElement.TextLine.Literal literal : literals) {
      Matcher name = NAME.matcher(literal.text());
      if (literal.start() < start || literal.end() > stop || !name.matches()
          || ROLE_BEFORE.matcher(text.substring(start, literal.start())).find()
          || put && !PUTTING.matcher(text.substring(start, literal.start())).find()) {
        continue;
      }
      String after = text.substring(literal.end(), stop);
      if (NOT_USED.matcher(after).find()) {
        continue;
      }
      add(parameters, MarkdownParameter.named(name.group(1), location)
          .withRequired(required(text.substring(start, literal.start()), after)));
    }
  }

  private static Boolean required(String before, String after) {
    Matcher stated = STATED_AFTER.matcher(after);
    if (stated.find()) {
      return !OPTIONAL_WORDS.contains(stated.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher qualifier = QUALIFIER.matcher(before);
    String last = null;
    while (qualifier.find()) {
      last = qualifier.group(1).toLowerCase(Locale.ROOT);
    }
    return last == null ? null : !OPTIONAL_WORDS.contains(last);
  }

  private static void add(List<MarkdownParameter> parameters, MarkdownParameter parameter) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(parameter.name())) {
        parameters.set(i, parameters.get(i).withRequired(
            parameter.required() != null ? parameter.required() : parameters.get(i).required()));
        return;
      }
    }
    parameters.add(parameter);
  }
}
