package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Form bodies: an operation whose guide names {@code application/x-www-form-urlencoded}, and a form built by hand. */
class ClientFormTest {
  private static final Provenance SOURCE = new Provenance("guide.md", 209, null, 0);

  @TempDir
  static Path work;
  private static ClientSdk sdk;
  @RegisterExtension
  static final ClientTestServer server = new ClientTestServer();

  @BeforeAll
  static void generateAndCompile() {
    Operation refresh = Operation.builder("sso-refresh-token", SOURCE).group("Single Sign-On")
        .title("Single Sign-On—Refresh Existing Access Token").method("POST").path("/desktop/sso/token")
        .addParameter(new Parameter("token", ParameterLocation.BODY, true, "", "", List.of(), null))
        .addParameter(new Parameter("refresh-token", ParameterLocation.BODY, false, "", "", List.of(), null))
        .requestBody(new RequestBody("application/x-www-form-urlencoded", null, List.of()))
        .build();
    sdk = ClientSdk.compile(new Api("sso", "", "", "", "", List.of(refresh), List.of(), List.of()), "com.example.sso",
        work);
  }

  @Test
  void theBodyParametersOfAFormOperationAreSentAsAForm() {
    server.answer(200, "");
    Object options = call(call(sdk.callStatic(sdk.symbols().groups().get(0).operations().get(0).optionsClass(),
        "builder"), "refreshToken", "r&1"), "build");

    call(call(client(), "singleSignOn"), "refreshExistingAccessToken", "t 0", options);

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals("token=t+0&refresh-token=r%261", request.body());
    assertEquals(null, request.rawQuery());
  }

  @Test
  void aFormBuiltByHandIsEncodedInItsOrder() {
    server.answer(200, "");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "refresh_token");
    fields.put("scope", null);
    fields.put("token", "é");

    call(client(), "send", call(call(sdk.callStatic(sdk.symbols().request(), "builder", "POST", "/desktop/sso/token"),
        "form", fields), "build"));

    ClientTestServer.Request request = server.nextRequest();
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals("grant_type=refresh_token&token=%C3%A9", request.body());
  }

  private static Object client() {
    return sdk.client(server.baseUri(), "agent", "secret");
  }
}
