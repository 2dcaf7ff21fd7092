package io.mcdewey.parse;

/** How a guide's text is laid out, which decides the reading strategy. */
public enum Layout {
  /**
   * Text flattened from PDF, in which each label/value table row comes out as the value followed by the label
   * ({@code https://<FQDN>/api/User/<id> URI:}), with running page footers and image placeholders.
   */
  FLATTENED_TABLES,
  /** Ordinary markdown: a heading per endpoint, request lines or code blocks, tables and label paragraphs. */
  MARKDOWN
}
