package io.mcdewey.search;

/** What an index entry stands for. */
public enum EntryKind {
  /** A passage of a guide: {@link Chunk}. */
  CHUNK,
  /** An operation read from a guide: {@link Endpoint}. */
  ENDPOINT
}
