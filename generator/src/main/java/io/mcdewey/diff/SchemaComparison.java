package io.mcdewey.diff;

import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares the fields of the schemas operations send and receive. A schema sent as a request body, or nested in
 * one, has the request role; a schema whose element is the root of a response payload, or nested in one, has the
 * response role; a schema may have both, in either release. A field has the roles of its schema, but for a field
 * the payloads of one direction show and those of the other do not: a field seen only in requests is no response
 * field. A request field an operation documents as a body parameter is compared as that parameter, by
 * {@link ParameterComparison}, so that its addition or removal is reported once.
 */
final class SchemaComparison {
  /** The root element of an XML payload, after an optional declaration and comments. */
  private static final Pattern ROOT_ELEMENT =
      Pattern.compile("^\\s*(?:<\\?.*?\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)",
          Pattern.DOTALL);

  /** How a schema travels. */
  private enum Role {
    REQUEST(ChangeKind.REQUEST_FIELD_ADDED, ChangeKind.REQUEST_FIELD_REMOVED, ChangeKind.REQUEST_FIELD_TYPE_CHANGED),
    RESPONSE(ChangeKind.RESPONSE_FIELD_ADDED, ChangeKind.RESPONSE_FIELD_REMOVED,
        ChangeKind.RESPONSE_FIELD_TYPE_CHANGED);

    final ChangeKind added;
    final ChangeKind removed;
    final ChangeKind typeChanged;

    Role(ChangeKind added, ChangeKind removed, ChangeKind typeChanged) {
      this.added = added;
      this.removed = removed;
      this.typeChanged = typeChanged;
    }

    /** The payloads of this direction an operation shows. */
    Stream<String> payloads(Operation operation) {
      if (this == REQUEST) {
        return operation.requestBody() == null ? Stream.empty()
            : operation.requestBody().examples().stream().map(Example::content);
      }
      return operation.examples().stream().filter(e -> e.kind() == Example.Kind.RESPONSE).map(Example::content);
    }
  }

  /** What the payloads of both releases show, by direction. */
  private final Map<Role, PayloadFields> shown = new EnumMap<>(Role.class);
  /** The body parameters of both releases, as {@code element/name}. */
  private final Set<String> bodyParameters = new HashSet<>();

  private SchemaComparison(Api before, Api after) {
    for (Role role : Role.values()) {
      shown.put(role, PayloadFields.of(Stream.of(before, after)
          .flatMap(api -> api.operations().stream())
          .flatMap(role::payloads)
          .toList()));
    }
    addBodyParameters(before);
    addBodyParameters(after);
  }

  static void compare(Api before, Api after, ChangeLog log) {
    SchemaComparison comparison = new SchemaComparison(before, after);
    Map<String, Set<Role>> oldRoles = roles(before);
    Map<String, Set<Role>> newRoles = roles(after);
    for (Schema old : before.schemas()) {
      Optional<Schema> now = after.schema(old.name());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(oldRoles.getOrDefault(old.name(), Set.of()));
      roles.addAll(newRoles.getOrDefault(old.name(), Set.of()));
      if (now.isPresent() && !roles.isEmpty()) {
        comparison.compareFields(old, now.get(), roles,
            log.about(Subject.schema(old.name()), old.source(), now.get().source()));
      }
    }
  }

  private void compareFields(Schema old, Schema now, Set<Role> roles, ChangeLog.Recorder record) {
    for (SchemaProperty field : old.properties()) {
      String element = old.name() + "." + field.name();
      Optional<SchemaProperty> kept = now.property(field.name());
      for (Role role : roles(old, now, field.name(), roles)) {
        if (kept.isEmpty()) {
          if (!documentedAsParameter(role, old, field.name())) {
            record.add(role.removed, element, type(field), null);
          }
        } else if (!type(field).equals(type(kept.get()))) {
          record.add(role.typeChanged, element, type(field), type(kept.get()));
        }
      }
    }
    for (SchemaProperty field : now.properties()) {
      if (old.property(field.name()).isEmpty()) {
        for (Role role : roles(old, now, field.name(), roles)) {
          if (!documentedAsParameter(role, now, field.name())) {
            record.add(role.added, now.name() + "." + field.name(), null, type(field));
          }
        }
      }
    }
  }

  /**
   * The roles of a field: those of its schema the payloads show it in, or all of its schema's when the payloads of
   * no such direction show it (it is known from an object's description or a notification only).
   */
  private Set<Role> roles(Schema old, Schema now, String field, Set<Role> schemaRoles) {
    Set<Role> seen = EnumSet.noneOf(Role.class);
    for (Role role : schemaRoles) {
      if (shown.get(role).shows(old, field) || shown.get(role).shows(now, field)) {
        seen.add(role);
      }
    }
    return seen.isEmpty() ? schemaRoles : seen;
  }

  private boolean documentedAsParameter(Role role, Schema schema, String field) {
    return role == Role.REQUEST
        && PayloadFields.elementNames(schema).stream().anyMatch(name -> bodyParameters.contains(name + "/" + field));
  }

  /** Notes each body parameter under the element it belongs to: its enclosing parameter, else the body's root. */
  private void addBodyParameters(Api api) {
    for (Operation operation : api.operations()) {
      Optional<Schema> body = Optional.ofNullable(operation.requestBody())
          .map(RequestBody::schema)
          .flatMap(api::schema);
      for (Parameter parameter : operation.parameters()) {
        if (parameter.location() != ParameterLocation.BODY) {
          continue;
        }
        if (parameter.parent() != null) {
          bodyParameters.add(parameter.parent() + "/" + parameter.name());
        } else {
          body.ifPresent(root -> PayloadFields.elementNames(root)
              .forEach(name -> bodyParameters.add(name + "/" + parameter.name())));
        }
      }
    }
  }

  /**
   * A field's type as reports show it: {@code string}, {@code boolean}, {@code object}, with {@code []} for a list.
   * An enumeration is a string whose values the guide happens to list, so it compares as one.
   */
  private static String type(SchemaProperty field) {
    PropertyType type = field.type() == PropertyType.ENUM ? PropertyType.STRING : field.type();
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + (field.repeated() ? "[]" : "");
  }

  /** The roles of every schema an operation of the API sends or receives, directly or nested. */
  private static Map<String, Set<Role>> roles(Api api) {
    Map<String, Set<Role>> roles = new HashMap<>();
    for (Operation operation : api.operations()) {
      if (operation.requestBody() != null && operation.requestBody().schema() != null) {
        reach(api, operation.requestBody().schema(), Role.REQUEST, roles);
      }
      for (Example example : operation.examples()) {
        if (example.kind() == Example.Kind.RESPONSE) {
          rootSchema(api, example.content()).ifPresent(root -> reach(api, root.name(), Role.RESPONSE, roles));
        }
      }
    }
    return roles;
  }

  /** Gives the schema and every schema nested in it the role. */
  private static void reach(Api api, String root, Role role, Map<String, Set<Role>> roles) {
    Deque<String> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      Optional<Schema> schema = api.schema(name);
      if (schema.isEmpty() || !roles.computeIfAbsent(name, n -> EnumSet.noneOf(Role.class)).add(role)) {
        continue;
      }
      for (SchemaProperty field : schema.get().properties()) {
        if (field.ref() != null) {
          pending.push(field.ref());
        }
      }
    }
  }

  /** The schema of an XML payload's root element: the one of that name, else the one with that element name. */
  private static Optional<Schema> rootSchema(Api api, String payload) {
    Matcher matcher = ROOT_ELEMENT.matcher(payload);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String element = matcher.group(1);
    return api.schema(element).or(() -> api.schemas().stream().filter(s -> s.xmlName().equals(element)).findFirst());
  }
}
