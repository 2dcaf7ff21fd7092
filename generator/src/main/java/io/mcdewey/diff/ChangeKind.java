package io.mcdewey.diff;

import static io.mcdewey.diff.SdkImpact.COMPATIBLE;
import static io.mcdewey.diff.SdkImpact.INCOMPATIBLE;
import static io.mcdewey.diff.SemverLevel.MAJOR;
import static io.mcdewey.diff.SemverLevel.MINOR;
import static io.mcdewey.diff.SemverLevel.PATCH;
import static io.mcdewey.model.Severity.ERROR;
import static io.mcdewey.model.Severity.INFO;
import static io.mcdewey.model.Severity.WARNING;

import io.mcdewey.model.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of change a guide release made, with its weight.
 *
 * <p>A change <em>breaks clients</em> when a client written against the old guide may fail against a server that
 * follows the new one; it <em>breaks servers</em> when a server that implements the old guide no longer satisfies the
 * new one, so that a client written against the new guide may fail against it. Adding an operation breaks servers
 * only; removing one breaks clients only. The semantic-version level and the default severity follow from that; a
 * {@link DiffConfig} may change the severity. Apart from the wire, each kind says what it may do to the SDK McDewey
 * generates ({@link SdkImpact}).
 */
public enum ChangeKind {
  /** The base URI differs in more than its scheme ({@code http}, {@code https}) and host placeholder. */
  BASE_URI_CHANGED("base URI changed", true, true, MAJOR, ERROR, COMPATIBLE),

  OPERATION_ADDED("operation added", false, true, MINOR, INFO, COMPATIBLE),
  OPERATION_REMOVED("operation removed", true, false, MAJOR, ERROR, INCOMPATIBLE),
  OPERATION_DEPRECATED("operation deprecated", false, false, MINOR, WARNING, COMPATIBLE),
  OPERATION_UNDEPRECATED("operation no longer deprecated", false, false, MINOR, INFO, COMPATIBLE),
  /** The same request under a new title; generated SDKs may rename the method. */
  OPERATION_RENAMED("operation renamed", false, false, PATCH, INFO, INCOMPATIBLE),
  METHOD_CHANGED("method changed", true, true, MAJOR, ERROR, COMPATIBLE),
  /** The path changed in more than the names of its variables or a trailing slash. */
  PATH_CHANGED("path changed", true, true, MAJOR, ERROR, COMPATIBLE),
  /** The value of the body field that selects the action among those sharing a method and path. */
  ACTION_FIELD_CHANGED("action field changed", true, true, MAJOR, ERROR, COMPATIBLE),

  PARAMETER_ADDED_REQUIRED("required parameter added", true, false, MAJOR, ERROR, INCOMPATIBLE),
  PARAMETER_ADDED_OPTIONAL("optional parameter added", false, true, MINOR, INFO, INCOMPATIBLE),
  PARAMETER_REMOVED("parameter removed", true, false, MAJOR, WARNING, INCOMPATIBLE),
  PARAMETER_BECAME_REQUIRED("parameter became required", true, false, MAJOR, ERROR, INCOMPATIBLE),
  PARAMETER_BECAME_OPTIONAL("parameter became optional", false, true, MINOR, INFO, INCOMPATIBLE),
  PARAMETER_LOCATION_CHANGED("parameter moved", true, true, MAJOR, ERROR, COMPATIBLE),
  PARAMETER_VALUES_ADDED("parameter values added", false, true, MINOR, INFO, COMPATIBLE),
  PARAMETER_VALUES_REMOVED("parameter values removed", true, false, MAJOR, ERROR, INCOMPATIBLE),

  REQUEST_FIELD_ADDED("request field added", false, true, MINOR, INFO, INCOMPATIBLE),
  REQUEST_FIELD_REMOVED("request field removed", true, false, MAJOR, WARNING, INCOMPATIBLE),
  REQUEST_FIELD_TYPE_CHANGED("request field type changed", true, true, MAJOR, ERROR, INCOMPATIBLE),

  RESPONSE_STATUS_ADDED("response status added", false, false, MINOR, INFO, COMPATIBLE),
  RESPONSE_STATUS_REMOVED("response status removed", true, false, MAJOR, WARNING, COMPATIBLE),
  RESPONSE_FIELD_ADDED("response field added", false, true, MINOR, INFO, INCOMPATIBLE),
  RESPONSE_FIELD_REMOVED("response field removed", true, false, MAJOR, ERROR, INCOMPATIBLE),
  RESPONSE_FIELD_TYPE_CHANGED("response field type changed", true, true, MAJOR, ERROR, INCOMPATIBLE),

  NOTIFICATION_ADDED("notification added", false, true, MINOR, INFO, COMPATIBLE),
  NOTIFICATION_REMOVED("notification removed", true, false, MAJOR, WARNING, COMPATIBLE),
  /** Who may call the operation: the security constraints name other roles or restrict them otherwise. */
  SECURITY_CHANGED("security constraints changed", true, true, MAJOR, WARNING, COMPATIBLE),
  /** The security constraints say the same roles and restrictions in other words. */
  SECURITY_REWORDED("security constraints reworded", false, false, PATCH, INFO, COMPATIBLE),
  /** Operation, parameter or status descriptions, compared with white space folded. */
  DESCRIPTION_CHANGED("description changed", false, false, PATCH, INFO, COMPATIBLE),
  /** Notes and deployment differences, compared with white space folded. */
  NOTES_CHANGED("notes changed", false, false, PATCH, INFO, COMPATIBLE);

  private final String label;
  private final boolean breaksClients;
  private final boolean breaksServers;
  private final SemverLevel semver;
  private final Severity defaultSeverity;
  private final SdkImpact sdk;

  ChangeKind(String label, boolean breaksClients, boolean breaksServers, SemverLevel semver,
      Severity defaultSeverity, SdkImpact sdk) {
    this.label = label;
    this.breaksClients = breaksClients;
    this.breaksServers = breaksServers;
    this.semver = semver;
    this.defaultSeverity = defaultSeverity;
    this.sdk = sdk;
  }

  /** The kind's name in reports and configuration files: lower case, words joined by dashes. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A few words for people ({@code required parameter added}). */
  public String label() {
    return label;
  }

  public boolean breaksClients() {
    return breaksClients;
  }

  public boolean breaksServers() {
    return breaksServers;
  }

  public SemverLevel semver() {
    return semver;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** What a change of this kind may do to the SDK McDewey generates: the worst it does there. */
  public SdkImpact sdk() {
    return sdk;
  }

  /** Whether the kind's before and after are prose, which reports show as the words that changed. */
  public boolean prose() {
    return switch (this) {
      case SECURITY_CHANGED, SECURITY_REWORDED, DESCRIPTION_CHANGED, NOTES_CHANGED -> true;
      default -> false;
    };
  }

  /** The kind with this {@link #id()}; the constant's own name ({@code OPERATION_REMOVED}) is accepted too. */
  public static Optional<ChangeKind> byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(kind -> kind.id().equals(wanted)).findFirst();
  }
}
