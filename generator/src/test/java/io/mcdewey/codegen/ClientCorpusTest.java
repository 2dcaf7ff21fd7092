package io.mcdewey.codegen;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The client generated for every guide of the shared corpus compiles strictly together with its DTOs. */
class ClientCorpusTest {
  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> clientOfEveryGuideCompilesStrictly() {
    return DtoFixtures.corpusAndSample().stream().map(guide -> dynamicTest(guide.name(), () -> {
      long start = System.nanoTime();
      ClientSdk sdk = ClientSdk.compile(guide.api(), "com.example.sdk", Files.createTempDirectory(work, "guide"));
      sdk.symbols().groups().forEach(group -> sdk.type(group.className()));
      System.out.printf("%s: client of %d groups, %d operations compiles strictly with %d DTOs (%d ms)%n",
          guide.name(), sdk.symbols().groups().size(),
          sdk.symbols().groups().stream().mapToInt(g -> g.operations().size()).sum(), sdk.symbols().dtos().size(),
          (System.nanoTime() - start) / 1_000_000);
    }));
  }
}
