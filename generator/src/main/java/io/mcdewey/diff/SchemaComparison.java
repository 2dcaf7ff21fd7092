package io.mcdewey.diff;

import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the fields of the schemas operations send and receive. A schema sent as a request body, or nested in
 * one, has the request role; a schema whose element is the root of a response payload, or nested in one, has the
 * response role; a schema may have both. Fields are compared once per schema and role, for the roles the schema has
 * in either release.
 */
final class SchemaComparison {
  private SchemaComparison() {}

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
  }

  static void compare(Api before, Api after, ChangeLog log) {
    Map<String, Set<Role>> oldRoles = roles(before);
    Map<String, Set<Role>> newRoles = roles(after);
    for (Schema old : before.schemas()) {
      Optional<Schema> now = after.schema(old.name());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(oldRoles.getOrDefault(old.name(), Set.of()));
      roles.addAll(newRoles.getOrDefault(old.name(), Set.of()));
      if (now.isPresent() && !roles.isEmpty()) {
        compareFields(old, now.get(), roles, log.about(Subject.schema(old.name()), old.source(), now.get().source()));
      }
    }
  }

  private static void compareFields(Schema old, Schema now, Set<Role> roles, ChangeLog.Recorder record) {
    for (SchemaProperty field : old.properties()) {
      String element = old.name() + "." + field.name();
      Optional<SchemaProperty> kept = now.property(field.name());
      for (Role role : roles) {
        if (kept.isEmpty()) {
          record.add(role.removed, element, type(field), null);
        } else if (!type(field).equals(type(kept.get()))) {
          record.add(role.typeChanged, element, type(field), type(kept.get()));
        }
      }
    }
    for (SchemaProperty field : now.properties()) {
      if (old.property(field.name()).isEmpty()) {
        roles.forEach(role -> record.add(role.added, now.name() + "." + field.name(), null, type(field)));
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
