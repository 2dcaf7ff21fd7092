package io.mcdewey.diff;

import io.mcdewey.files.FileErrors;
import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.model.Severity;
import io.mcdewey.source.InputLimit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a project weighs changes: severities that replace the defaults of some change kinds. Read from a JSON file
 * such as
 *
 * <pre>{@code
 * {
 *   "severities": {
 *     "operation-renamed": "warning",
 *     "response-status-added": "error"
 *   }
 * }
 * }</pre>
 *
 * <p>Kinds are named by {@link ChangeKind#id()}; severities are {@code error}, {@code warning} or {@code info}.
 */
public final class DiffConfig {
  private static final String SEVERITIES = "severities";

  private final Map<ChangeKind, Severity> severities;

  private DiffConfig(Map<ChangeKind, Severity> severities) {
    this.severities = severities.isEmpty() ? Map.of() : new EnumMap<>(severities);
  }

  /** Every kind at its default severity. */
  public static DiffConfig defaults() {
    return new DiffConfig(Map.of());
  }

  /** The defaults, with these kinds at these severities. */
  public static DiffConfig of(Map<ChangeKind, Severity> severities) {
    return new DiffConfig(severities);
  }

  /**
   * Reads a configuration file.
   *
   * @throws DiffConfigException when the file cannot be read, is not JSON, or names an unknown member, change kind
   *     or severity; the message starts with the file's name
   */
  public static DiffConfig read(Path file) throws DiffConfigException {
    Map<String, Object> root;
    try {
      root = Json.parseObject(InputLimit.readText(file));
    } catch (IOException e) {
      throw new DiffConfigException(file + ": cannot read the diff configuration: " + FileErrors.reason(e));
    } catch (JsonException e) {
      throw new DiffConfigException(file + ": not a JSON object: " + e.getMessage());
    }
    for (String member : root.keySet()) {
      if (!member.equals(SEVERITIES)) {
        throw new DiffConfigException(file + ": unknown member \"" + member + "\"; a diff configuration holds \""
            + SEVERITIES + "\"");
      }
    }
    Object value = root.getOrDefault(SEVERITIES, Map.of());
    if (!(value instanceof Map<?, ?> entries)) {
      throw new DiffConfigException(file + ": \"" + SEVERITIES + "\" must be an object mapping change kinds to"
          + " severities");
    }
    Map<ChangeKind, Severity> severities = new EnumMap<>(ChangeKind.class);
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      String name = String.valueOf(entry.getKey());
      ChangeKind kind = ChangeKind.byId(name).orElseThrow(() -> new DiffConfigException(file
          + ": unknown change kind \"" + name + "\"; the kinds are " + Arrays.stream(ChangeKind.values())
          .map(ChangeKind::id).collect(Collectors.joining(", "))));
      severities.put(kind, severity(file, name, entry.getValue()));
    }
    return new DiffConfig(severities);
  }

  private static Severity severity(Path file, String kind, Object value) throws DiffConfigException {
    if (value instanceof String text) {
      for (Severity severity : Severity.values()) {
        if (severity.name().equalsIgnoreCase(text.strip())) {
          return severity;
        }
      }
    }
    throw new DiffConfigException(file + ": " + SEVERITIES + "." + kind + ": expected \"error\", \"warning\" or"
        + " \"info\"; found " + (value instanceof String ? "\"" + value + "\"" : String.valueOf(value)));
  }

  /** The severity of changes of this kind. */
  public Severity severityOf(ChangeKind kind) {
    return severities.getOrDefault(kind, kind.defaultSeverity());
  }
}
