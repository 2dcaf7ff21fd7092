package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.server.ServerWriter;
import io.mcdewey.codegen.templates.ServerReplyVars;
import io.mcdewey.codegen.templates.ServerRoutesVars;
import io.mcdewey.codegen.templates.TemplateException;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerWriterTest {
  private static final String SERVER_SOURCES = "src/main/java/com/example/northwind/server/";

  @TempDir Path temp;

  @Test
  void serverOfTheSampleInBothFlavoursMatchesTheGoldenFiles() throws Exception {
    Map<String, String> golden = new TreeMap<>();
    files(TemplateRenderer.builtIn(), ServerFlavour.JDK_HTTP_SERVER).values()
        .forEach(file -> golden.put(fileName(file), file.content()));
    files(TemplateRenderer.builtIn(), ServerFlavour.JAX_RS).values().stream()
        .filter(ServerWriterTest::isResource)
        .forEach(file -> golden.put(fileName(file), file.content()));

    Golden.assertDirectoryMatches("sdk/server", golden);
  }

  @Test
  void jaxRsFlavourKeepsHandlersAndRoutesAndAddsOneResourcePerGroup() throws Exception {
    Map<String, GeneratedFile> jdk = files(TemplateRenderer.builtIn(), ServerFlavour.JDK_HTTP_SERVER);
    Map<String, GeneratedFile> jaxRs = files(TemplateRenderer.builtIn(), ServerFlavour.JAX_RS);

    jaxRs.values().stream().filter(file -> !isResource(file))
        .forEach(file -> assertEquals(jdk.get(file.path()), file, file.path()));
    assertEquals(List.of("AgentResource.java", "CallResource.java", "ReasonCodeResource.java",
        "QueueResource.java"), jaxRs.values().stream().filter(ServerWriterTest::isResource)
        .map(ServerWriterTest::fileName).toList());
  }

  @Test
  void userTemplateChangesExactlyTheFileItRenders() throws Exception {
    Files.writeString(temp.resolve(ServerReplyVars.TEMPLATE), """
        package ${packageName};

        /** Answers of this server: ${className}, with errors from ${errorResponse}. */
        public record ${className}(int status, String body) {}
        """);
    Map<String, GeneratedFile> builtIn = files(TemplateRenderer.builtIn(), ServerFlavour.JDK_HTTP_SERVER);

    Map<String, GeneratedFile> overridden = files(TemplateRenderer.withOverrides(temp), ServerFlavour.JDK_HTTP_SERVER);

    assertEquals(builtIn.keySet(), overridden.keySet());
    for (String path : builtIn.keySet()) {
      if (path.equals(SERVER_SOURCES + "Reply.java")) {
        assertEquals("package com.example.northwind.server;\n\n/** Answers of this server: Reply, with errors from"
            + " ErrorResponse. */\npublic record Reply(int status, String body) {}\n", overridden.get(path).content());
      } else {
        assertEquals(builtIn.get(path), overridden.get(path), path);
      }
    }
  }

  @Test
  void serverTemplateNamingAnUnknownVariableFailsWithTemplateAndLine() throws Exception {
    Path template = temp.resolve(ServerRoutesVars.TEMPLATE);
    Files.writeString(template, "package ${packageName};\n\n// ${header}\nclass ${className} { ${handlerName} h; }\n");
    TemplateRenderer renderer = TemplateRenderer.withOverrides(temp);

    TemplateException error = assertThrows(TemplateException.class,
        () -> ServerWriter.files(ServerSdk.sample(), renderer, ServerFlavour.JDK_HTTP_SERVER));

    assertTrue(error.getMessage().contains(template.toString()), error.getMessage());
    assertTrue(error.getMessage().contains("$handlerName"), error.getMessage());
    assertTrue(error.getMessage().contains("line 4"), error.getMessage());
  }

  @Test
  void templatesListedForAFlavourAreExactlyTheOnesItsServerRenders() throws Exception {
    for (ServerFlavour flavour : ServerFlavour.values()) {
      for (String template : TemplateRenderer.BUILT_IN) {
        Path directory = Files.createDirectories(temp.resolve(flavour.name()).resolve(template));
        Files.writeString(directory.resolve(template), "#if(\n");
        TemplateRenderer renderer = TemplateRenderer.withOverrides(directory);

        boolean rendered = false;
        try {
          ServerWriter.files(ServerSdk.sample(), renderer, flavour);
        } catch (TemplateException e) {
          rendered = true;
        }

        assertEquals(ServerWriter.templates(flavour).contains(template), rendered, flavour + " " + template);
      }
    }
  }

  @Test
  void templateThatCannotBeParsedAheadFailsItsRenderAsWithoutParsingAhead() throws Exception {
    Files.writeString(temp.resolve(ServerRoutesVars.TEMPLATE), "#if(\n");
    TemplateRenderer parsedAhead = TemplateRenderer.withOverrides(temp);
    parsedAhead.parse(ServerWriter.templates(ServerFlavour.JDK_HTTP_SERVER));

    TemplateException ahead = assertThrows(TemplateException.class,
        () -> ServerWriter.files(ServerSdk.sample(), parsedAhead, ServerFlavour.JDK_HTTP_SERVER));
    TemplateException notAhead = assertThrows(TemplateException.class, () -> ServerWriter.files(ServerSdk.sample(),
        TemplateRenderer.withOverrides(temp), ServerFlavour.JDK_HTTP_SERVER));

    assertEquals(notAhead.getMessage(), ahead.getMessage());
  }

  private static Map<String, GeneratedFile> files(TemplateRenderer templates, ServerFlavour flavour)
      throws Exception {
    Map<String, GeneratedFile> files = new LinkedHashMap<>();
    for (GeneratedFile file : ServerWriter.files(ServerSdk.sample(), templates, flavour)) {
      files.put(file.path(), file);
    }
    return files;
  }

  private static boolean isResource(GeneratedFile file) {
    return file.path().endsWith("Resource.java");
  }

  private static String fileName(GeneratedFile file) {
    return file.path().substring(file.path().lastIndexOf('/') + 1);
  }
}
