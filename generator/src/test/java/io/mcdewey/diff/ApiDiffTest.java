package io.mcdewey.diff;

import static io.mcdewey.diff.Models.api;
import static io.mcdewey.diff.Models.call;
import static io.mcdewey.diff.Models.callAction;
import static io.mcdewey.diff.Models.changed;
import static io.mcdewey.diff.Models.changes;
import static io.mcdewey.diff.Models.deprecated;
import static io.mcdewey.diff.Models.field;
import static io.mcdewey.diff.Models.get;
import static io.mcdewey.diff.Models.hold;
import static io.mcdewey.diff.Models.onPage;
import static io.mcdewey.diff.Models.required;
import static io.mcdewey.diff.Models.withBaseUri;
import static io.mcdewey.diff.Models.withParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
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
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each change kind, found in the smallest pair of models that shows it, and what is not a change. */
class ApiDiffTest {

  @Test
  void aModelHasNoChangeAgainstItself() {
    Api api = api(hold(), get());

    assertEquals(List.of(), changes(api, api));
  }

  @Nested
  class BaseUri {
    @Test
    void anotherPortIsAChange() {
      Api before = api(hold());

      assertEquals(List.of("base-uri-changed: https://{FQDN}:8443 -> https://{FQDN}:9443"),
          changes(before, withBaseUri(before, "https://{FQDN}:9443")));
    }

    @Test
    void anotherPathPrefixIsAChange() {
      Api before = withBaseUri(api(hold()), "https://api.example.com/v1");

      assertEquals(List.of("base-uri-changed: https://api.example.com/v1 -> https://api.example.com/v2"),
          changes(before, withBaseUri(before, "https://api.example.com/v2")));
    }

    @Test
    void schemeHostPlaceholderCaseDefaultPortAndTrailingSlashAreNot() {
      Api before = withBaseUri(api(hold()), "https://{FQDN}/api");

      assertEquals(List.of(), changes(before, withBaseUri(before, "http://{host}:443/api/")));
      assertEquals(List.of(), changes(withBaseUri(before, "https://API.Example.com"),
          withBaseUri(before, "http://api.example.com/")));
    }

    @Test
    void aGuideShowingNoBaseUriSaysNothingOfIt() {
      Api before = api(hold());

      assertEquals(List.of(), changes(before, withBaseUri(before, "")));
    }
  }

  @Nested
  class Operations {
    @Test
    void added() {
      assertEquals(List.of("operation-added"), changes(api(hold()), api(hold(), get())));
    }

    @Test
    void removed() {
      assertEquals(List.of("operation-removed"), changes(api(hold(), get()), api(hold())));
    }

    @Test
    void becameDeprecated() {
      assertEquals(List.of("operation-deprecated: null -> This API is deprecated."),
          changes(api(hold()), api(deprecated(hold()))));
    }

    @Test
    void noLongerDeprecated() {
      assertEquals(List.of("operation-undeprecated: This API is deprecated. -> null"),
          changes(api(deprecated(hold())), api(hold())));
    }

    @Test
    void renamedWhenTheSameRequestHasANewTitle() {
      Operation renamed = changed(hold(), b -> b.title("Call—Put a Call on Hold"));

      assertEquals(List.of("operation-renamed: Call—Hold a Call -> Call—Put a Call on Hold"),
          changes(api(hold()), api(renamed)));
    }

    @Test
    void titlesDifferingInPunctuationAndCaseAreTheSame() {
      Operation retyped = changed(hold(), b -> b.title("Call - Hold a call"));

      assertEquals(List.of(), changes(api(hold()), api(retyped)));
    }

    @Test
    void methodChanged() {
      assertEquals(List.of("method-changed: PUT -> POST"),
          changes(api(hold()), api(changed(hold(), b -> b.method("POST")))));
    }

    @Test
    void pathChanged() {
      assertEquals(List.of("path-changed: /api/Call/{callId} -> /api/Calls/{callId}"),
          changes(api(hold()), api(changed(hold(), b -> b.path("/api/Calls/{callId}")))));
    }

    @Test
    void renamingAPathVariableOrAddingATrailingSlashIsNoChange() {
      Operation renamedSlot = changed(hold(), b -> b.path("/api/Call/{id}/"));
      Operation after = withParameter(renamedSlot, "callId", p -> Parameter.of("id", ParameterLocation.PATH, true));

      assertEquals(List.of(), changes(api(hold()), api(after)));
    }

    @Test
    void anUntitledOperationKeepsItsIdentityThroughAPathChangeOnTheSamePage() {
      Operation before = changed(hold(), b -> b.id("put-api-call-callid").title(""));
      Operation after = changed(before, b -> b.id("put-api-calls-callid").path("/api/Calls/{callId}"));
      Operation otherPage = onPage(after, 15);

      assertEquals(List.of("path-changed: /api/Call/{callId} -> /api/Calls/{callId}"),
          changes(api(before), api(after)));
      assertEquals(List.of("operation-removed", "operation-added"), changes(api(before), api(otherPage)));
    }

    @Test
    void titledOperationsSharingATitleKeepTheirIdentityByGroupActionFieldAndPage() {
      Operation hold = changed(hold(), b -> b.title("Call—Act on a Call"));
      Operation parkOnAnotherPage = onPage(callAction("Call—Act on a Call", "PARK"), 15);
      Operation moved = changed(hold, b -> b.path("/api/Calls/{callId}"));

      assertEquals(List.of("path-changed: /api/Call/{callId} -> /api/Calls/{callId}"),
          changes(api(hold, parkOnAnotherPage), api(moved, parkOnAnotherPage)));
    }

    @Test
    void anOperationBothMovedAndRenamedIsRemovedAndAnotherAdded() {
      Operation elsewhere = changed(hold(), b -> b.title("Call—Park a Call").path("/api/Parking/{callId}"));

      assertEquals(List.of("operation-removed", "operation-added"), changes(api(hold()), api(elsewhere)));
    }

    @Test
    void actionFieldChangedWithoutReportingTheFieldsValuesAndDescription() {
      Operation parked = callAction("Call—Hold a Call", "PARK");

      assertEquals(List.of("action-field-changed: requestedAction=HOLD -> requestedAction=PARK"),
          changes(api(hold()), api(parked)));
    }

    @Test
    void actionsSharingAPathPairByTheirActionField() {
      Operation retrieve = callAction("Call—Retrieve a Call", "RETRIEVE");
      Operation renamed = callAction("Call—Take a Call Back", "RETRIEVE");

      assertEquals(List.of("operation-renamed: Call—Retrieve a Call -> Call—Take a Call Back"),
          changes(api(hold(), retrieve), api(hold(), renamed)));
    }
  }

  @Nested
  class Parameters {
    @Test
    void requiredParameterAdded() {
      Operation after = changed(hold(), b -> b.addParameter(required("deviceType", ParameterLocation.BODY)));

      assertEquals(List.of("parameter-added-required deviceType (body)"), changes(api(hold()), api(after)));
    }

    @Test
    void optionalParameterAddedAndOneWhoseNeedTheGuideDoesNotState() {
      Operation after = changed(hold(), b -> b
          .addParameter(Parameter.of("holdMusic", ParameterLocation.BODY, false))
          .addParameter(Parameter.of("note", ParameterLocation.QUERY, null)));

      assertEquals(List.of("parameter-added-optional holdMusic (body)", "parameter-added-optional note (query)"),
          changes(api(hold()), api(after)));
    }

    @Test
    void removed() {
      Operation after = changed(hold(), b -> b.parameters(hold().parameters().subList(0, 2)));

      assertEquals(List.of("parameter-removed targetMediaAddress (body)"), changes(api(hold()), api(after)));
    }

    @Test
    void becameRequired() {
      Operation optional = withParameter(hold(), "targetMediaAddress", p -> p.withRequired(false));

      assertEquals(List.of("parameter-became-required targetMediaAddress (body)"),
          changes(api(optional), api(hold())));
    }

    @Test
    void becameOptionalIncludingWhenTheGuideNoLongerSays() {
      Operation optional = withParameter(hold(), "targetMediaAddress", p -> p.withRequired(false));
      Operation unsaid = withParameter(hold(), "targetMediaAddress", p -> p.withRequired(null));

      assertEquals(List.of("parameter-became-optional targetMediaAddress (body)"),
          changes(api(hold()), api(optional)));
      assertEquals(List.of("parameter-became-optional targetMediaAddress (body)"),
          changes(api(hold()), api(unsaid)));
      assertEquals(List.of(), changes(api(optional), api(unsaid)));
    }

    @Test
    void locationChanged() {
      Operation after = withParameter(hold(), "targetMediaAddress",
          p -> new Parameter(p.name(), ParameterLocation.QUERY, true, p.description(), "", List.of(), null));

      assertEquals(List.of("parameter-location-changed targetMediaAddress: body -> query"),
          changes(api(hold()), api(after)));
    }

    @Test
    void allowedValuesAddedAndRemoved() {
      Operation two = withParameter(hold(), "targetMediaAddress", p -> p.withAllowedValues(List.of("A", "B")));
      Operation more = withParameter(hold(), "targetMediaAddress", p -> p.withAllowedValues(List.of("A", "B", "C")));
      Operation other = withParameter(hold(), "targetMediaAddress", p -> p.withAllowedValues(List.of("A", "C")));

      assertEquals(List.of("parameter-values-added targetMediaAddress (body): A, B -> A, B, C"),
          changes(api(two), api(more)));
      assertEquals(List.of("parameter-values-removed targetMediaAddress (body): A, B, C -> A, B"),
          changes(api(more), api(two)));
      assertEquals(List.of("parameter-values-added targetMediaAddress (body): A, B -> A, C",
          "parameter-values-removed targetMediaAddress (body): A, B -> A, C"), changes(api(two), api(other)));
    }

    @Test
    void valuesListedOnOneSideOnlyAreNoChange() {
      Operation listed = withParameter(hold(), "targetMediaAddress", p -> p.withAllowedValues(List.of("A")));

      assertEquals(List.of(), changes(api(hold()), api(listed)));
    }

    @Test
    void descriptionChangedButNotReflowed() {
      Operation reworded = withParameter(hold(), "targetMediaAddress",
          p -> new Parameter(p.name(), p.location(), true, "The extension.", "", List.of(), null));
      Operation reflowed = withParameter(hold(), "targetMediaAddress",
          p -> new Parameter(p.name(), p.location(), true, " The\n  targetMediaAddress. ", "", List.of(), null));

      assertEquals(List.of("description-changed parameter targetMediaAddress: The targetMediaAddress. -> The"
          + " extension."), changes(api(hold()), api(reworded)));
      assertEquals(List.of(), changes(api(hold()), api(reflowed)));
    }
  }

  @Nested
  class Fields {
    private final Schema before = call(field("id", PropertyType.STRING), field("forAll", PropertyType.BOOLEAN));

    @Test
    void ofARequestBody() {
      Schema after = call(field("id", PropertyType.STRING), field("forAll", PropertyType.STRING),
          field("queue", PropertyType.STRING));

      assertEquals(List.of("request-field-type-changed Call.forAll: boolean -> string",
          "request-field-added Call.queue: null -> string"), fieldChanges(hold(), before, after));
      assertEquals(List.of("request-field-type-changed Call.forAll: string -> boolean",
          "request-field-removed Call.queue: string -> null"), fieldChanges(hold(), after, before));
    }

    @Test
    void ofAResponsePayload() {
      Schema after = call(field("id", PropertyType.STRING));

      assertEquals(List.of("response-field-removed Call.forAll: boolean -> null"),
          fieldChanges(get(), before, after));
      assertEquals(List.of("response-field-added Call.forAll: null -> boolean"), fieldChanges(get(), after, before));
    }

    @Test
    void ofASchemaBothSentAndReturned() {
      Schema after = call(field("id", PropertyType.STRING));

      assertEquals(List.of("request-field-removed Call.forAll: boolean -> null",
          "response-field-removed Call.forAll: boolean -> null"),
          changes(api(List.of(hold(), get()), List.of(before)), api(List.of(hold(), get()), List.of(after))));
    }

    @Test
    void aFieldOnlyRequestsShowIsNoResponseField() {
      Operation sending = changed(hold(), b -> b.requestBody(new RequestBody("application/xml", "Call",
          List.of(new Example(Example.Kind.REQUEST, "", "", "<Call><forAll>true</forAll></Call>")))));
      Schema after = call(field("id", PropertyType.STRING));

      assertEquals(List.of("request-field-removed Call.forAll: boolean -> null"),
          changes(api(List.of(sending, get()), List.of(before)), api(List.of(sending, get()), List.of(after))));
    }

    @Test
    void aRequestFieldDocumentedAsABodyParameterIsReportedOnceAsTheParameter() {
      Operation documenting = changed(hold(), b -> b.addParameter(Parameter.of("forAll", ParameterLocation.BODY,
          false)));
      Schema after = call(field("id", PropertyType.STRING));

      assertEquals(List.of("parameter-removed forAll (body)"),
          changes(api(List.of(documenting), List.of(before)), api(List.of(hold()), List.of(after))));
    }

    @Test
    void ofASchemaNestedInAPayload() {
      Schema call = call(new SchemaProperty("participant", PropertyType.OBJECT, "Participant", true, List.of(), ""));
      Schema participant = new Schema("Participant", "Participant", "", List.of(field("state", PropertyType.STRING)),
          Models.SOURCE);
      Schema fewer = new Schema("Participant", "Participant", "", List.of(), Models.SOURCE);

      assertEquals(List.of("response-field-removed Participant.state: string -> null"),
          changes(api(List.of(get()), List.of(call, participant)), api(List.of(get()), List.of(call, fewer))));
    }

    @Test
    void aListIsAnotherTypeButAnEnumerationIsAString() {
      Schema listed = call(new SchemaProperty("id", PropertyType.STRING, null, true, List.of(), ""));
      Schema enumerated = call(new SchemaProperty("id", PropertyType.ENUM, null, false, List.of("A"), ""));
      Schema plain = call(field("id", PropertyType.STRING));

      assertEquals(List.of("response-field-type-changed Call.id: string -> string[]"),
          fieldChanges(get(), plain, listed));
      assertEquals(List.of(), fieldChanges(get(), plain, enumerated));
    }

    @Test
    void ofASchemaNoOperationSendsOrReturnsAreNotCompared() {
      Schema after = call(field("id", PropertyType.STRING));
      Operation bodiless = changed(hold(), b -> b.requestBody(null));

      assertEquals(List.of(), fieldChanges(bodiless, before, after));
    }

    private List<String> fieldChanges(Operation operation, Schema old, Schema now) {
      return changes(api(List.of(operation), List.of(old)), api(List.of(operation), List.of(now)));
    }
  }

  @Nested
  class Responses {
    @Test
    void statusAdded() {
      Operation after = changed(hold(), b -> b.addResponse(new Response(409, "Conflict", "")));

      assertEquals(List.of("response-status-added 409: null -> Conflict"), changes(api(hold()), api(after)));
    }

    @Test
    void statusRemoved() {
      Operation after = changed(hold(), b -> b.addResponse(new Response(409, "Conflict", "")));

      assertEquals(List.of("response-status-removed 409: Conflict -> null"), changes(api(after), api(hold())));
    }

    @Test
    void aNewReasonForAStatusIsADescriptionChange() {
      Operation after = changed(hold(), b -> b.addResponse(new Response(404, "Gone", "")));

      assertEquals(List.of("description-changed status 404: Not Found -> Not Found\nGone"),
          changes(api(hold()), api(after)));
    }
  }

  @Nested
  class Notifications {
    @Test
    void added() {
      Operation after = changed(hold(), b -> b.addNotificationTriggered("Agent notification"));

      assertEquals(List.of("notification-added Agent notification"), changes(api(hold()), api(after)));
    }

    @Test
    void removed() {
      Operation after = changed(hold(), b -> b.addNotificationTriggered("Agent notification"));

      assertEquals(List.of("notification-removed Agent notification"), changes(api(after), api(hold())));
    }
  }

  @Nested
  class Prose {
    @Test
    void securityConstraintsChanged() {
      Operation after = changed(hold(), b -> b.securityConstraints("Only supervisors."));

      assertEquals(List.of("security-changed: Agents can act only on calls they take part in. -> Only supervisors."),
          changes(api(hold()), api(after)));
    }

    @Test
    void securityConstraintsNamingTheSameRolesAndRestrictionsAreReworded() {
      Operation after = changed(hold(), b -> b.securityConstraints("An agent can act on a call only when taking part"
          + " in it."));

      assertEquals(List.of("security-reworded: Agents can act only on calls they take part in. -> An agent can act on"
          + " a call only when taking part in it."), changes(api(hold()), api(after)));
    }

    @Test
    void securityConstraintsDenyingWhatTheyAllowedAreChanged() {
      Operation after = changed(hold(), b -> b.securityConstraints("Agents cannot act on calls they take part in."));

      assertEquals(List.of("security-changed: Agents can act only on calls they take part in. -> Agents cannot act on"
          + " calls they take part in."), changes(api(hold()), api(after)));
    }

    @Test
    void descriptionChanged() {
      Operation after = changed(hold(), b -> b.description("Holds the call."));

      assertEquals(List.of("description-changed: Puts the agent's active call on hold. -> Holds the call."),
          changes(api(hold()), api(after)));
    }

    @Test
    void notesChanged() {
      Operation after = changed(hold(), b -> b.addNote("The call stays held for ten minutes at most."));

      assertEquals(List.of("notes-changed: The other party hears music. -> The other party hears music.\nThe call"
          + " stays held for ten minutes at most."), changes(api(hold()), api(after)));
    }

    @Test
    void deploymentDifferencesAreNotes() {
      Operation after = changed(hold(), b -> b.addPlatformDifference("Cloud: no music."));

      assertEquals(List.of("notes-changed deployment differences: null -> Cloud: no music."),
          changes(api(hold()), api(after)));
    }

    @Test
    void reflowedProseIsNoChange() {
      Operation after = changed(hold(), b -> b
          .description("Puts the agent's\nactive  call on hold. ")
          .securityConstraints("Agents can act only on calls\u00a0they take part in."));

      assertEquals(List.of(), changes(api(hold()), api(after)));
    }

    @Test
    void aDeprecationSentenceInTheDescriptionIsReportedOnceAsTheDeprecation() {
      Operation after = changed(deprecated(hold()),
          b -> b.description("Puts the agent's active call on hold. This API is deprecated."));

      assertEquals(List.of("operation-deprecated: null -> This API is deprecated."),
          changes(api(hold()), api(after)));
    }
  }

  @Test
  void theConfigurationSetsSeverities() {
    Operation renamed = changed(hold(), b -> b.title("Call—Park a Call"));
    ApiDiff diff = new ApiDiff(DiffConfig.of(Map.of(ChangeKind.OPERATION_RENAMED, Severity.ERROR)));

    List<Change> changes = diff.compare(api(hold()), api(renamed));

    assertEquals(List.of(Severity.ERROR), changes.stream().map(Change::severity).toList());
  }

  @Test
  void changesKnowTheirSubjectAndBothPlaces() {
    Operation after = Operation.builder(hold().id(), new Provenance("new.md", 20, null, 40))
        .title(hold().title()).method("POST").path(hold().path()).build();

    Change change = ApiDiff.withDefaults().compare(api(hold()), api(after)).get(0);

    assertEquals("Call—Hold a Call (POST /api/Call/{callId})", change.subject().describe());
    assertEquals(Models.SOURCE, change.oldLocation());
    assertEquals("new.md:40 (page 20)", change.newLocation().describe());
  }
}
