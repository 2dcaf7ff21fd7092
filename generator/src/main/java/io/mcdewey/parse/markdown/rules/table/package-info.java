/**
 * Rules that read the tables a page printed in text rather than as a markdown table: rows without their delimiter
 * row, run together, broken by blank lines or spread a cell per line or paragraph, borders lost to spaces or glued
 * words, HTML tables inside markdown, and the rows of parameters and routes such tables hold.
 */
package io.mcdewey.parse.markdown.rules.table;
