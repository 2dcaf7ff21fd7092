package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Generated DTOs compile with {@code -Xlint:all -Werror}, whatever guide they come from. */
class DtoCompileTest {
  @TempDir
  Path work;

  @Test
  void dtosOfEveryGuideOfTheCorpusCompileStrictly() {
    List<DtoFixtures.Guide> guides = DtoFixtures.corpusAndSample();
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < guides.size(); i++) {
      DtoFixtures.Guide guide = guides.get(i);
      Path dir = work.resolve("guide" + i);
      checks.add(() -> {
        SdkSymbols symbols = SdkSymbols.of(guide.api(), "com.example.sdk");
        ClassLoader classes = DtoFixtures.compile(symbols, dir);
        for (DtoSymbol dto : symbols.dtos()) {
          classes.loadClass(dto.className().reflectionName());
        }
        System.out.println(guide.name() + ": " + symbols.dtos().size() + " DTOs compile strictly");
      });
    }
    assertAll(checks);
  }

  @Test
  void awkwardNamesAndShapesCompileStrictly() throws Exception {
    SdkSymbols symbols = SdkSymbols.of(DtoFixtures.awkward(), "com.example.awkward");

    ClassLoader classes = DtoFixtures.compile(symbols, work);

    for (DtoSymbol dto : symbols.dtos()) {
      assertEquals(dto.className().reflectionName(), classes.loadClass(dto.className().reflectionName()).getName());
    }
  }
}
