/**
 * Generating a Java SDK from the {@link io.mcdewey.model API model}: {@link io.mcdewey.codegen.Names} turns guide
 * words into identifiers, {@link io.mcdewey.codegen.SdkSymbols} decides every generated name and type once, and the
 * writers emit source from those symbols.
 */
package io.mcdewey.codegen;
