/**
 * The {@code flattened-tables} layout: guides whose pages were printed to text (PDF exports, page chunks of a
 * documentation library), where headings, tables and examples have lost their markup. Sections are found by their
 * labels and titles, and read across page breaks, running heads and footers.
 */
package io.mcdewey.parse.flattened;
