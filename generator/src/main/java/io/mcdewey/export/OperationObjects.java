package io.mcdewey.export;

import io.mcdewey.model.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OpenAPI operation objects, one per {@link Endpoint}. */
final class OperationObjects {
  private final RequestBodies requestBodies;
  private final ComponentSchemas components;

  OperationObjects(ComponentSchemas components) {
    this.requestBodies = new RequestBodies(components);
    this.components = components;
  }

  Map<String, Object> of(Endpoint endpoint, String operationId) {
    Operation first = endpoint.first();
    Map<String, Object> operation = new LinkedHashMap<>();
    List<String> tags = endpoint.actions().stream().map(Operation::group).filter(g -> !g.isEmpty()).distinct()
        .toList();
    if (!tags.isEmpty()) {
      operation.put("tags", tags);
    }
    String summary = endpoint.merged() ? mergedSummary(endpoint) : first.title();
    if (!summary.isEmpty()) {
      operation.put("summary", summary);
    }
    operation.put("operationId", operationId);
    String description = endpoint.merged()
        ? Descriptions.of(endpoint)
        : Descriptions.of(first, !requestBodies.holdsBodyParameters(first));
    if (!description.isEmpty()) {
      operation.put("description", description);
    }
    List<Map<String, Object>> parameters = Parameters.of(endpoint);
    if (!parameters.isEmpty()) {
      operation.put("parameters", parameters);
    }
    Map<String, Object> requestBody = requestBodies.of(endpoint);
    if (requestBody != null) {
      operation.put("requestBody", requestBody);
    }
    operation.put("responses", Responses.of(endpoint, components));
    if (endpoint.actions().stream().allMatch(Operation::deprecated)) {
      operation.put("deprecated", true);
    }
    operation.put(OpenApiExport.SOURCE, ModelJson.provenance(first.source()));
    if (endpoint.merged()) {
      operation.put("x-mcdewey-actions", endpoint.actions().stream().map(OperationObjects::action).toList());
    }
    if (!endpoint.actions().stream().allMatch(Operation::complete)) {
      operation.put("x-mcdewey-complete", false);
    }
    List<Map<String, Object>> unattached = Responses.unattached(endpoint).stream().map(ModelJson::example).toList();
    if (!unattached.isEmpty()) {
      operation.put("x-mcdewey-examples", unattached);
    }
    return operation;
  }

  private static String mergedSummary(Endpoint endpoint) {
    String group = endpoint.first().group();
    boolean oneGroup = !group.isEmpty() && endpoint.actions().stream().allMatch(a -> a.group().equals(group));
    return (oneGroup ? group + ": one" : "One") + " of " + endpoint.actions().size() + " actions";
  }

  private static Map<String, Object> action(Operation action) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", action.id());
    json.put("title", action.title());
    json.put("impliedValues", ModelJson.impliedValues(action));
    json.put("deprecated", action.deprecated());
    json.put("source", ModelJson.provenance(action.source()));
    return json;
  }
}
