package io.mcdewey.parse.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One schema per element, merged from every example and table, and the examples that disagree. */
class SchemaInferenceTest {

  @Test
  void anElementIsOneSchemaWhateverTheCaseItIsSpeltIn() {
    SchemaInference.InferredSchemas inferred = infer(
        "<User><state>READY</state><extension>1001</extension></User>",
        "<Update><data><user><teamId>7</teamId><state>LOGIN</state></user></data><event>PUT</event></Update>");

    assertEquals(List.of("User", "Update", "data"), names(inferred));
    Schema user = schema(inferred, "User");
    assertEquals(List.of("state", "extension", "teamId"), user.properties().stream().map(SchemaProperty::name).toList());
    SchemaProperty data = schema(inferred, "data").property("user").orElseThrow();
    assertEquals("User", data.ref());
  }

  @Test
  void theElementNameIsTheRootsSpellingAndEachFieldKeepsItsMostFrequentOne() {
    SchemaInference.InferredSchemas inferred = infer(
        "<User><dialogs>/api/User/1/Dialogs</dialogs></User>",
        "<User><dialogs>/api/User/2/Dialogs</dialogs></User>",
        "<Dialogs><Dialog><id>1</id></Dialog></Dialogs>",
        "<ApiErrors><ApiError><ErrorType>x</ErrorType></ApiError></ApiErrors>",
        "<ApiErrors><ApiError><ErrorType>y</ErrorType></ApiError></ApiErrors>",
        "<data><apiErrors><apiError><errorType>z</errorType></apiError></apiErrors></data>");

    assertEquals("Dialogs", schema(inferred, "Dialogs").xmlName());
    assertEquals("dialogs", schema(inferred, "User").property("dialogs").orElseThrow().name());
    assertEquals("ApiError", schema(inferred, "ApiErrors").properties().get(0).name());
    assertEquals("apiErrors", schema(inferred, "data").properties().get(0).name());
    assertEquals("ApiErrors", schema(inferred, "data").properties().get(0).ref());
  }

  @Test
  void anElementHoldingTextInOneExampleAndElementsInAnotherKeepsBoth() {
    SchemaInference.InferredSchemas inferred = infer(
        "<User><dialogs>/api/User/1/Dialogs</dialogs></User>",
        "<User><dialogs><Dialog><id>1</id></Dialog></dialogs></User>",
        "<Dialog><participants><Participant><id>2</id></Participant></participants></Dialog>");

    Schema dialogs = schema(inferred, "dialogs");
    assertTrue(dialogs.hasText());
    assertEquals(PropertyType.OBJECT, dialogs.properties().get(0).type());
    assertFalse(schema(inferred, "participants").hasText());
  }

  @Test
  void attributesAreFieldsOfTheirElement() {
    Schema reasonCodes = schema(infer(
        "<ReasonCodes category='NOT_READY'><ReasonCode><code>1</code></ReasonCode></ReasonCodes>"), "ReasonCodes");

    SchemaProperty category = reasonCodes.property("category").orElseThrow();
    assertTrue(category.attribute());
    assertEquals(PropertyType.STRING, category.type());
    assertEquals(List.of("category", "ReasonCode"), reasonCodes.properties().stream().map(SchemaProperty::name).toList());
  }

  @Test
  void anExampleNestingAnElementInItselfIsRepairedAndReported() {
    SchemaInference.InferredSchemas inferred = infer(
        "<user><settings><wrapUpOnIncoming/><wrapUpOnOutgoing/><settings><state>READY</state><teamId>1</teamId>"
            + "</settings></user>");

    assertEquals(List.of("wrapUpOnIncoming", "wrapUpOnOutgoing"),
        schema(inferred, "settings").properties().stream().map(SchemaProperty::name).toList());
    assertEquals(List.of("settings", "state", "teamId"),
        schema(inferred, "user").properties().stream().map(SchemaProperty::name).toList());
    assertEquals(List.of("example-misprint"), inferred.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void anUnclosedTagInsideAnElementOthersShowAsTextIsText() {
    SchemaInference.InferredSchemas inferred = infer(
        "<apiError><errorMessage>CF_INVALID_STATE</errorMessage></apiError>",
        "<apiError><errorMessage><ConferenceCallCommand>: Conference failed</errorMessage></apiError>");

    assertEquals(List.of("apiError"), names(inferred));
    assertEquals(PropertyType.STRING, schema(inferred, "apiError").properties().get(0).type());
    assertEquals(1, inferred.diagnostics().size());
  }

  @Test
  void anElementNamedInASentenceBeforeAnExampleIsNoDocument() {
    SchemaInference.InferredSchemas inferred = infer(
        "The <wrapUpItems> element applies to some deployments. <Dialog><id>1</id></Dialog> and more prose",
        "<wrapUpItems><wrapUpItem>a</wrapUpItem><wrapUpItem>b</wrapUpItem></wrapUpItems>");

    assertEquals(List.of("Dialog", "wrapUpItems"), names(inferred));
    assertEquals(List.of("wrapUpItem"),
        schema(inferred, "wrapUpItems").properties().stream().map(SchemaProperty::name).toList());
  }

  @Test
  void webPagesAndMessagingEnvelopesAreNoSchemasButWhatTheyCarryIs() {
    SchemaInference.InferredSchemas inferred = infer(
        "<html><body><div><p>Test</p><form><input/></form></div></body></html>",
        "<message from=\"a\"><event xmlns=\"http://jabber.org/protocol/pubsub#event\"><items node=\"/u\"><item>"
            + "<notification xmlns=\"http://jabber.org/protocol/pubsub\"><Update><event>PUT</event>"
            + "<source>/u</source></Update></notification></item></items></event></message>",
        "<iq type=\"set\"><pubsub xmlns=\"http://jabber.org/protocol/pubsub\"><subscribe node=\"/u\"/></pubsub></iq>");

    assertEquals(List.of("Update"), names(inferred));
    assertEquals(List.of("non-api-payload", "non-api-payload", "non-api-payload"),
        inferred.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void parameterTablesDescribeFieldsAndAddTheOnesNoExampleShows() {
    SchemaCollector collector = new SchemaCollector(profile());
    collector.collect("<ReasonCode><forAll>true</forAll></ReasonCode>", offset -> new Provenance("g", 1, null, 1));
    SchemaSources sources = collector.schemas().with(new SchemaSources(List.of(), List.of(
        new ParameterTableReader.Row("ReasonCode", "category", "The category.", List.of("NOT_READY", "LOGOUT"),
            "String"),
        new ParameterTableReader.Row("reasoncode", "forAll", "Whether every team has it.", List.of(), "Boolean")),
        List.of(), List.of()));

    Schema reasonCode = SchemaInference.infer(sources, List.of()).schemas().get(0);

    assertEquals("Whether every team has it.", reasonCode.property("forAll").orElseThrow().description());
    SchemaProperty category = reasonCode.property("category").orElseThrow();
    assertEquals(PropertyType.ENUM, category.type());
    assertEquals(List.of("NOT_READY", "LOGOUT"), category.allowedValues());
  }

  private static SchemaInference.InferredSchemas infer(String... payloads) {
    SchemaCollector collector = new SchemaCollector(profile());
    for (int i = 0; i < payloads.length; i++) {
      int line = i + 1;
      collector.collect(payloads[i], offset -> new Provenance("guide.md", null, null, line));
    }
    return SchemaInference.infer(collector.schemas(), List.of());
  }

  private static Profile profile() {
    return Profiles.builtIn().named("generic-markdown").orElseThrow();
  }

  private static List<String> names(SchemaInference.InferredSchemas inferred) {
    return inferred.schemas().stream().map(Schema::name).toList();
  }

  private static Schema schema(SchemaInference.InferredSchemas inferred, String name) {
    return inferred.schemas().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no schema " + name + " in " + names(inferred)));
  }
}
