package io.mcdewey.codegen;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.mcdewey.testing.Reflection;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client and server of the sample guide talking over real HTTP on a loopback port. The handlers and
 * the calls are written as a user would, in {@code src/test/resources/server/NorthwindRoundTrip.java}, compiled
 * with the generated sources; each of its public methods is one check.
 */
class ServerRoundTripTest {
  private static final String SCENARIO = "com.example.northwind.roundtrip.NorthwindRoundTrip";

  @TempDir static Path temp;
  private static SdkSymbols symbols;
  private static AutoCloseable roundTrip;

  @BeforeAll
  static void startServer() throws Exception {
    symbols = ServerSdk.sample();
    roundTrip = ServerSdk.roundTrip(temp, symbols, SCENARIO);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (roundTrip != null) {
      roundTrip.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyActionOfTheGuideRoundTripsThroughClientAndServer() {
    return symbols.groups().stream()
        .flatMap(group -> group.operations().stream())
        .map(operation -> dynamicTest(operation.operation().title(), () -> check(operation.methodName())));
  }

  @Test
  void missingRequiredBodyParameterAnswers400InTheGuidesErrorFormat() {
    check("missingRequiredBodyParameter");
  }

  @Test
  void missingRequiredQueryParameterAnswers400() {
    check("missingRequiredQueryParameter");
  }

  @Test
  void actionFieldNamingNoActionAnswers400() {
    check("valueNamingNoAction");
  }

  @Test
  void bodyThatIsNotXmlAnswers400() {
    check("bodyThatIsNotXml");
  }

  @Test
  void externalEntitiesInTheBodyAreNeverRead() {
    check("externalEntitiesAreNeverRead");
  }

  @Test
  void handlerErrorReachesTheClientAsItsTypedException() {
    check("errorThrownByAHandler");
  }

  @Test
  void undocumentedPathAnswers404() {
    check("undocumentedPath");
  }

  @Test
  void undocumentedMethodAnswers405WithTheAllowedOnes() {
    check("undocumentedMethod");
  }

  @Test
  void pathValuesArriveDecoded() {
    check("percentEncodedPathValues");
  }

  /** Runs the round trip's check {@code name}. */
  private static void check(String name) {
    Reflection.call(roundTrip, name);
  }
}
