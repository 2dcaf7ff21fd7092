package io.mcdewey.search;

import java.util.Map;

/**
 * The verbs of the four things an API does to a resource meet: reading ({@code fetch}, {@code look up},
 * {@code view}, {@code list} → {@code get}), creating ({@code add}, {@code register} → {@code create}), changing
 * ({@code edit}, {@code modify}, {@code set} → {@code update}) and removing ({@code remove}, {@code cancel},
 * {@code abort} → {@code delete}). Guides title their operations with one verb of each ({@code Get Reason Code},
 * {@code Viewing Contacts}, {@code Aborting a Fax Entry}) and integrators ask with another; the word of the group is
 * added beside the word itself ({@link WordBeside}), which keeps its own weight. It looks at stemmed words, so every
 * form of a verb counts ({@code removed}, {@code removing}); verbs of one domain's own meaning ({@code retrieve} a
 * held call, {@code drop} a call) are left alone.
 */
final class ActionVerbs {
  /** Porter stems of verbs, and the stem of the verb of their group. */
  private static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry("fetch", "get"), Map.entry("read", "get"), Map.entry("lookup", "get"), Map.entry("view", "get"),
      Map.entry("list", "get"), Map.entry("show", "get"), Map.entry("find", "get"),
      Map.entry("add", "creat"), Map.entry("regist", "creat"), Map.entry("insert", "creat"),
      Map.entry("edit", "updat"), Map.entry("modifi", "updat"), Map.entry("chang", "updat"),
      Map.entry("set", "updat"), Map.entry("alter", "updat"),
      Map.entry("remov", "delet"), Map.entry("cancel", "delet"), Map.entry("abort", "delet"),
      Map.entry("eras", "delet"));

  private ActionVerbs() {}

  /** The stem of the verb of a stem's group, or {@code null} when it is in none. */
  static String group(String stem) {
    return GROUPS.get(stem);
  }
}
