package io.mcdewey.codegen;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.templates.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The SDK of the sample guide with its server, written out as source files the way a user's build holds them. */
final class SampleSdk {
  private SampleSdk() {}

  /** Writes the DTOs, the client and the server of {@code flavour} under {@code sources}. */
  static Path write(Path sources, SdkSymbols symbols, ServerFlavour flavour) throws Exception {
    List<JavaFile> javaFiles = new ArrayList<>(DtoWriter.files(symbols));
    javaFiles.addAll(ClientWriter.files(symbols));
    for (JavaFile file : javaFiles) {
      file.writeTo(sources);
    }
    for (GeneratedFile file : ServerWriter.files(symbols, TemplateRenderer.builtIn(), flavour)) {
      Path target = sources.resolve(file.path().substring("src/main/java/".length()));
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
    return sources;
  }
}
