package io.mcdewey.model;

/** How much a {@link Diagnostic} matters. */
public enum Severity {
  /** The guide could not be read as intended; generated artifacts would be wrong or missing. */
  ERROR,
  /** Something is missing or odd; the model holds what could be read and no invented value. */
  WARNING,
  /** Worth knowing, nothing to fix. */
  INFO
}
