package io.mcdewey.parse.flattened;

import static io.mcdewey.parse.FlattenedGuides.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenedTablesParserTest {

  private static final String HOLD = "Call—Hold a Call This API puts an active call on hold. "
      + "https://<FQDN>/acme/api/Call/<callId> URI: https://acme.example.com/acme/api/Call/42 Example URI: "
      + "Agents who take part in the call. Security Constraints: PUT HTTP Method: Application/XML Content Type: "
      + "XML Input/Output Format: <Call> <requestedAction>HOLD</requestedAction> "
      + "<targetMediaAddress>1001</targetMediaAddress> </Call> HTTP Request: "
      + "callId (required): The ID of the call requestedAction (required): What to do with the call (HOLD) "
      + "targetMediaAddress (required): The extension of the agent Request Parameters: "
      + "202: Successfully Accepted 400: Parameter Missing 400: Invalid State (the call is not active) "
      + "401: Authorization Failure HTTP Response: <ApiErrors> <ApiError> <ErrorType>Invalid State</ErrorType> "
      + "</ApiError> </ApiErrors> Example Failure Response: Call notification Notifications Triggered:";

  private static Operation only(Api api) {
    assertEquals(1, api.operations().size(), () -> "operations: " + api.operations());
    return api.operations().get(0);
  }

  @Test
  void readsValueThenLabelTables() {
    Operation hold = only(guide().page(10, HOLD, "Call—Hold a Call").read());

    assertEquals("Call—Hold a Call", hold.title());
    assertEquals("Call", hold.group());
    assertEquals("call-hold-a-call", hold.id());
    assertEquals("PUT", hold.method());
    assertEquals("/acme/api/Call/{callId}", hold.path());
    assertEquals("https://{FQDN}/acme/api/Call/{callId}", hold.uriTemplate());
    assertEquals("This API puts an active call on hold.", hold.description());
    assertEquals("Agents who take part in the call.", hold.securityConstraints());
    assertEquals(List.of(
        new Parameter("callId", ParameterLocation.PATH, true, "The ID of the call", "", List.of(), null),
        new Parameter("requestedAction", ParameterLocation.BODY, true, "What to do with the call (HOLD)", "",
            List.of("HOLD"), null),
        new Parameter("targetMediaAddress", ParameterLocation.BODY, true, "The extension of the agent", "",
            List.of(), null)),
        hold.parameters());
    assertEquals(List.of(new ImpliedValue("requestedAction", "HOLD")), hold.impliedValues());
    assertEquals(List.of(
        new Response(202, "Successfully Accepted", ""),
        new Response(400, "Parameter Missing", ""),
        new Response(400, "Invalid State", "the call is not active"),
        new Response(401, "Authorization Failure", "")), hold.responses());
    assertEquals("application/xml", hold.requestBody().mediaType());
    assertEquals("Call", hold.requestBody().schema());
    assertEquals(List.of("Call notification"), hold.notificationsTriggered());
    assertTrue(hold.complete());
    assertEquals(10, hold.source().page());
  }

  @Test
  void dashMeansNone() {
    String get = "Queue—Get Queue This API returns a queue. https://<FQDN>/acme/api/Queue/<id> URI: "
        + "https://acme.example.com/acme/api/Queue/7 Example URI: Anyone. Security Constraints: GET HTTP Method: "
        + "— Content Type: XML Input/Output Format: — HTTP Request: — Request Parameters: 200: Success "
        + "404: Not Found HTTP Response:";
    Operation queue = only(guide().page(3, get, "Queue—Get Queue").read());

    assertEquals("GET", queue.method());
    assertNull(queue.requestBody());
    assertEquals(List.of(Parameter.of("id", ParameterLocation.PATH, true)), queue.parameters());
    assertEquals(List.of(200, 404), queue.responses().stream().map(Response::status).toList());
  }

  @Test
  void fieldsListedWithTheUriAreTheBodyOfAFormContentType() {
    String renew = "Login—Renew Token This API renews a token. https://<FQDN>/acme/sso/token?tenant=<tenant> URI: "
        + "Anyone. Security Constraints: POST HTTP Method: application/x-www-form-urlencoded Content Type: "
        + "Application/JSON Input/Output Format: — HTTP Request: token=<the token> (Optional) verbose=yes "
        + "Request URI Parameters: 200: Success 401: Unauthorized HTTP Response:";
    Operation token = only(guide().page(5, renew, "Login—Renew Token").read());

    assertEquals("application/x-www-form-urlencoded", token.requestBody().mediaType());
    assertNull(token.requestBody().schema());
    assertEquals(List.of("tenant:QUERY", "token:BODY", "verbose:BODY"), token.parameters().stream()
        .map(p -> p.name() + ":" + p.location()).toList());
  }

  @Test
  void formContentTypeOfARequestWithoutBodyLeavesItsParametersInTheQuery() {
    String find = "Login—Find Token This API finds a token. https://<FQDN>/acme/sso/token URI: Anyone. Security"
        + " Constraints: GET HTTP Method: application/x-www-form-urlencoded Content Type: — HTTP Request: "
        + "token=<the token> Request URI Parameters: 200: Success HTTP Response:";
    Operation token = only(guide().page(5, find, "Login—Find Token").read());

    assertNull(token.requestBody());
    assertEquals(List.of(ParameterLocation.QUERY), token.parameters().stream().map(Parameter::location).toList());
  }

  @Test
  void enumeratedQueryValuesMakeARequiredQueryParameter() {
    String list = "ReasonCode—Get Reason Code List This API lists reason codes. "
        + "https://<FQDN>/acme/api/ReasonCodes?category=NOT_READY|LOGOUT URI: Anyone. Security Constraints: "
        + "GET HTTP Method: 200: Success HTTP Response:";
    Operation codes = only(guide().page(4, list, "ReasonCode—Get Reason Code List").read());

    assertEquals("/acme/api/ReasonCodes", codes.path());
    assertEquals(List.of(Parameter.of("category", ParameterLocation.QUERY, true)
        .withAllowedValues(List.of("NOT_READY", "LOGOUT"))), codes.parameters());
  }

  @Test
  void findsTitlesButNotCrossReferencesOrListItems() {
    String text = "Overview • Call—Hold a Call—puts a call on hold. To hold, see Call—Hold a Call, on page 10. "
        + HOLD;
    Api api = guide().page(9, text, "Call—Hold a Call").read();

    assertEquals(List.of("Call—Hold a Call"), api.operations().stream().map(Operation::title).toList());
  }

  @Test
  void takesTheGroupTheGuideUsesMostBeforeSeparators() {
    String second = HOLD.replace("Call—Hold a Call", "Invalid State Call—Drop a Call").replace("HOLD", "DROP");
    Api api = guide().page(10, HOLD + " " + second, "Call—Drop a Call").read();

    assertEquals(List.of("Call—Hold a Call", "Call—Drop a Call"),
        api.operations().stream().map(Operation::title).toList());
    assertEquals("Call", api.operations().get(1).group());
  }

  @Test
  void movesNotesOutOfDescriptionsAndValues() {
    String text = HOLD.replace("This API puts an active call on hold.",
        "This API puts an active call on hold. Only voice calls can be held. Note")
        .replace("202: Successfully Accepted", "202: Successfully Accepted The answer arrives later. Note");
    Operation hold = only(guide().page(10, text, "Call—Hold a Call").read());

    assertEquals("This API puts an active call on hold.", hold.description());
    assertEquals(List.of("Only voice calls can be held.", "The answer arrives later."), hold.notes());
    assertEquals(new Response(202, "Successfully Accepted", ""), hold.responses().get(0));
  }

  @Test
  void repairsNamesBrokenByExtractionAgainstTheExample() {
    String text = HOLD.replace("requestedAction (required)", "requested Action (required)");
    Operation hold = only(guide().page(10, text, "Call—Hold a Call").read());

    assertEquals(List.of("callId", "requestedAction", "targetMediaAddress"),
        hold.parameters().stream().map(Parameter::name).toList());
  }

  @Test
  void joinsURLsBrokenAfterASlash() {
    String text = HOLD.replace("https://<FQDN>/acme/api/Call/<callId> URI:", "https://<FQDN>/acme/api/ Call/<callId> URI:");
    assertEquals("/acme/api/Call/{callId}", only(guide().page(10, text, "Call—Hold a Call").read()).path());
  }

  @Test
  void sectionContinuesOverPagesAndFootersAreStripped() {
    int split = HOLD.indexOf("HTTP Request:");
    Api api = guide()
        .page(10, HOLD.substring(0, split), "Call—Hold a Call")
        .page(11, HOLD.substring(split), "Call—Hold a Call")
        .read();
    Operation hold = only(api);

    assertEquals(3, hold.parameters().size());
    assertEquals(List.of(10, 11), hold.extent().stream().map(p -> p.page()).toList());
    assertFalse(hold.description().contains("Release"));
  }

  @Test
  void tailAfterMissingPagesJoinsTheSectionItsFooterNames() {
    int split = HOLD.indexOf("Security Constraints:");
    Api api = guide()
        .page(10, "Call—Hold a Call This API puts an active call on hold.", "Call—Hold a Call")
        .page(12, "Supervisors too. " + HOLD.substring(split), "Call—Hold a Call")
        .read();
    Operation hold = only(api);

    assertEquals("PUT", hold.method());
    assertNull(hold.path());
    assertFalse(hold.complete());
    assertEquals(List.of(10, 12), hold.extent().stream().map(p -> p.page()).toList());
  }

  @Test
  void tailAfterACutPageJoinsTheSectionThatLacksThoseFields() {
    int split = HOLD.indexOf("PUT HTTP Method:");
    Operation hold = only(guide()
        .cutPage(10, "Call—Hold a Call This API puts an active call on hold. A long explanation")
        .cutPage(11, HOLD.substring(split))
        .read());

    assertEquals("Call—Hold a Call", hold.title());
    assertEquals("PUT", hold.method());
  }

  @Test
  void tailRepeatingFieldsOfTheSectionBeforeIsAnUntitledEndpoint() {
    String other = "https://<FQDN>/acme/api/Agent/<id>/Calls URI: Anyone. Security Constraints: POST HTTP Method: "
        + "202: Accepted HTTP Response:";
    Api api = guide().page(10, HOLD, "Call—Hold a Call").cutPage(12, other).read();

    assertEquals(2, api.operations().size());
    Operation untitled = api.operations().get(1);
    assertEquals("", untitled.title());
    assertEquals("post-acme-api-agent-id-calls", untitled.id());
    assertEquals("/acme/api/Agent/{id}/Calls", untitled.path());
    assertTrue(api.diagnostics().stream().anyMatch(d -> d.code().equals("untitled-section")));
  }

  @Test
  void anExampleAloneAfterMissingPagesMakesNoEndpoint() {
    Api api = guide().page(10, HOLD, "Call—Hold a Call")
        .page(14, "<ApiErrors> <ApiError> <ErrorType>X</ErrorType> </ApiError> </ApiErrors> Example Failure Response:"
            + " Other prose.", "Call API Errors")
        .read();

    assertEquals(1, api.operations().size());
  }

  @Test
  void headingOnAMissingPageIsNamedByTheFooter() {
    int split = HOLD.indexOf("https://");
    Operation hold = only(guide().page(21, HOLD.substring(split), "Call—Hold a Call").read());

    assertEquals("Call—Hold a Call", hold.title());
    assertEquals("call-hold-a-call", hold.id());
    assertEquals("/acme/api/Call/{callId}", hold.path());
  }

  @Test
  void deprecationSentencesDeprecate() {
    String text = HOLD.replace("This API puts an active call on hold.",
        "This API puts an active call on hold. From release 2.0 onward, this API is deprecated.");
    Operation hold = only(guide().page(10, text, "Call—Hold a Call").read());

    assertTrue(hold.deprecated());
    assertEquals("From release 2.0 onward, this API is deprecated.", hold.deprecation().note());
  }

  @Test
  void unmarkedParametersHaveNoRequiredFlag() {
    String text = HOLD.replace("targetMediaAddress (required): The extension",
        "targetMediaAddress:The extension");
    Parameter target = only(guide().page(10, text, "Call—Hold a Call").read())
        .parameter("targetMediaAddress").orElseThrow();

    assertNull(target.required());
    assertEquals("The extension of the agent", target.description());
  }

  @Test
  void reportsUnknownLabelsAndMissingMethods() {
    String text = HOLD.replace("PUT HTTP Method:", "Secret Sauce: PUT Verb Thing:");
    Api api = guide().page(10, text, "Call—Hold a Call").read();

    List<String> codes = api.diagnostics().stream().map(Diagnostic::code).toList();
    assertTrue(codes.contains("unknown-label"), codes::toString);
    assertTrue(codes.contains("missing-method"), codes::toString);
    assertNull(api.operations().get(0).method());
  }

  @Test
  void infersSchemasFromPayloadsWithCare() {
    String definition = "Team The Team object represents a team. The Team object is structured as follows: <Team> <id>34</id> <active>true</active>"
        + " <users> <User> <extension>1001001</extension> <state>{READY|NOT_READY}</state> </User> </users> </Team>"
        + " The Team object is read only.";
    Api api = guide().page(30, definition, "Team").read();

    Schema team = api.schema("Team").orElseThrow();
    assertEquals(PropertyType.STRING, team.property("id").orElseThrow().type());
    assertEquals(PropertyType.BOOLEAN, team.property("active").orElseThrow().type());
    assertEquals(PropertyType.OBJECT, team.property("users").orElseThrow().type());
    assertTrue(api.schema("users").orElseThrow().property("User").orElseThrow().repeated());
    Schema user = api.schema("User").orElseThrow();
    assertEquals(PropertyType.STRING, user.property("extension").orElseThrow().type());
    assertEquals(List.of("READY", "NOT_READY"), user.property("state").orElseThrow().allowedValues());
    assertEquals("The Team object represents a team.", team.description());
  }

  @Test
  void readsMalformedPayloadsLeniently() {
    String payload = "<Participant> <mediaAddressType>AGENT<mediaAddressType> <state>HELD</state> </Participant";
    Api api = guide().page(30, "The Participant object is structured as follows: " + payload, "Participant").read();

    Schema participant = api.schema("Participant").orElseThrow();
    assertEquals(List.of("mediaAddressType", "state"),
        participant.properties().stream().map(p -> p.name()).toList());
  }
}
