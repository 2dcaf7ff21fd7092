package io.mcdewey.score;

import io.mcdewey.model.Operation;

/**
 * A key entry for which no operation was found.
 *
 * @param entry the key's entry
 * @param resembling an unmatched operation that looks like the entry (same route but for case, placeholder names
 *     or a trailing slash; or same title but for case and punctuation), or {@code null}: usually the near miss
 *     to look at
 */
public record Miss(KeyEntry entry, Operation resembling) {}
