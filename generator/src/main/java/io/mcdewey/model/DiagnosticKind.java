package io.mcdewey.model;

import static io.mcdewey.model.Severity.ERROR;
import static io.mcdewey.model.Severity.INFO;
import static io.mcdewey.model.Severity.WARNING;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of oddity a {@link Diagnostic} reports. A kind has one severity, whichever reader meets it, so that
 * {@code failOnWarnings} and the counts of errors and warnings mean the same for every layout of guide.
 * {@code docs/diagnostics.md} lists every kind with its severity and {@link #describe()} line.
 */
public enum DiagnosticKind {
  PARSER_FAILURE(ERROR, "Reading the guide failed part-way; the model holds none of its endpoints. Please report it"
      + " with the guide."),
  NO_OPERATIONS(WARNING, "The profile finds no REST endpoint in the guide: another profile may fit it, or it documents"
      + " none."),
  MISSING_METHOD(WARNING, "No HTTP method is visible for an endpoint; the model leaves its method empty."),
  MISSING_PATH(WARNING, "No URI is visible for an endpoint; the model leaves its path empty."),
  DUPLICATE_TITLE(WARNING, "Several endpoints share one title; each after the first gets its id with a number"
      + " appended."),
  UNKNOWN_LABEL(WARNING, "Text reads as a field label the profile does not know; what follows it is not read as a"
      + " field."),

  ORPHAN_FIELDS(INFO, "Field values following pages missing from the input belong to no endpoint in sight and are"
      + " left out."),
  ORPHAN_SECTION(INFO, "Only the end of an endpoint follows pages missing from the input, without its request; it"
      + " is left out."),
  UNTITLED_SECTION(WARNING, "An endpoint follows pages missing from the input with no title in sight; its id is made"
      + " of its request and where it is."),
  INCOMPLETE_SECTION(INFO, "An endpoint runs over pages missing from the input; it holds what the pages present show"
      + " and is marked incomplete."),
  BAD_URI(WARNING, "The URI field of an endpoint holds no URI that can be read; the endpoint gets no path."),
  BAD_METHOD(WARNING, "The HTTP method field of an endpoint holds no HTTP method; the endpoint gets none."),
  UNREAD_PARAMETERS(WARNING, "A parameter list holds no parameter that can be read; the endpoint gets none from it."),
  UNREAD_RESPONSES(WARNING, "A list of responses names no status code; the endpoint gets no response from it."),

  URI_WITHOUT_METHOD(INFO, "A URI is printed under a label of its own without a method; no endpoint is made of it."),
  UNREADABLE_URI(WARNING, "What follows the method of a request line is no path or URL; no endpoint is made of it."),
  LITERAL_SEGMENT(INFO, "An upper-case word in a request line stays literal path text: the guide neither explains it"
      + " nor shows another value for it."),
  STRAY_PATH_PARAMETER(INFO, "A parameter documented as a path parameter does not occur in the endpoint's path; it is"
      + " left out."),
  SUMMARY_MENTION(INFO, "A request line only mentions an endpoint another section documents, as overviews do; it"
      + " makes no endpoint of its own."),
  CUT_SHORT(WARNING, "The text of a section ends inside a table row; what follows is missing and the endpoint is"
      + " marked incomplete."),
  ENDS_AT_REQUEST_LINE(WARNING, "The text of a section ends right after a request line where the guide otherwise"
      + " lists statuses; the endpoint is marked incomplete."),
  EXAMPLE_MISPRINT(WARNING, "An example payload disagrees with the guide's other accounts of its element (an element"
      + " left open, markup left unescaped); it is read as repaired."),
  NON_API_PAYLOAD(INFO, "A payload of the guide is no API body (a web page, a messaging envelope); it makes no"
      + " schema.");

  private final Severity severity;
  private final String description;

  DiagnosticKind(Severity severity, String description) {
    this.severity = severity;
    this.description = description;
  }

  /** The kind's name in the model format, logs and reports: lower case, words joined by dashes. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Severity severity() {
    return severity;
  }

  /** What the kind means for the model, in one line for users. */
  public String describe() {
    return description;
  }

  /** The kind with this {@link #id()}, if this version of McDewey knows it. */
  public static Optional<DiagnosticKind> byId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
  }
}
