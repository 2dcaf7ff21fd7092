/**
 * The {@code mcdewey} command-line tool: reads guides through {@link io.mcdewey.parse.Guides} and formats what the
 * library finds. Commands hold no logic of their own beyond choosing inputs and laying out text.
 */
package io.mcdewey.cli;
