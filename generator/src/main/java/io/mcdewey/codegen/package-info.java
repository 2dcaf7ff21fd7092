/**
 * Generating a Java SDK from the {@link io.mcdewey.model API model}. {@link io.mcdewey.codegen.SdkGenerator} is the
 * entry point; the symbols every part shares live here: {@link io.mcdewey.codegen.Names} turns guide words into
 * identifiers, {@link io.mcdewey.codegen.SdkSymbols} decides every generated name and type once (DTOs, groups,
 * operations, parameters), and {@link io.mcdewey.codegen.DtoDocs} writes the comments of every generated file. The
 * writers emit source from those symbols, one sub-package per part of the SDK: {@link io.mcdewey.codegen.dto} the
 * model classes, {@link io.mcdewey.codegen.client} the client, {@link io.mcdewey.codegen.server} the server
 * skeleton; {@link io.mcdewey.codegen.output} puts the files in place and {@code templates} renders the project files.
 */
package io.mcdewey.codegen;
