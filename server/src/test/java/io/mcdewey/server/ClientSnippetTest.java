package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.cli.Main;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.search.Endpoint;
import io.mcdewey.search.Library;
import io.mcdewey.search.LibraryGuide;
import io.mcdewey.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client calls the pages and the MCP tool show compile against the SDK that {@code mcdewey generate} writes. */
class ClientSnippetTest {
  @TempDir
  Path folder;

  @Test
  void everySnippetOfTheSampleCompilesAgainstItsGeneratedSdk() throws Exception {
    Path guide = Samples.repository("samples/guides/library");
    LibraryGuide library = Library.read(guide).guides().get(0);
    String basePackage = ClientSnippet.basePackage(library.id());
    Path sdk = folder.resolve("sdk");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    PrintStream printed = new PrintStream(messages, true, StandardCharsets.UTF_8);
    assertEquals(0, Main.run(new String[] {"generate", guide.toString(), "--package", basePackage, "-o",
        sdk.toString()}, printed, printed), messages.toString(StandardCharsets.UTF_8));

    SdkSymbols symbols = SdkSymbols.of(library.api(), basePackage);
    ClientSnippet snippets = new ClientSnippet();
    StringBuilder check = new StringBuilder("package " + basePackage + ";\n\nclass SnippetCheck {\n");
    int methods = 0;
    for (Endpoint endpoint : library.endpoints()) {
      Optional<OperationSymbol> operation = symbols.groups().stream().flatMap(g -> g.operations().stream())
          .filter(o -> o.operation().id().equals(endpoint.operation().id())).findFirst();
      if (operation.isEmpty()) {
        continue;
      }
      String declared = Stream.concat(Stream.of("String user", "String password"),
          operation.get().parameters().stream().map(ClientSnippetTest::declaration)).collect(Collectors.joining(", "));
      check.append("  void call").append(methods++).append('(').append(declared).append(") {\n")
          .append(snippets.of(endpoint).indent(4)).append("  }\n");
    }
    check.append("}\n");
    Path checkFile = sdk.resolve("src/main/java/" + basePackage.replace('.', '/') + "/SnippetCheck.java");
    Files.writeString(checkFile, check);

    List<String> arguments = new ArrayList<>(
        List.of("-d", folder.resolve("classes").toString(), "-proc:none", "-encoding", "UTF-8"));
    try (Stream<Path> sources = Files.walk(sdk.resolve("src/main/java"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
    assertEquals(0, status, errors.toString(StandardCharsets.UTF_8) + "\n" + check);
    assertTrue(methods >= 10, "snippets checked: " + methods);
  }

  private static String declaration(ParameterSymbol parameter) {
    return parameter.type() + " " + parameter.javaName();
  }
}
