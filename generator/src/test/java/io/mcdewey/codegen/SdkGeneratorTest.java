package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.codegen.templates.SdkReadmeVars;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Api;
import io.mcdewey.testing.Compiler;
import io.mcdewey.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated SDK project as a whole: its files, its build file and README, and that it builds. */
class SdkGeneratorTest {
  private static final String GUIDE = "samples/guides/northwind/contact-center-guide.md";

  private static List<GeneratedFile> generate(TemplateRenderer templates) throws Exception {
    Api api = DtoFixtures.sample();
    return new SdkGenerator(templates).generate(api, GUIDE,
        SdkGenerator.Options.defaults("com.example.northwind", api));
  }

  private static Map<String, String> byPath(List<GeneratedFile> files) {
    return files.stream().collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }

  @Test
  void projectFilesMatchTheGoldens() throws Exception {
    Map<String, String> files = byPath(generate(TemplateRenderer.builtIn()));

    Golden.assertMatches("sdk/project/pom.xml", files.get("pom.xml"));
    Golden.assertMatches("sdk/project/README.md", files.get("README.md"));
  }

  @Test
  void regeneratingGivesByteIdenticalFiles() throws Exception {
    assertEquals(generate(TemplateRenderer.builtIn()), generate(TemplateRenderer.builtIn()));
  }

  @Test
  void projectSourcesCompileStrictly(@TempDir Path work) throws Exception {
    for (GeneratedFile file : generate(TemplateRenderer.builtIn())) {
      Path target = work.resolve("project").resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content());
    }

    ClassLoader loader = Compiler.compile(work.resolve("project/src/main/java"), work.resolve("classes"));

    assertTrue(loader.loadClass("com.example.northwind.ApiClient").getMethod("calls").getReturnType().getName()
        .endsWith(".CallApi"));
  }

  @Test
  void userTemplateChangesExactlyItsOwnFile(@TempDir Path templates) throws Exception {
    Files.writeString(templates.resolve(SdkReadmeVars.TEMPLATE), "Our own README for $client\n");
    Map<String, String> builtIn = byPath(generate(TemplateRenderer.builtIn()));

    Map<String, String> custom = byPath(generate(TemplateRenderer.withOverrides(templates)));

    assertEquals("Our own README for ApiClient\n", custom.get("README.md"));
    custom.remove("README.md");
    builtIn.remove("README.md");
    assertEquals(builtIn, custom);
  }

  @Test
  void refusesAPackageThatIsNotAJavaName() {
    Api api = DtoFixtures.sample();
    SdkGenerator generator = new SdkGenerator(TemplateRenderer.builtIn());

    assertThrows(IllegalArgumentException.class,
        () -> generator.generate(api, GUIDE, SdkGenerator.Options.defaults("com.example.class", api)));
  }

  @Test
  void readmeListsEveryGeneratedOperationWithItsCall() throws Exception {
    String readme = byPath(generate(TemplateRenderer.builtIn())).get("README.md");

    assertTrue(readme.contains("`client.calls().makeSingleStepTransfer(callId, toAddress, targetMediaAddress)`"),
        readme);
    assertTrue(readme.startsWith("# "), readme);
  }
}
