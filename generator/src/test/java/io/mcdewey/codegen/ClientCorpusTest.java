package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The client generated for every guide of the shared corpus compiles strictly together with its DTOs. */
class ClientCorpusTest {
  @TempDir
  Path work;

  @Test
  void clientOfEveryGuideOfTheCorpusCompilesStrictly() {
    List<DtoFixtures.Guide> guides = DtoFixtures.corpusAndSample();
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < guides.size(); i++) {
      DtoFixtures.Guide guide = guides.get(i);
      Path dir = work.resolve("guide" + i);
      checks.add(() -> {
        long start = System.nanoTime();
        ClientSdk sdk = ClientSdk.compile(guide.api(), "com.example.sdk", dir);
        for (GroupSymbol group : sdk.symbols().groups()) {
          sdk.type(group.className());
        }
        System.out.printf("%s: client of %d groups, %d operations compiles strictly with %d DTOs (%d ms)%n",
            guide.name(), sdk.symbols().groups().size(),
            sdk.symbols().groups().stream().mapToInt(g -> g.operations().size()).sum(), sdk.symbols().dtos().size(),
            (System.nanoTime() - start) / 1_000_000);
      });
    }
    assertAll(checks);
  }
}
