/**
 * Rules over the element stream for what a converter did to a page: tables spread over paragraphs or run together,
 * cells one per line, request lines broken or named, JSON printed as a paragraph. Each rule is small, named after
 * the shape it reads, and has a test of its own.
 */
package io.mcdewey.parse.markdown.rules;
