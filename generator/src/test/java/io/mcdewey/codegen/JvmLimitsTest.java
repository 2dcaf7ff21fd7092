package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.Compiler;
import io.mcdewey.testing.Reflection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guides too large for one method of their SDK compile, as the code is split; guides too large for one class are
 * refused with a message naming the group. The guides are synthetic markdown, one operation a heading.
 */
class JvmLimitsTest {
  /** Every failure status an operation of the synthetic guides documents. */
  private static final String FAILURES = "`400 Bad Request`, `401 Unauthorized`, `402 Payment Required`, "
      + "`403 Forbidden`, `404 Not Found`, `405 Method Not Allowed`, `406 Not Acceptable`, `408 Request Timeout`, "
      + "`409 Conflict`, `410 Gone`, `411 Length Required`, `412 Precondition Failed`, `413 Payload Too Large`, "
      + "`414 URI Too Long`, `415 Unsupported Media Type`, `422 Unprocessable Entity`";
  private static final String PACKAGE = "com.example.widgets";
  private static final SdkGenerator.Options EVERYTHING = new SdkGenerator.Options(PACKAGE, "com.example",
      "widgets-sdk", "1.0.0", EnumSet.allOf(SdkGenerator.Artifact.class), ServerFlavour.JDK_HTTP_SERVER);

  @TempDir Path temp;

  /**
   * 300 operations of 16 failure statuses each: as constants, their reasons took 90 KB of one static initializer,
   * and the dispatcher's routes are more than one method adds.
   */
  @Test
  void groupPastOneMethodsCodeCompilesAndEveryRouteAnswers() throws Exception {
    int operations = 300;
    Api api = read(guide(1, operations));
    Path sources = temp.resolve("src");
    for (GeneratedFile file : new SdkGenerator(TemplateRenderer.builtIn()).sources(api, EVERYTHING)) {
      Path target = sources.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
    String dispatcher = Files.readString(sources.resolve("com/example/widgets/server/WidgetsApiDispatcher.java"));
    assertEquals(2, Pattern.compile("private static void addRoutes\\d*\\(").matcher(dispatcher).results().count());

    ClassLoader loader = Compiler.compile(sources, temp.resolve("classes"));
    Object server = Reflection.call(Reflection.call(Reflection.callStatic(
        loader.loadClass(PACKAGE + ".server.WidgetsApiServer"), "builder"), "address",
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), "start");
    try (AutoCloseable stop = (AutoCloseable) server) {
      InetSocketAddress address = (InetSocketAddress) Reflection.call(server, "address");
      Object client = Reflection.call(Reflection.callStatic(loader.loadClass(PACKAGE + ".WidgetsApiClient"),
          "builder", "http://127.0.0.1:" + address.getPort()), "build");
      Object widgets = Reflection.call(client, "widgets");
      // The handler is the default one, which answers 501; a route the dispatcher lacks would answer 404.
      for (int operation : List.of(0, operations - 1)) {
        RuntimeException answer = assertThrows(RuntimeException.class,
            () -> Reflection.call(widgets, "putWidgetsKind" + operation + "Id", "7"));
        assertEquals(501, Reflection.call(answer, "status"), answer.toString());
      }
    }
  }

  @Test
  void groupPastOneClassIsRefusedNamingIt() throws Exception {
    Api api = read(guide(1, JvmLimits.OPERATIONS_PER_GROUP + 1));
    SdkGenerator generator = new SdkGenerator(TemplateRenderer.builtIn());

    JvmLimitException refused = assertThrows(JvmLimitException.class, () -> generator.sources(api, EVERYTHING));

    assertEquals("the group 'Widgets' has 501 operations; its client class WidgetsApi can hold 500 (a Java class"
        + " holds at most 65535 constants)", refused.getMessage());
  }

  @Test
  void moreGroupsThanTheDispatchersParametersAreRefusedForItsServerOnly() throws Exception {
    Api api = read(guide(JvmLimits.GROUPS + 1, 1));
    SdkGenerator generator = new SdkGenerator(TemplateRenderer.builtIn());

    JvmLimitException refused = assertThrows(JvmLimitException.class, () -> generator.sources(api, EVERYTHING));

    assertTrue(refused.getMessage().startsWith("the guide has 251 groups"), refused.getMessage());
    assertTrue(generator.sources(api, EVERYTHING.with(EVERYTHING.artifacts(), ServerFlavour.JAX_RS)).size() > 251);
  }

  private Api read(String guide) throws Exception {
    Path file = temp.resolve("widgets.md");
    Files.writeString(file, guide, StandardCharsets.UTF_8);
    return Guides.detecting().read(file).get(0);
  }

  /** A guide of {@code groups} groups of {@code operations} operations each, every path of its own. */
  private static String guide(int groups, int operations) {
    StringBuilder guide = new StringBuilder("# Widgets API\n\n* Base URL: `https://widgets.example.org/api`\n");
    for (int group = 0; group < groups; group++) {
      guide.append("\n## Widgets").append(groups == 1 ? "" : " " + group).append('\n');
      for (int operation = 0; operation < operations; operation++) {
        String kind = groups == 1 ? String.valueOf(operation) : group + "x" + operation;
        guide.append("\n### PUT /widgets/kind").append(kind).append("/:id\n\nUpdate a widget of kind ")
            .append(kind).append(".\n\nReturns `200 OK`. Errors: ").append(FAILURES).append(".\n");
      }
    }
    return guide.toString();
  }
}
