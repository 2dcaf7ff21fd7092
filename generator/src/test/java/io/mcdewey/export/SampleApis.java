package io.mcdewey.export;

import io.mcdewey.model.Api;
import io.mcdewey.model.Deprecation;
import io.mcdewey.model.Diagnostic;
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
import io.mcdewey.model.Severity;
import java.util.List;

/** Models built by hand, shaped like what the guide parsers produce, for the export tests. */
final class SampleApis {
  static final String FILE = "contact-center/v2/agent-guide/agent-guide.md";

  private SampleApis() {}

  static Provenance at(int page) {
    return new Provenance(FILE, page, "contact-center::v2::agent-guide::agent-guide::" + page, 0);
  }

  /**
   * A contact-center API: a resource read, three actions sharing {@code PUT /api/Call/{callId}} told apart by
   * {@code action}, an enumerated query, an operation whose method is on a missing page, and nested schemas.
   */
  static Api contactCenter() {
    return new Api("contact-center", "v2", "Agent Services Guide", "flattened-tables", "https://{FQDN}",
        List.of(getAgent(), holdCall(), transferCall(), answerCall(), listReasons(), dropParticipant(),
            legacyStatus()),
        List.of(callSchema(), callPartiesSchema(), partySchema(), agentSchema()),
        List.of(new Diagnostic(Severity.WARNING, "missing-method", "no HTTP method visible for 'Call—Drop a Party'",
            at(31))));
  }

  private static Operation getAgent() {
    return Operation.builder("agent-get", at(12))
        .group("Agent")
        .title("Agent—Get")
        .description("Returns one agent: state, extension and teams.")
        .method("GET")
        .path("/api/Agent/{agentId}")
        .uriTemplate("https://{FQDN}/api/Agent/{agentId}")
        .addParameter(new Parameter("agentId", ParameterLocation.PATH, true, "The agent's login id.", "String",
            List.of(), null))
        .addResponse(new Response(200, "OK", "The agent is returned."))
        .addResponse(new Response(401, "Unauthorized", "Credentials are missing."))
        .addResponse(new Response(404, "Not Found", "No agent has that id."))
        .addResponse(new Response(404, "Not Found", "The agent was deleted."))
        .addExample(new Example(Example.Kind.RESPONSE, "Agent", "application/xml",
            "<Agent>\n  <agentId>1234</agentId>\n  <state>READY</state>\n</Agent>"))
        .addExample(new Example(Example.Kind.FAILURE_RESPONSE, "", "",
            "<Errors>\n  <Error>\n    <type>Not Found</type>\n  </Error>\n</Errors>"))
        .securityConstraints("Agents read only themselves; supervisors read their teams.")
        .addNote("Ids made of digits are strings: 0012 and 12 are two agents.")
        .addExtent(at(12))
        .addExtent(at(13))
        .build();
  }

  private static Operation.Builder callAction(String id, String title, String action, int page) {
    return Operation.builder(id, at(page))
        .group("Call")
        .title(title)
        .description("Asks the server to " + title.substring(title.indexOf('—') + 1).toLowerCase() + ".")
        .method("PUT")
        .path("/api/Call/{callId}")
        .uriTemplate("https://{FQDN}/api/Call/{callId}")
        .addParameter(new Parameter("callId", ParameterLocation.PATH, true, "The call's id.", "String", List.of(),
            null))
        .addImpliedValue(new ImpliedValue("action", action))
        .addResponse(new Response(202, "Accepted", "The request is being processed."))
        .addResponse(new Response(400, "Bad Request", "A parameter is missing."))
        .addResponse(new Response(400, "Bad Request", "The action is not allowed in the call's state."))
        .addNotificationTriggered("Call update")
        .addExtent(at(page));
  }

  private static Operation holdCall() {
    return callAction("call-hold", "Call—Hold", "HOLD", 20)
        .addParameter(new Parameter("action", ParameterLocation.BODY, true, "What to do with the call.", "String",
            List.of("HOLD", "RETRIEVE"), null))
        .addParameter(new Parameter("targetAddress", ParameterLocation.BODY, true, "The extension holding.",
            "String", List.of(), null))
        .requestBody(new RequestBody("Application/XML", null, List.of(new Example(Example.Kind.REQUEST, "", "",
            "<Call>\n  <action>HOLD</action>\n  <targetAddress>1001</targetAddress>\n</Call>"))))
        .build();
  }

  private static Operation transferCall() {
    return callAction("call-transfer", "Call—Transfer in One Step", "TRANSFER", 22)
        .addParameter(new Parameter("toAddress", ParameterLocation.BODY, true, "Where to: an extension.", "String",
            List.of(), null))
        .addParameter(new Parameter("callVariables", ParameterLocation.BODY, false, "Data to attach.",
            "Collection", List.of(), null))
        .addParameter(new Parameter("CallVariable", ParameterLocation.BODY, false, "One datum.", "Object",
            List.of(), "callVariables"))
        .addParameter(new Parameter("name", ParameterLocation.BODY, true, "Its name.", "String", List.of(),
            "CallVariable"))
        .addParameter(new Parameter("value", ParameterLocation.BODY, false, "Its value.", "String", List.of(),
            "CallVariable"))
        .addParameter(new Parameter("X-Request-Tag", ParameterLocation.HEADER, null, "A tag echoed in logs.",
            "String", List.of(), null))
        .requestBody(new RequestBody("Application/XML", null, List.of(new Example(Example.Kind.REQUEST,
            "Transfer with call data", "",
            "<Call>\n  <action>TRANSFER</action>\n  <toAddress>2002</toAddress>\n  <callVariables>\n"
                + "    <CallVariable><name>account</name><value>77</value></CallVariable>\n"
                + "  </callVariables>\n</Call>"))))
        .complete(false)
        .build();
  }

  private static Operation answerCall() {
    return callAction("call-answer", "Call—Answer", "ANSWER", 24)
        .requestBody(new RequestBody("application/xml", "Call", List.of()))
        .build();
  }

  private static Operation listReasons() {
    return Operation.builder("reason-list", at(27))
        .group("Reason")
        .title("Reason—List")
        .description("Lists reasons: an agent gives one when # pausing: see the list.")
        .method("GET")
        .path("/api/Reasons")
        .uriTemplate("https://{FQDN}/api/Reasons?category=PAUSE|SIGNOUT")
        .addParameter(new Parameter("category", ParameterLocation.QUERY, true, "Which reasons.", "String",
            List.of("PAUSE", "SIGNOUT"), null))
        .addParameter(new Parameter("includeHidden", ParameterLocation.QUERY, false, "", "Boolean",
            List.of("true", "false"), null))
        .addParameter(new Parameter("limit", ParameterLocation.QUERY, false, "At most that many.", "Integer",
            List.of(), null))
        .addResponse(new Response(200, "", ""))
        .addExtent(at(27))
        .build();
  }

  private static Operation dropParticipant() {
    return Operation.builder("call-drop-a-party", at(31))
        .group("Call")
        .title("Call—Drop a Party")
        .path("/api/Call/{callId}/parties/{partyId}")
        .complete(false)
        .addExtent(at(31))
        .build();
  }

  private static Operation legacyStatus() {
    return Operation.builder("status-get", at(40))
        .group("Status")
        .title("Status—Get")
        .method("GET")
        .path("api/Status")
        .deprecation(new Deprecation("Use the health endpoint instead."))
        .addResponse(new Response(200, "OK", ""))
        .addExample(new Example(Example.Kind.FAILURE_RESPONSE, "", "application/json", "{\"error\": true}"))
        .addExtent(at(40))
        .build();
  }

  private static Schema callSchema() {
    return new Schema("Call", "Call", "A call and its parties.", List.of(
        new SchemaProperty("id", PropertyType.STRING, null, false, List.of(), "The call's id."),
        new SchemaProperty("action", PropertyType.ENUM, null, false, List.of("ANSWER", "HOLD", "TRANSFER"), ""),
        new SchemaProperty("recorded", PropertyType.BOOLEAN, null, false, List.of(), ""),
        new SchemaProperty("parties", PropertyType.OBJECT, "Call.parties", false, List.of(), "Who is on it.")),
        at(50));
  }

  private static Schema callPartiesSchema() {
    return new Schema("Call.parties", "parties", "", List.of(
        new SchemaProperty("Party", PropertyType.OBJECT, "Call.Party", true, List.of(), "")), at(50));
  }

  private static Schema partySchema() {
    return new Schema("Call.Party", "Party", "", List.of(
        new SchemaProperty("address", PropertyType.STRING, null, false, List.of(), ""),
        new SchemaProperty("state", PropertyType.ENUM, null, false, List.of("ACTIVE", "HELD", "DROPPED"), ""),
        new SchemaProperty("actions", PropertyType.STRING, null, true, List.of(), "What may be done with it.")),
        at(51));
  }

  private static Schema agentSchema() {
    return new Schema("Agent Record", "Agent", "", List.of(
        new SchemaProperty("teams", PropertyType.OBJECT, "missing-schema", true, List.of(), "")),
        new Provenance(FILE, null, null, 0));
  }
}
