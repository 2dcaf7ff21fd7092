package io.mcdewey.codegen;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.mcdewey.testing.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The server generated for every guide of the shared corpus, in both flavours, compiles strictly with its SDK. */
class ServerCorpusTest {
  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> serverOfEveryGuideCompilesStrictlyInBothFlavours() {
    List<DtoFixtures.Guide> guides = DtoFixtures.corpusAndSample();
    return IntStream.range(0, guides.size()).mapToObj(i -> dynamicTest(guides.get(i).name(), () -> {
      SdkSymbols symbols = SdkSymbols.of(guides.get(i).api(), "com.example.sdk");
      Path dir = work.resolve("guide" + i);
      Path sources = ServerSdk.write(dir.resolve("src"), symbols, ServerFlavour.values());

      Compiler.compile(sources, dir.resolve("classes"), Compiler.STRICT, List.of(ServerSdk.jaxRsApi()));

      System.out.printf("%s: the server of %d operations compiles strictly in both flavours%n", guides.get(i).name(),
          symbols.groups().stream().mapToInt(g -> g.operations().size()).sum());
    }));
  }
}
