package io.mcdewey.diff;

import io.mcdewey.model.Api;
import io.mcdewey.model.Deprecation;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Small models for diff tests: one well-documented operation and a schema, changed a little at a time. */
final class Models {
  private Models() {}

  static final String BASE_URI = "https://{FQDN}:8443";
  static final Provenance SOURCE = new Provenance("guide.md", 14, null, 31);

  /** {@code Call—Hold a Call}: a PUT fixing {@code requestedAction}, with a path and two body parameters. */
  static Operation hold() {
    return callAction("Call—Hold a Call", "HOLD");
  }

  /** An action on a call, told from the others on its path by the value of {@code requestedAction}. */
  static Operation callAction(String title, String action) {
    return Operation.builder(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"), SOURCE)
        .group("Call")
        .title(title)
        .description("Puts the agent's active call on hold.")
        .method("PUT")
        .path("/api/Call/{callId}")
        .parameters(List.of(
            Parameter.of("callId", ParameterLocation.PATH, true),
            new Parameter("requestedAction", ParameterLocation.BODY, true, "The action (" + action + ").", "",
                List.of(action), null),
            required("targetMediaAddress", ParameterLocation.BODY)))
        .requestBody(new RequestBody("application/xml", "Call", List.of()))
        .addImpliedValue(new ImpliedValue("requestedAction", action))
        .addResponse(new Response(202, "Accepted", ""))
        .addResponse(new Response(400, "Invalid State", "the call is not active"))
        .addResponse(new Response(404, "Not Found", ""))
        .addNotificationTriggered("Call notification")
        .securityConstraints("Agents can act only on calls they take part in.")
        .addNote("The other party hears music.")
        .build();
  }

  /** {@code Call—Get Call}: a GET answering with the Call payload. */
  static Operation get() {
    return Operation.builder("call-get-call", SOURCE)
        .group("Call")
        .title("Call—Get Call")
        .method("GET")
        .path("/api/Call/{callId}")
        .addParameter(Parameter.of("callId", ParameterLocation.PATH, true))
        .addResponse(new Response(200, "Success", ""))
        .addExample(new Example(Example.Kind.RESPONSE, "", "application/xml", "<Call><id>1</id></Call>"))
        .build();
  }

  static Parameter required(String name, ParameterLocation location) {
    return new Parameter(name, location, true, "The " + name + ".", "", List.of(), null);
  }

  /** The Call schema: sent by {@link #hold()}, returned by {@link #get()}. */
  static Schema call(SchemaProperty... properties) {
    return new Schema("Call", "Call", "", List.of(properties), SOURCE);
  }

  static SchemaProperty field(String name, PropertyType type) {
    return new SchemaProperty(name, type, null, false, List.of(), "");
  }

  static Api api(List<Operation> operations, List<Schema> schemas) {
    return new Api("product", "v1", "", "test", BASE_URI, operations, schemas, List.of());
  }

  static Api api(Operation... operations) {
    return api(List.of(operations), List.of(call(field("id", PropertyType.STRING))));
  }

  static Api withBaseUri(Api api, String baseUri) {
    return new Api(api.product(), api.version(), api.title(), api.profile(), baseUri, api.operations(),
        api.schemas(), api.diagnostics());
  }

  /** The operation changed by the edit. */
  static Operation changed(Operation operation, UnaryOperator<Operation.Builder> edit) {
    return edit.apply(operation.toBuilder()).build();
  }

  /** The operation as a guide documenting it on another page has it. */
  static Operation onPage(Operation o, int page) {
    return at(o, new Provenance(SOURCE.file(), page, null, SOURCE.line()));
  }

  /** The operation as a guide documenting it at that place has it. */
  static Operation at(Operation o, Provenance source) {
    return copy(o, o.impliedValues(), source);
  }

  /** The operation fixing other body fields (which its builder can only add to). */
  static Operation withImpliedValues(Operation o, List<ImpliedValue> impliedValues) {
    return copy(o, impliedValues, o.source());
  }

  private static Operation copy(Operation o, List<ImpliedValue> impliedValues, Provenance source) {
    return new Operation(o.id(), o.group(), o.title(), o.description(), o.method(), o.path(), o.uriTemplate(),
        o.parameters(), o.requestBody(), o.responseSchema(), impliedValues, o.responses(), o.examples(),
        o.securityConstraints(), o.notes(), o.notificationsTriggered(), o.platformDifferences(), o.deprecation(),
        o.complete(), source, o.extent());
  }

  /** The operation with its parameter of that name replaced. */
  static Operation withParameter(Operation operation, String name, UnaryOperator<Parameter> edit) {
    return changed(operation, b -> b.parameters(operation.parameters().stream()
        .map(p -> p.name().equals(name) ? edit.apply(p) : p)
        .toList()));
  }

  static Operation deprecated(Operation operation) {
    return changed(operation, b -> b.deprecation(new Deprecation("This API is deprecated.")));
  }

  /** The changes from one model to the other, each as {@code kind element: before -> after}. */
  static List<String> changes(Api before, Api after) {
    return ApiDiff.withDefaults().compare(before, after).stream().map(Models::describe).toList();
  }

  static String describe(Change change) {
    StringBuilder text = new StringBuilder(change.kind().id());
    if (!change.element().isEmpty()) {
      text.append(' ').append(change.element());
    }
    if (change.before() != null || change.after() != null) {
      text.append(": ").append(change.before()).append(" -> ").append(change.after());
    }
    return text.toString();
  }
}
