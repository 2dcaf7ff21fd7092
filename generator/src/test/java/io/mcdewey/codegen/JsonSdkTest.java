package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK of a JSON guide (Litmos in the shared corpus): DTOs made of the guide's JSON examples, read from and written
 * to JSON with the JDK alone, and a client asking for and reading JSON answers.
 */
class JsonSdkTest {
  private static final String PACKAGE = "com.example.litmos";
  private static final String ANSWER = "{\"Success\":true,\"Error\":null,\"Data\":[{\"Active\":true,\"City\":\"Lyon\","
      + "\"Id\":42,\"ScheduleDefaultStartTime\":\"2024-03-04T08:30:00Z\",\"Unknown\":{\"x\":[1,2]},"
      + "\"Name\":\"Salle \\\"B\\\"\"}]}";

  @TempDir
  static Path work;
  private static ClientSdk sdk;
  @RegisterExtension
  static final ClientTestServer server = new ClientTestServer();

  @BeforeAll
  static void generateAndCompile() throws Exception {
    Api api = Guides.detecting().read(SharedCorpus.file("vendors/litmos-training-operations/guide.md")).get(0);
    sdk = ClientSdk.compile(api, PACKAGE, work);
  }

  @Test
  void aJsonAnswerIsAskedForAndReadIntoTypedDtos() {
    server.answer(200, ANSWER);

    Object answer = call(call(client(), "locations"), "locationApi", "acme", "lms", "ada", "secret");

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("application/json", request.header("Accept"));
    assertEquals("ada", request.header("Username"));
    assertEquals(true, call(answer, "success"));
    Object location = ((List<?>) call(answer, "data")).get(0);
    assertEquals(42, call(location, "id"));
    assertEquals(true, call(location, "active"));
    assertEquals(Instant.parse("2024-03-04T08:30:00Z"), call(location, "scheduleDefaultStartTime"));
    assertEquals("Salle \"B\"", call(location, "name"));
  }

  @Test
  void writingBackKeepsNumbersAndBooleansAsLiteralsAndLeavesOutWhatIsAbsentOrUnknown() {
    Object answer = sdk.callStatic(model("LocationResponse"), "fromJson", ANSWER);

    assertEquals("{\"Success\":true,\"Data\":[{\"Active\":true,\"City\":\"Lyon\",\"Id\":42,"
        + "\"ScheduleDefaultStartTime\":\"2024-03-04T08:30:00Z\",\"Name\":\"Salle \\\"B\\\"\"}]}",
        call(answer, "toJson"));
  }

  @Test
  void aValueOfAnotherTypeThanTheGuideSaysKeepsItsText() {
    Object location = sdk.callStatic(model("Location"), "fromJson", "{\"Id\":\"L-7\",\"Active\":\"yes\"}");

    assertNull(call(location, "id"));
    assertEquals("L-7", call(location, "idValue"));
    assertEquals("{\"Active\":\"yes\",\"Id\":\"L-7\"}", call(location, "toJson"));
  }

  @Test
  void aRequestBuiltByHandTakesAJsonDto() {
    server.answer(201, "");
    Object location = call(call(sdk.callStatic(model("Location"), "builder"), "name", "Annex"), "build");
    Object request = call(call(sdk.callStatic(sdk.symbols().request(), "builder", "POST", "/api/Locations"), "body",
        location), "build");

    call(client(), "send", request);

    ClientTestServer.Request sent = server.nextRequest();
    assertEquals("application/json", sent.header("Content-Type"));
    assertEquals("{\"Name\":\"Annex\"}", sent.body());
  }

  private static ClassName model(String name) {
    return ClassName.get(PACKAGE + ".model", name);
  }

  private static Object client() {
    return sdk.client(server.baseUri(), "ada", "secret");
  }
}
