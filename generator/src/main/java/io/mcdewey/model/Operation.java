package io.mcdewey.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action a guide documents.
 *
 * <p>Method and path are {@code null} when the guide's pages carrying them are missing; the parser never invents them
 * and reports a {@link Diagnostic} instead.
 *
 * @param id a stable identifier derived from the title (or, for untitled fragments, from method and path)
 * @param group the resource group, the part of the title before the separator ({@code Dialog})
 * @param title the title as printed ({@code Dialog—Initiate a Single Step Transfer}), empty when not visible
 * @param description the guide's description
 * @param method the HTTP method in upper case, or {@code null}
 * @param path the path template with {@code {name}} variables, without scheme, host and query, or {@code null}
 * @param uriTemplate the URI as printed, normalised to {@code {name}} variables, or {@code null}
 * @param parameters path, query, header and body parameters, in that order
 * @param requestBody the body, or {@code null} when the action sends none or the guide does not show it
 * @param responseSchema the name of the {@link Schema} of a successful answer's body, or {@code null} when the guide
 *     shows none
 * @param responseMediaType the media type of a successful answer's body as the guide states or shows it
 *     ({@code application/json}), in lower case; empty when it tells none
 * @param impliedValues body fields fixed by this action
 * @param responses every documented status with its reasons
 * @param examples response and failure-response payloads
 * @param securityConstraints who may call the action, as the guide says, possibly empty
 * @param notes the guide's notes
 * @param notificationsTriggered the notifications the action triggers
 * @param platformDifferences the guide's statements on how deployments differ
 * @param deprecation present when the guide deprecates the action
 * @param complete {@code false} when part of the section is on pages missing from the input or cut short
 * @param source where the section starts
 * @param extent every chunk or page the section was read from, in order
 */
public record Operation(
    String id,
    String group,
    String title,
    String description,
    String method,
    String path,
    String uriTemplate,
    List<Parameter> parameters,
    RequestBody requestBody,
    String responseSchema,
    String responseMediaType,
    List<ImpliedValue> impliedValues,
    List<Response> responses,
    List<Example> examples,
    String securityConstraints,
    List<String> notes,
    List<String> notificationsTriggered,
    List<String> platformDifferences,
    Deprecation deprecation,
    boolean complete,
    Provenance source,
    List<Provenance> extent) {

  public Operation {
    Objects.requireNonNull(id, "id");
    responseMediaType = responseMediaType == null ? "" : responseMediaType;
    group = group == null ? "" : group;
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    parameters = List.copyOf(parameters);
    impliedValues = List.copyOf(impliedValues);
    responses = List.copyOf(responses);
    examples = List.copyOf(examples);
    securityConstraints = securityConstraints == null ? "" : securityConstraints;
    notes = List.copyOf(notes);
    notificationsTriggered = List.copyOf(notificationsTriggered);
    platformDifferences = List.copyOf(platformDifferences);
    Objects.requireNonNull(source, "source");
    extent = List.copyOf(extent);
  }

  /** An operation whose answer's media type is not known, as code written before the media type was read builds it. */
  public Operation(String id, String group, String title, String description, String method, String path,
      String uriTemplate, List<Parameter> parameters, RequestBody requestBody, String responseSchema,
      List<ImpliedValue> impliedValues, List<Response> responses, List<Example> examples, String securityConstraints,
      List<String> notes, List<String> notificationsTriggered, List<String> platformDifferences,
      Deprecation deprecation, boolean complete, Provenance source, List<Provenance> extent) {
    this(id, group, title, description, method, path, uriTemplate, parameters, requestBody, responseSchema, "",
        impliedValues, responses, examples, securityConstraints, notes, notificationsTriggered, platformDifferences,
        deprecation, complete, source, extent);
  }

  public boolean deprecated() {
    return deprecation != null;
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public static Builder builder(String id, Provenance source) {
    return new Builder(id, source);
  }

  public Builder toBuilder() {
    Builder builder = new Builder(id, source);
    builder.group = group;
    builder.title = title;
    builder.description = description;
    builder.method = method;
    builder.path = path;
    builder.uriTemplate = uriTemplate;
    builder.parameters.addAll(parameters);
    builder.requestBody = requestBody;
    builder.responseSchema = responseSchema;
    builder.responseMediaType = responseMediaType;
    builder.impliedValues.addAll(impliedValues);
    builder.responses.addAll(responses);
    builder.examples.addAll(examples);
    builder.securityConstraints = securityConstraints;
    builder.notes.addAll(notes);
    builder.notificationsTriggered.addAll(notificationsTriggered);
    builder.platformDifferences.addAll(platformDifferences);
    builder.deprecation = deprecation;
    builder.complete = complete;
    builder.extent.addAll(extent);
    return builder;
  }

  /** Collects an operation's parts while a section is read. */
  public static final class Builder {
    private String id;
    private final Provenance source;
    private String group = "";
    private String title = "";
    private String description = "";
    private String method;
    private String path;
    private String uriTemplate;
    private final List<Parameter> parameters = new ArrayList<>();
    private RequestBody requestBody;
    private String responseSchema;
    private String responseMediaType = "";
    private final List<ImpliedValue> impliedValues = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final List<Example> examples = new ArrayList<>();
    private String securityConstraints = "";
    private final List<String> notes = new ArrayList<>();
    private final List<String> notificationsTriggered = new ArrayList<>();
    private final List<String> platformDifferences = new ArrayList<>();
    private Deprecation deprecation;
    private boolean complete = true;
    private final List<Provenance> extent = new ArrayList<>();

    private Builder(String id, Provenance source) {
      this.id = id;
      this.source = source;
    }

    public Builder id(String value) { this.id = value; return this; }
    public Builder group(String value) { this.group = value; return this; }
    public Builder title(String value) { this.title = value; return this; }
    public Builder description(String value) { this.description = value; return this; }
    public Builder method(String value) { this.method = value; return this; }
    public Builder path(String value) { this.path = value; return this; }
    public Builder uriTemplate(String value) { this.uriTemplate = value; return this; }
    public Builder parameters(List<Parameter> values) { parameters.clear(); parameters.addAll(values); return this; }
    public Builder addParameter(Parameter value) { parameters.add(value); return this; }
    public Builder requestBody(RequestBody value) { this.requestBody = value; return this; }
    public Builder responseSchema(String value) { this.responseSchema = value; return this; }
    public Builder responseMediaType(String value) { this.responseMediaType = value; return this; }
    public Builder addImpliedValue(ImpliedValue value) { impliedValues.add(value); return this; }
    public Builder addResponse(Response value) { responses.add(value); return this; }
    public Builder addExample(Example value) { examples.add(value); return this; }
    public Builder securityConstraints(String value) { this.securityConstraints = value; return this; }
    public Builder addNote(String value) { notes.add(value); return this; }
    public Builder addNotificationTriggered(String value) { notificationsTriggered.add(value); return this; }
    public Builder addPlatformDifference(String value) { platformDifferences.add(value); return this; }
    public Builder deprecation(Deprecation value) { this.deprecation = value; return this; }
    public Builder complete(boolean value) { this.complete = value; return this; }
    public Builder addExtent(Provenance value) { if (!extent.contains(value)) { extent.add(value); } return this; }

    public String method() { return method; }
    public String path() { return path; }
    public List<Parameter> parameters() { return parameters; }
    public List<Response> responses() { return responses; }
    public RequestBody requestBody() { return requestBody; }
    public String responseMediaType() { return responseMediaType; }

    public Operation build() {
      return new Operation(id, group, title, description, method, path, uriTemplate, parameters, requestBody,
          responseSchema, responseMediaType, impliedValues, responses, examples, securityConstraints, notes,
          notificationsTriggered, platformDifferences, deprecation, complete, source, extent);
    }
  }
}
