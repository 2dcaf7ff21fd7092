package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertAll;

import io.mcdewey.testing.Compiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The server generated for every guide of the shared corpus, in both flavours, compiles strictly with its SDK. */
class ServerCorpusTest {
  @TempDir Path work;

  @Test
  void serverOfEveryGuideOfTheCorpusCompilesStrictly() {
    List<DtoFixtures.Guide> guides = DtoFixtures.corpusAndSample();
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < guides.size(); i++) {
      DtoFixtures.Guide guide = guides.get(i);
      Path dir = work.resolve("guide" + i);
      checks.add(() -> {
        long start = System.nanoTime();
        SdkSymbols symbols = SdkSymbols.of(guide.api(), "com.example.sdk");
        Path sources = ServerSdk.write(dir.resolve("src"), symbols, ServerFlavour.values());
        Compiler.compile(sources, dir.resolve("classes"), Compiler.STRICT, List.of(ServerSdk.jaxRsApi()));
        System.out.printf("%s: server of %d groups, %d operations compiles strictly in both flavours (%d ms)%n",
            guide.name(), symbols.groups().size(),
            symbols.groups().stream().mapToInt(g -> g.operations().size()).sum(),
            (System.nanoTime() - start) / 1_000_000);
      });
    }
    assertAll(checks);
  }
}
