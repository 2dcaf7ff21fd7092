package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import io.mcdewey.testing.Reflection;
import io.mcdewey.testing.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client and server of a JSON guide talking over real HTTP on a loopback port: requests read with the
 * DTOs' {@code fromJson}, answers written with {@code toJson} as {@code application/json}. The handlers and the calls
 * are written as a user would, in {@code src/test/resources/server/WidgetStoreRoundTrip.java}; each of its public
 * methods is one check.
 */
class ServerJsonRoundTripTest {
  private static final String GUIDE = "generator/src/test/resources/server/widget-store.md";
  private static final String SCENARIO = "com.example.store.roundtrip.WidgetStoreRoundTrip";

  @TempDir static Path temp;
  private static AutoCloseable roundTrip;

  @BeforeAll
  static void startServer() throws Exception {
    GuideDocument guide = new GuideReader().readMarkdown(Repository.file(GUIDE), GUIDE);
    Api api = new GuideParser().parse(guide, Profiles.builtIn().detect(guide));
    roundTrip = ServerSdk.roundTrip(temp, SdkSymbols.of(api, "com.example.store"), SCENARIO);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (roundTrip != null) {
      roundTrip.close();
    }
  }

  @Test
  void routesReadAndWriteJson() throws Exception {
    String routes = Files.readString(temp.resolve("src/com/example/store/server/WidgetsRoutes.java"));

    assertTrue(routes.contains("Requests.body(body, Widget::fromJson)"), routes);
    assertTrue(routes.contains("return Reply.json(201, answer == null ? null : answer.toJson());"), routes);
  }

  @Test
  void readingAWidget() {
    check("getWidget");
  }

  @Test
  void creatingAWidgetFromAJsonBody() {
    check("createWidget");
  }

  @Test
  void actionWithoutAnswerBody() {
    check("setStock");
  }

  @Test
  void handlerErrorReachesTheClient() {
    check("errorThrownByAHandler");
  }

  @Test
  void missingRequiredMemberAnswers400() {
    check("missingRequiredMember");
  }

  @Test
  void bodyThatIsNotJsonAnswers400() {
    check("bodyThatIsNotJson");
  }

  @Test
  void membersAreKnownWithoutCase() {
    check("membersAreKnownWithoutCaseAndUnknownOnesPassedOver");
  }

  private static void check(String name) {
    Reflection.call(roundTrip, name);
  }
}
