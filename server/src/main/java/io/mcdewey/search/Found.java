package io.mcdewey.search;

/**
 * A search result looked up in the library.
 *
 * @param item the chunk or endpoint
 * @param score its score; higher is better, comparable only within one result list
 * @param <T> {@link Chunk} or {@link Endpoint}
 */
public record Found<T>(T item, double score) {}
