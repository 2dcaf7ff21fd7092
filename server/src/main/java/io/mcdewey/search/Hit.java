package io.mcdewey.search;

/**
 * One search result.
 *
 * @param kind chunk or endpoint
 * @param id the chunk id or endpoint id, to look up in the {@link Library}
 * @param score higher is better; comparable only within one result list
 */
public record Hit(EntryKind kind, String id, double score) {}
