package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.Api;
import io.mcdewey.parse.FlattenedGuides;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call that sends a form and is answered in JSON, as a guide's format field says while its content type names the
 * form: the client asks for JSON and reads the answer with the JSON DTO of the guide's example, or into its members
 * when the guide shows none (its items, when the guide shows an array).
 */
class ClientJsonAnswerTest {
  private static final String PACKAGE = "com.example.acme";
  private static final String TABLE = " URI: https://acme.example.com/acme/sso/%1$s Example URI: Anyone. Security"
      + " Constraints: POST HTTP Method: application/x-www-form-urlencoded Content Type: Application/JSON"
      + " Input/Output Format: — HTTP Request: token=<token value> (Optional) refresh-token=<refresh token value>"
      + " Request URI Parameters: 200: Success 401: Unauthorized HTTP Response: %2$s";

  @TempDir
  static Path work;
  private static ClientSdk sdk;
  @RegisterExtension
  static final ClientTestServer server = new ClientTestServer();

  @BeforeAll
  static void generateAndCompile() {
    Api api = FlattenedGuides.guide()
        .page(30, "Session—Refresh a Token This API refreshes a token. https://<FQDN>/acme/sso/token"
            + TABLE.formatted("token", "{\"token\": \"abc\", \"expires_in\": 3600, \"renewable\": true,"
            + " \"user_id\": \"ada\"} Example Response:"), "Session—Refresh a Token")
        .page(31, "Session—Revoke a Token This API revokes a token. https://<FQDN>/acme/sso/revoke"
            + TABLE.formatted("revoke", ""), "Session—Revoke a Token")
        .page(32, "Session—List Tokens This API lists tokens. https://<FQDN>/acme/sso/tokens"
            + TABLE.formatted("tokens", "[\"t-1\", \"t-2\"] Example Response:"), "Session—List Tokens")
        .read();
    sdk = ClientSdk.compile(api, PACKAGE, work);
  }

  @Test
  void theFormIsSentAndTheJsonAnswerReadIntoItsDto() {
    server.answer(200, "{\"token\":\"t-2\",\"expires_in\":1800,\"renewable\":false,\"user_id\":\"ada\","
        + "\"scope\":\"d\"}", Map.of("Content-Type", "application/json"));

    Object answer = call(call(client(), "sessions"), "refreshToken", options("refreshTokenOptions", "r&1"));

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("POST", request.method());
    assertEquals("/acme/sso/token", request.rawPath());
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals("application/json", request.header("Accept"));
    assertEquals("token=t-1&refresh-token=r%261", request.body());
    assertEquals(ClassName.get(PACKAGE + ".model", "TokenResponse").reflectionName(), answer.getClass().getName());
    assertEquals("t-2", call(answer, "token"));
    // One example of digits is too little to call a member a number; a boolean is one by its literal.
    assertEquals("1800", call(answer, "expiresIn"));
    assertEquals(false, call(answer, "renewable"));
    assertEquals("ada", call(answer, "userId"));
  }

  @Test
  void aJsonAnswerOfNoKnownShapeIsReadIntoItsMembers() {
    server.answer(200, "{\"revoked\":true,\"user\":{\"id\":\"ada\"}}");

    Object answer = call(call(client(), "sessions"), "revokeToken", options("revokeTokenOptions", null));

    assertEquals("application/json", server.nextRequest().header("Accept"));
    assertEquals(Map.of("revoked", "true", "user", Map.of("id", "ada")), answer);
  }

  @Test
  void aJsonArrayAnswerTheGuidePrintsIsReadIntoItsItems() {
    server.answer(200, "[\"t-3\", {\"id\": 4}]");

    Object answer = call(call(client(), "sessions"), "listTokens", options("listTokensOptions", null));

    assertEquals(List.of("t-3", Map.of("id", "4")), answer);
  }

  private static Object options(String method, String refreshToken) {
    ClassName api = sdk.symbols().groups().get(0).className();
    Object builder = sdk.callStatic(api.nestedClass(method.substring(0, 1).toUpperCase() + method.substring(1)),
        "builder");
    return call(call(call(builder, "token", "t-1"), "refreshToken", refreshToken), "build");
  }

  private static Object client() {
    return sdk.client(server.baseUri(), "ada", "secret");
  }
}
