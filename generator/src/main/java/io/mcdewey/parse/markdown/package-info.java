/**
 * The {@code markdown} layout: reads a guide as a stream of {@link io.mcdewey.parse.markdown.MarkdownElement}s
 * (headings, text lines, tables, code blocks) and turns each section of the stream into operations by small rules.
 * How a source syntax becomes the stream lives in {@link io.mcdewey.parse.markdown.dialect}; rules that mend the
 * stream where a page's layout was damaged in {@link io.mcdewey.parse.markdown.rules}; request lines and calls in
 * {@link io.mcdewey.parse.markdown.request}, labels and their values in {@link io.mcdewey.parse.markdown.label}, the
 * statuses of answers in {@link io.mcdewey.parse.markdown.status}.
 */
package io.mcdewey.parse.markdown;
