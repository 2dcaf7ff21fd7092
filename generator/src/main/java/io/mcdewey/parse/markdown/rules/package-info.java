/**
 * Rules over a paragraph or the element stream that read what a converter or a toolchain printed in text: tables
 * spread over paragraphs, run together, printed a cell per line or as pipe rows, HTML tables, request lines broken
 * or named, JSON printed as a paragraph, Liquid tags. Each rule is small and named after the shape it reads.
 */
package io.mcdewey.parse.markdown.rules;
