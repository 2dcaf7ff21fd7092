package io.mcdewey.parse.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.PayloadFormat;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Schemas of JSON examples, named by what the guide says they are. */
class JsonSchemaInferenceTest {
  private static final Provenance SOURCE = new Provenance("guide.md", null, null, 3);

  @Test
  void anAnswersEnvelopeCarriesTheResourceAndTypesPrintedAsValuesAreTypes() {
    Operation locations = Operation.builder("location-api", SOURCE).title("Location API (Get, Create and Update)")
        .method("GET").path("/api/Locations")
        .addExample(new Example(Example.Kind.RESPONSE, "", "application/json", "{ \"Success\": true, \"Error\": null,"
            + " \"Data\": [ { \"Id\": \"Int [max length 4]\", \"Active\": \"Bool\", \"Name\": \"String [max length 50]\","
            + " \"Opened\": \"datetime [yyyy-mm-ddThh:mm:ssZ]\", \"BusinessUnit\": { \"ID\": \"Optional int\" },"
            + " \"Links\": [ { \"Rel\": \"Course\" } ] } ] }"))
        .build();

    JsonSchemaInference.InferredJson inferred = JsonSchemaInference.infer(List.of(locations), Set.of());

    assertEquals(List.of("LocationResponse", "Location", "BusinessUnit", "Link"),
        inferred.schemas().stream().map(Schema::name).toList());
    assertEquals("LocationResponse", inferred.operations().get(0).responseSchema());
    Schema location = inferred.schemas().get(1);
    assertEquals(PayloadFormat.JSON, location.format());
    assertEquals(Map.of("Id", PropertyType.INTEGER, "Active", PropertyType.BOOLEAN, "Name", PropertyType.STRING,
        "Opened", PropertyType.DATE_TIME, "BusinessUnit", PropertyType.OBJECT, "Links", PropertyType.OBJECT),
        Map.ofEntries(location.properties().stream().map(p -> Map.entry(p.name(), p.type()))
            .toArray(Map.Entry[]::new)));
    SchemaProperty data = inferred.schemas().get(0).property("Data").orElseThrow();
    assertEquals("Location", data.ref());
    assertEquals(true, data.repeated());
  }

  @Test
  void examplesPrintedWithDefectsAreReadAsFarAsTheyGo() {
    Object read = LenientJson.read("{ \"A\": \"x\" \"B\": 12, // a comment run into the next member \"C\": true, }");

    assertEquals(Map.of("A", "x", "B", new LenientJson.Number("12"), "C", true), read);
  }

  @Test
  void aRequestObjectIsTheResourceAndAnArrayOfThemMakesNoBodySchema() {
    Operation create = Operation.builder("vendor-api", SOURCE).title("Vendor API (Create)").method("POST")
        .path("/api/Vendors").requestBody(new RequestBody("application/json", null, List.of(
            new Example(Example.Kind.REQUEST, "", "application/json", "{ \"Name\": \"String\", \"Active\": true }"))))
        .build();
    Operation assign = Operation.builder("group-api", SOURCE).title("Attendee Group API (Assign)").method("POST")
        .path("/api/attendees/{id}/groups").requestBody(new RequestBody("application/json", null, List.of(
            new Example(Example.Kind.REQUEST, "", "application/json", "[ { \"Name\": \"String\" } ]"))))
        .build();

    JsonSchemaInference.InferredJson inferred = JsonSchemaInference.infer(List.of(create, assign), Set.of());

    assertEquals("Vendor", inferred.operations().get(0).requestBody().schema());
    assertNull(inferred.operations().get(1).requestBody().schema());
    assertEquals(List.of("Vendor", "AttendeeGroup"), inferred.schemas().stream().map(Schema::name).toList());
  }
}
