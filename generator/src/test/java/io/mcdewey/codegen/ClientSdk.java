package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.client.ClientWriter;
import io.mcdewey.model.Api;
import io.mcdewey.testing.Reflection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A generated SDK (DTOs and client) compiled strictly and loaded, with the reflective entry points the behaviour
 * tests call it through.
 */
final class ClientSdk {
  private final SdkSymbols symbols;
  private final ClassLoader loader;

  private ClientSdk(SdkSymbols symbols, ClassLoader loader) {
    this.symbols = symbols;
    this.loader = loader;
  }

  /**
   * Generates the SDK of {@code api} (client and DTOs) under {@code work/src}, compiles it strictly into
   * {@code work/classes} and loads it.
   */
  static ClientSdk compile(Api api, String basePackage, Path work) {
    SdkSymbols symbols = SdkSymbols.of(api, basePackage);
    try {
      for (JavaFile file : ClientWriter.files(symbols)) {
        file.writeTo(work.resolve("src"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ClientSdk(symbols, DtoFixtures.compile(symbols, work));
  }

  SdkSymbols symbols() {
    return symbols;
  }

  Class<?> type(ClassName name) {
    try {
      return Class.forName(name.reflectionName(), true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not generated", e);
    }
  }

  /** A client builder for {@code baseUri}. */
  Object clientBuilder(String baseUri) {
    return callStatic(symbols.client(), "builder", baseUri);
  }

  /** A client of {@code baseUri} authenticating with HTTP Basic. */
  Object client(String baseUri, String user, String password) {
    return Reflection.call(Reflection.call(clientBuilder(baseUri), "basicAuth", user, password), "build");
  }

  /** The value of the enum {@code name} for {@code wireValue}, through its {@code fromValue}. */
  Object enumValue(ClassName name, String wireValue) {
    return callStatic(name, "fromValue", wireValue);
  }

  Object callStatic(ClassName type, String method, Object... arguments) {
    return Reflection.callStatic(type(type), method, arguments);
  }
}
