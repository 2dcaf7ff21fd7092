package io.mcdewey.search;

/**
 * What bringing the index up to date with the library did.
 *
 * @param guides the guides in the library
 * @param indexed the guides (re)indexed because they are new or changed
 * @param unchanged the guides whose entries were kept
 * @param removed the guides dropped from the index because they left the library
 * @param entries the chunks and endpoints written
 * @param embedded the texts embedded for them: fewer than the entries where the index already held the vector of a
 *     text, in another guide or before the guide changed
 * @param millis the time it took
 */
public record SyncReport(int guides, int indexed, int unchanged, int removed, int entries, int embedded,
    long millis) {

  /** Entries embedded and written per second, or 0 when nothing was. */
  public double entriesPerSecond() {
    return entries == 0 || millis == 0 ? 0 : entries * 1000.0 / millis;
  }

  @Override
  public String toString() {
    return guides + (guides == 1 ? " guide: " : " guides: ") + indexed + " indexed, " + unchanged + " unchanged, "
        + removed + " removed; "
        + entries + " entries (" + embedded + " embedded) in " + millis + " ms";
  }
}
