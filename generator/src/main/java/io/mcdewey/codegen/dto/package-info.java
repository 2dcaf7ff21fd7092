/**
 * The SDK's model classes: a record per schema with its builder and nested enums, read and written as XML (through
 * the generated StAX support class) or as JSON (through the generated JDK-only JSON class), from the DTO symbols of
 * {@link io.mcdewey.codegen.SdkSymbols}.
 */
package io.mcdewey.codegen.dto;
