package io.mcdewey.codegen;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.templates.TemplateRenderer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A generated SDK with its server, written out as source files the way a user's build holds them. */
final class ServerSdk {
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

  /** The class path entry of the JAX-RS API, which the JAX-RS flavour compiles against. */
  static Path jaxRsApi() throws URISyntaxException {
    return Path.of(jakarta.ws.rs.Path.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
