/**
 * Source syntaxes beyond commonmark that documentation toolchains write: reStructuredText and Sphinx httpdomain,
 * ReadMe and MDX components, front matter, AsciiDoc, RAML and HTML pages. Each reads its construct into
 * {@link io.mcdewey.parse.markdown.MarkdownElement}s, so the section rules need not know where a guide came from.
 */
package io.mcdewey.parse.markdown.dialect;
