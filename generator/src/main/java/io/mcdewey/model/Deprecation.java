package io.mcdewey.model;

/**
 * That an element is deprecated, and what the guide says of it.
 *
 * @param note the guide's sentence announcing the deprecation
 */
public record Deprecation(String note) {}
