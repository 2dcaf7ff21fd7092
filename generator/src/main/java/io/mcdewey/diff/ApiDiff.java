package io.mcdewey.diff;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import java.util.List;

/**
 * Lists the changes between two releases of a guide, read into models: the base URI, every operation (paired as
 * {@link OperationPairs} explains) and the fields of the schemas operations send and receive. The order is stable:
 * the API first, then the operations in the old guide's order with the added ones after them, then the schemas.
 */
public final class ApiDiff {
  private final DiffConfig config;

  /** A diff giving each change the severity the configuration sets for its kind. */
  public ApiDiff(DiffConfig config) {
    this.config = config;
  }

  /** A diff giving each change its kind's default severity. */
  public static ApiDiff withDefaults() {
    return new ApiDiff(DiffConfig.defaults());
  }

  public List<Change> compare(Api before, Api after) {
    ChangeLog log = new ChangeLog(config);
    compareBaseUris(before, after, log);
    for (OperationPairs.Pair pair : OperationPairs.of(before.operations(), after.operations())) {
      Operation old = pair.before();
      Operation now = pair.after();
      if (now == null) {
        log.about(Subject.of(old), old.source(), null).add(ChangeKind.OPERATION_REMOVED, "", null, null);
      } else if (old == null) {
        log.about(Subject.of(now), null, now.source()).add(ChangeKind.OPERATION_ADDED, "", null, null);
      } else {
        OperationComparison.compare(old, now, log.about(Subject.of(now), old.source(), now.source()));
      }
    }
    SchemaComparison.compare(before, after, log);
    return log.changes();
  }

  /** Compares the base URIs when both guides show one. */
  private static void compareBaseUris(Api before, Api after, ChangeLog log) {
    if (before.baseUri().isBlank() || after.baseUri().isBlank()) {
      return;
    }
    if (!Normalized.baseUri(before.baseUri()).equals(Normalized.baseUri(after.baseUri()))) {
      log.about(Subject.api(), null, null).add(ChangeKind.BASE_URI_CHANGED, "", before.baseUri(), after.baseUri());
    }
  }
}
