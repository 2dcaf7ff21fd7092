/**
 * Rules over a paragraph or the element stream that read what a converter or a toolchain printed in text: request
 * lines broken, glued or named, the parts of a block glued to their captions, JSON printed as a paragraph, Liquid
 * tags, definition lists; tables printed in text in {@link io.mcdewey.parse.markdown.rules.table}. Each rule is small
 * and named after the shape it reads.
 */
package io.mcdewey.parse.markdown.rules;
