package io.mcdewey.parse;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import java.nio.file.Path;
import java.util.List;

/** Reads the pages under {@code /unseen/}, detecting each one's profile as the tool does, for tests. */
final class UnseenPages {
  private UnseenPages() {}

  static Api read(String fixture) throws Exception {
    Path file = Path.of(UnseenPages.class.getResource("/unseen/" + fixture).toURI());
    return Guides.detecting().read(file).get(0);
  }

  /** Each operation as {@code METHOD /path}. */
  static List<String> requests(Api api) {
    return api.operations().stream().map(o -> o.method() + " " + o.path()).toList();
  }

  static List<String> titles(Api api) {
    return api.operations().stream().map(Operation::title).toList();
  }
}
