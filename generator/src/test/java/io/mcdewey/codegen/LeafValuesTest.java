package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.RealTraffic;
import io.mcdewey.testing.Repository;
import io.mcdewey.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much of real documents the Finesse SDK keeps: each document is read with the {@code fromXml} of the DTO of its
 * root element and written back with {@code toXml}, and the leaf values of the two are compared ({@link LeafValues}).
 * A document whose root has no DTO keeps nothing.
 *
 * <p>The documents: every well-formed payload of nested elements printed in the guide's pages, the bodies that published clients send
 * ({@link RealTraffic}), and answers shaped like a Finesse server's ({@code traffic/finesse}). The figures are
 * printed; the test fails below the floor, which is raised as the SDK keeps more.
 */
class LeafValuesTest {
  private static final String GUIDE = "finesse-v12.5/developer-guide.md";
  private static final String ANSWERS = "generator/src/test/resources/traffic/finesse";
  /** The share of leaf values the round trip must keep, over all documents. */
  private static final double FLOOR = 0.76;

  @TempDir
  Path work;

  /** A document with where it comes from. */
  private record Document(String source, String where, String xml) {}

  @Test
  void theFinesseSdkKeepsTheLeafValuesOfRealDocuments() throws Exception {
    Api api = Guides.detecting().read(SharedCorpus.file("finesse-v12.5/chunks.jsonl")).get(0);
    SdkSymbols symbols = SdkSymbols.of(api, "com.example.finesse");
    ClassLoader classes = DtoFixtures.compile(symbols, work);
    List<Document> documents = new ArrayList<>();
    documents.addAll(printedInTheGuide());
    documents.addAll(sentByClients());
    documents.addAll(answers());

    Tally total = new Tally("all documents");
    for (String source : documents.stream().map(Document::source).distinct().toList()) {
      Tally tally = new Tally(source);
      documents.stream().filter(d -> d.source().equals(source)).forEach(d -> tally.check(d, symbols, classes));
      System.out.println(tally);
      total.add(tally);
    }
    System.out.println(total);
    total.lost.forEach(line -> System.out.println("  " + line));

    assertTrue(total.kept >= FLOOR * total.values, total.toString());
  }

  private static List<Document> printedInTheGuide() {
    String text = PrintedPayloads.read(SharedCorpus.file(GUIDE));
    return PrintedPayloads.find(text, PrintedPayloads.elementNames(text)).stream()
        // an element named alone in a sentence or a table is no payload
        .filter(p -> PrintedPayloads.elementNames(p.xml()).size() > 1)
        .map(p -> new Document("printed in the guide", GUIDE + ":" + p.line(), p.xml()))
        .toList();
  }

  private static List<Document> sentByClients() {
    return RealTraffic.requests("finesse").stream()
        .filter(request -> request.body() != null)
        .map(request -> new Document("sent by published clients", request.id(), request.body()))
        .toList();
  }

  private static List<Document> answers() throws IOException {
    try (Stream<Path> files = Files.list(Repository.file(ANSWERS))) {
      return files.filter(file -> file.toString().endsWith(".xml")).sorted()
          .map(file -> new Document("answers of a server", file.getFileName().toString(), PrintedPayloads.read(file)))
          .toList();
    }
  }

  /** The leaf values of some documents and how many the round trip kept. */
  private static final class Tally {
    final String name;
    int documents;
    int malformed;
    int withoutDto;
    int values;
    int kept;
    int keptExactly;
    final List<String> lost = new ArrayList<>();

    Tally(String name) {
      this.name = name;
    }

    void check(Document document, SdkSymbols symbols, ClassLoader classes) {
      LeafValues printed;
      try {
        printed = LeafValues.of(document.xml());
      } catch (XMLStreamException e) {
        malformed++;
        return;
      }
      documents++;
      values += printed.count();
      Optional<DtoSymbol> dto = dtoOf(document.xml(), symbols);
      if (dto.isEmpty()) {
        withoutDto++;
        lost.add(document.where() + ": no DTO for the root, " + printed.count() + " values lost");
        return;
      }
      try {
        LeafValues written = LeafValues.of(DtoFixtures.roundTrip(classes, dto.get(), document.xml()));
        kept += printed.keptBy(written);
        keptExactly += printed.keptExactly(written);
        if (printed.keptBy(written) < printed.count()) {
          lost.add(document.where() + ": " + (printed.count() - printed.keptBy(written)) + " of "
              + printed.count() + " values lost");
        }
      } catch (ReflectiveOperationException | XMLStreamException e) {
        lost.add(document.where() + ": " + e);
      }
    }

    void add(Tally other) {
      documents += other.documents;
      malformed += other.malformed;
      withoutDto += other.withoutDto;
      values += other.values;
      kept += other.kept;
      keptExactly += other.keptExactly;
      lost.addAll(other.lost);
    }

    @Override
    public String toString() {
      return String.format("%s: %d documents (%d more malformed as printed), %d whose root has no DTO; leaf values"
          + " kept: %d of %d (%.2f), %d of them under the same element names", name, documents, malformed,
          withoutDto, kept, values, values == 0 ? 0 : (double) kept / values, keptExactly);
    }
  }

  /** The DTO of the document's root element, its name compared without case. */
  private static Optional<DtoSymbol> dtoOf(String xml, SdkSymbols symbols) {
    String root = PrintedPayloads.elementNames(xml).get(0);
    return symbols.dtos().stream().filter(d -> d.xmlName().equalsIgnoreCase(root)).findFirst();
  }
}
