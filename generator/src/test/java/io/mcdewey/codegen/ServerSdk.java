package io.mcdewey.codegen;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.client.ClientWriter;
import io.mcdewey.codegen.dto.DtoWriter;
import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.server.ServerWriter;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.testing.Compiler;
import io.mcdewey.testing.Repository;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A generated SDK with its server, written out as source files the way a user's build holds them. */
final class ServerSdk {
  /** The base class of the round trip scenarios. */
  private static final String ROUND_TRIP = "com.example.roundtrip.RoundTrip";

  private ServerSdk() {}

  /** The symbols of the sample guide's SDK. */
  static SdkSymbols sample() {
    return SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE);
  }

  /** Writes the DTOs, the client and the server of each of {@code flavours} under {@code sources}. */
  static Path write(Path sources, SdkSymbols symbols, ServerFlavour... flavours) throws Exception {
    List<JavaFile> javaFiles = new ArrayList<>(DtoWriter.files(symbols));
    javaFiles.addAll(ClientWriter.files(symbols));
    for (JavaFile file : javaFiles) {
      file.writeTo(sources);
    }
    for (ServerFlavour flavour : flavours) {
      for (GeneratedFile file : ServerWriter.files(symbols, TemplateRenderer.builtIn(), flavour)) {
        Path target = sources.resolve(file.path().substring("src/main/java/".length()));
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content(), StandardCharsets.UTF_8);
      }
    }
    return sources;
  }

  /**
   * Writes the DTOs, the client and the JDK server of {@code symbols} under {@code work/src} with the round trip
   * {@code scenario} (a class written as a user would, in {@code src/test/resources/server/}, extending
   * {@code RoundTrip} there), compiles them strictly
   * and returns a new instance of the scenario, whose constructor starts the server.
   *
   * @param scenario the scenario's fully qualified class name; its file is named by its simple name
   */
  static AutoCloseable roundTrip(Path work, SdkSymbols symbols, String scenario) throws Exception {
    Path sources = write(work.resolve("src"), symbols, ServerFlavour.JDK_HTTP_SERVER);
    for (String type : List.of(ROUND_TRIP, scenario)) {
      Path file = sources.resolve(type.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.copy(Repository.file("generator/src/test/resources/server/" + file.getFileName()), file);
    }
    ClassLoader loader = Compiler.compile(sources, work.resolve("classes"));
    return (AutoCloseable) loader.loadClass(scenario).getConstructor().newInstance();
  }

  /** The class path entry of the JAX-RS API, which the JAX-RS flavour compiles against. */
  static Path jaxRsApi() throws URISyntaxException {
    return Path.of(jakarta.ws.rs.Path.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
