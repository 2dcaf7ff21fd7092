package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.mcdewey.testing.Compiler;
import io.mcdewey.testing.Repository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
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
    Path sources = ServerSdk.write(temp.resolve("src"), symbols, ServerFlavour.JDK_HTTP_SERVER);
    Path scenario = sources.resolve(SCENARIO.replace('.', '/') + ".java");
    Files.createDirectories(scenario.getParent());
    Files.copy(Repository.file("generator/src/test/resources/server/NorthwindRoundTrip.java"), scenario);
    ClassLoader loader = Compiler.compile(sources, temp.resolve("classes"));
    roundTrip = (AutoCloseable) loader.loadClass(SCENARIO).getConstructor().newInstance();
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
  void missingRequiredBodyParameterAnswers400InTheGuidesErrorFormat() throws Throwable {
    check("missingRequiredBodyParameter");
  }

  @Test
  void missingRequiredQueryParameterAnswers400() throws Throwable {
    check("missingRequiredQueryParameter");
  }

  @Test
  void actionFieldNamingNoActionAnswers400() throws Throwable {
    check("valueNamingNoAction");
  }

  @Test
  void bodyThatIsNotXmlAnswers400() throws Throwable {
    check("bodyThatIsNotXml");
  }

  @Test
  void externalEntitiesInTheBodyAreNeverRead() throws Throwable {
    check("externalEntitiesAreNeverRead");
  }

  @Test
  void handlerErrorReachesTheClientAsItsTypedException() throws Throwable {
    check("errorThrownByAHandler");
  }

  @Test
  void undocumentedPathAnswers404() throws Throwable {
    check("undocumentedPath");
  }

  @Test
  void undocumentedMethodAnswers405WithTheAllowedOnes() throws Throwable {
    check("undocumentedMethod");
  }

  @Test
  void pathValuesArriveDecoded() throws Throwable {
    check("percentEncodedPathValues");
  }

  /** Runs the round trip's check {@code name}. */
  private static void check(String name) throws Throwable {
    Method check;
    try {
      check = roundTrip.getClass().getMethod(name);
    } catch (NoSuchMethodException e) {
      fail("NorthwindRoundTrip has no check " + name + "()");
      return;
    }
    try {
      check.invoke(roundTrip);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
