/**
 * Comparing two releases of a guide: {@link io.mcdewey.diff.ApiDiff} pairs the operations of two models and lists
 * every {@link io.mcdewey.diff.Change} between them, each of a {@link io.mcdewey.diff.ChangeKind} that says whom it
 * breaks, how much it weighs and which release number it calls for; {@link io.mcdewey.diff.ReportFormat} renders
 * the result for a console, a pull request, a program or a browser. The change kinds and the JSON report are
 * documented in {@code docs/diff.md}.
 */
package io.mcdewey.diff;
