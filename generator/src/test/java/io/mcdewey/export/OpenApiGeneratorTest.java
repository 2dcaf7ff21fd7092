package io.mcdewey.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.Compiler;
import io.mcdewey.testing.SharedCorpus;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * The OpenAPI export is what other tools generate from: openapi-generator's Java client ({@code native} library,
 * run in this process) generated from it compiles, for the hand-built sample and for every guide of the corpus.
 */
class OpenApiGeneratorTest {
  @TempDir Path temp;

  @Test
  void sampleExportGeneratesACompilingClient() throws Exception {
    compile(Map.of("sample", SampleApis.contactCenter()));
  }

  @Test
  void everyCorpusGuideExportGeneratesACompilingClient() throws Exception {
    Map<String, Api> apis = new LinkedHashMap<>();
    for (Path file : CorpusExportTest.inputs(SharedCorpus.root())) {
      for (Api api : Guides.detecting().read(file)) {
        apis.put("guide" + apis.size(), api);
      }
    }
    assertTrue(apis.size() >= 10, "guides read from the corpus: " + apis.size());
    compile(apis);
  }

  /** Generates a client of each API, in a package of its own, and compiles them all in one go. */
  private void compile(Map<String, Api> apis) throws Exception {
    Path sources = temp.resolve("src");
    for (Map.Entry<String, Api> api : apis.entrySet()) {
      Path spec = temp.resolve(api.getKey() + ".yaml");
      Files.writeString(spec, OpenApiExport.toYaml(api.getValue()), StandardCharsets.UTF_8);
      Path output = temp.resolve("generated/" + api.getKey());
      generate(spec, output, "com.example." + api.getKey());
      copyMainSources(output.resolve("src/main/java"), sources);
    }
    Compiler.compile(sources, temp.resolve("classes"), List.of("--release", "17", "-encoding", "UTF-8",
        "-proc:none", "-nowarn"), classPath());
  }

  private static void generate(Path spec, Path output, String packageName) {
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName(QuietJavaClientCodegen.class.getName())
        .setLibrary("native")
        .setInputSpec(spec.toString())
        .setOutputDir(output.toString())
        .setInvokerPackage(packageName)
        .setApiPackage(packageName + ".api")
        .setModelPackage(packageName + ".model")
        // Jakarta annotations and no jackson-databind-nullable: the fewest jars to compile against.
        .addAdditionalProperty("useJakartaEe", true)
        .addAdditionalProperty("openApiNullable", false)
        .addAdditionalProperty("annotationLibrary", "none")
        .addAdditionalProperty("hideGenerationTimestamp", true);
    for (String skipped : List.of("apiTests", "modelTests", "apiDocs", "modelDocs")) {
      configurator.addGlobalProperty(skipped, "false");
    }
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
  }

  /** openapi-generator's Java client generator, without the banner it prints after each run. */
  public static final class QuietJavaClientCodegen extends JavaClientCodegen {
    @Override
    public void postProcess() {}
  }

  private static void copyMainSources(Path from, Path to) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
  }

  /** The jars the generated client needs: Jackson, the Jakarta annotations, and for forms HttpComponents. */
  private static List<Path> classPath() throws URISyntaxException {
    List<Path> jars = new ArrayList<>();
    for (Class<?> type : List.of(ObjectMapper.class, JsonParser.class, JsonProperty.class, JavaTimeModule.class,
        jakarta.annotation.Generated.class, org.apache.http.HttpEntity.class,
        org.apache.http.client.entity.UrlEncodedFormEntity.class,
        org.apache.http.entity.mime.MultipartEntityBuilder.class)) {
      jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return jars;
  }
}
