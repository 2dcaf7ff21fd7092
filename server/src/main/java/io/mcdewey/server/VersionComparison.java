package io.mcdewey.server;

import io.mcdewey.diff.DiffConfig;
import io.mcdewey.diff.DiffReport;
import io.mcdewey.diff.Release;
import io.mcdewey.diff.ReportFormat;
import io.mcdewey.json.Json;
import io.mcdewey.mcp.ToolError;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two releases of a product in the library with the API diff: each document present in both releases is
 * diffed, and documents present in only one are named.
 */
final class VersionComparison {
  private final Library library;

  VersionComparison(Library library) {
    this.library = library;
  }

  Map<String, Object> compare(String product, String fromVersion, String toVersion) throws ToolError {
    List<LibraryGuide> guides = library.guidesOf(product);
    if (guides.isEmpty()) {
      throw new ToolError("unknown product '" + product + "'; the library has " + String.join(", ",
          new TreeSet<>(library.guides().stream().map(g -> g.id().product()).toList())));
    }
    List<LibraryGuide> before = release(guides, product, fromVersion);
    List<LibraryGuide> after = release(guides, product, toVersion);
    List<Object> documents = new ArrayList<>();
    List<String> onlyBefore = new ArrayList<>();
    for (LibraryGuide old : before) {
      Optional<LibraryGuide> counterpart = after.stream()
          .filter(g -> g.id().document().equals(old.id().document())).findFirst();
      if (counterpart.isEmpty()) {
        onlyBefore.add(old.id().document());
        continue;
      }
      DiffReport report = DiffReport.of(new Release(old.id().libraryPath(), old.api()),
          new Release(counterpart.get().id().libraryPath(), counterpart.get().api()), DiffConfig.defaults());
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("document", old.id().document());
      document.put("report", Json.parse(ReportFormat.JSON.render(report)));
      document.put("summary", ReportFormat.TEXT.render(report));
      documents.add(document);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("product", product);
    answer.put("fromVersion", fromVersion);
    answer.put("toVersion", toVersion);
    answer.put("documents", documents);
    answer.put("onlyInFromVersion", onlyBefore);
    answer.put("onlyInToVersion", after.stream().map(g -> g.id().document())
        .filter(d -> before.stream().noneMatch(g -> g.id().document().equals(d))).toList());
    return answer;
  }

  private static List<LibraryGuide> release(List<LibraryGuide> guides, String product, String version)
      throws ToolError {
    List<LibraryGuide> release = guides.stream().filter(g -> g.id().version().equals(version)).toList();
    if (release.isEmpty()) {
      throw new ToolError("the library has no release '" + version + "' of " + product + "; it has "
          + String.join(", ", new TreeSet<>(guides.stream().map(g -> g.id().version()).toList())));
    }
    return release;
  }
}
