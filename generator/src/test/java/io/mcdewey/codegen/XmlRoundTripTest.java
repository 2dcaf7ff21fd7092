package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XML payload the guides print, in operations' examples and request bodies, parses into the generated DTOs
 * and writes back to an equivalent document.
 *
 * <p>Equivalent means: the tree of the document written ({@link XmlTrees}) equals the tree of the payload brought to
 * what the schema holds ({@link XmlTrees.SchemaView}): children in schema order, text trimmed, and without what the
 * DTOs leave out by design (elements the schema does not know, empty list wrappers, attributes), which is counted
 * and printed. Payloads the JDK's parser refuses are the guide's misprints, not DTO failures: they are counted apart.
 */
class XmlRoundTripTest {
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*)");

  @TempDir
  Path work;

  /** A payload with where it was printed. */
  private record Payload(String where, String xml) {}

  @Test
  void everyXmlPayloadOfTheModelsRoundTrips() {
    Tally total = roundTripEveryGuide("examples in the model", XmlRoundTripTest::examples);

    assertTrue(total.found > 0, "no XML payloads found");
    assertEquals(List.of(), total.failures);
    assertEquals(total.found - total.malformed, total.equivalent);
  }

  /**
   * A wider measure than the model's examples: every payload printed anywhere in the markdown guides' pages (object
   * descriptions, notifications) whose root element has a DTO, found as a start tag and its balancing end tag.
   */
  @Test
  void everyXmlPayloadPrintedInTheGuidesRoundTrips() {
    Tally total = roundTripEveryGuide("printed in the pages", XmlRoundTripTest::printed);

    assertEquals(List.of(), total.failures);
    assertEquals(total.found - total.malformed, total.equivalent);
  }

  /** Round-trips the payloads of each guide of the corpus and the sample, printing what became of them. */
  private Tally roundTripEveryGuide(String measure, BiFunction<DtoFixtures.Guide, SdkSymbols, List<Payload>> payloads) {
    Tally total = new Tally();
    List<DtoFixtures.Guide> guides = DtoFixtures.corpusAndSample();
    for (int i = 0; i < guides.size(); i++) {
      DtoFixtures.Guide guide = guides.get(i);
      SdkSymbols symbols = SdkSymbols.of(guide.api(), "com.example.sdk");
      List<Payload> found = payloads.apply(guide, symbols);
      if (found.isEmpty()) {
        continue;
      }
      ClassLoader classes = DtoFixtures.compile(symbols, work.resolve("guide" + i));
      Tally tally = new Tally();
      found.forEach(payload -> tally.check(payload, symbols, classes));
      System.out.println(guide.name() + ", " + measure + ": " + tally);
      total.add(tally);
    }
    System.out.println("all guides, " + measure + ": " + total);
    total.misprints.forEach(m -> System.out.println("  malformed: " + m));
    total.lossy.forEach(m -> System.out.println("  left out: " + m));
    return total;
  }

  /** The XML payloads of the model: operations' examples and request bodies' examples. */
  private static List<Payload> examples(DtoFixtures.Guide guide, SdkSymbols symbols) {
    List<Payload> payloads = new ArrayList<>();
    for (Operation operation : guide.api().operations()) {
      List<Example> examples = new ArrayList<>(operation.examples());
      if (operation.requestBody() != null) {
        examples.addAll(operation.requestBody().examples());
      }
      for (Example example : examples) {
        if (example.content().strip().startsWith("<")) {
          String where = guide.name() + ", " + (operation.title().isEmpty() ? operation.id() : operation.title())
              + ", " + example.kind();
          payloads.add(new Payload(where, example.content()));
        }
      }
    }
    return payloads;
  }

  /** The payloads printed in a markdown guide whose root element is the element of a DTO. */
  private static List<Payload> printed(DtoFixtures.Guide guide, SdkSymbols symbols) {
    if (!guide.file().toString().endsWith(".md")) {
      return List.of();
    }
    List<String> roots = symbols.dtos().stream().map(DtoSymbol::xmlName).toList();
    return PrintedPayloads.find(PrintedPayloads.read(guide.file()), roots).stream()
        .map(printed -> new Payload(guide.name() + ":" + printed.line(), printed.xml()))
        .toList();
  }

  @Test
  void theJudgeCountsMisprintsAndWhatTheDtosLeaveOut() {
    SdkSymbols symbols = SdkSymbols.of(DtoFixtures.sample(), DtoFixtures.SAMPLE_PACKAGE);
    ClassLoader classes = DtoFixtures.compile(symbols, work);
    Tally tally = new Tally();

    tally.check(payload("<Call> <toAddress>2002</toAddress> <uri>/c/1</uri> <participants/> <extra>x</extra>"
        + " <callVariables> <callVariable><name>a</name></callVariable> <note/> </callVariables> </Call>"), symbols,
        classes);
    tally.check(payload("<Agent> <state>READY<state> </Agent>"), symbols, classes);
    tally.check(payload("<Unknown/>"), symbols, classes);

    assertEquals(List.of(), tally.failures);
    assertEquals(List.of(2, 1, 1, 0, 1), List.of(tally.found, tally.malformed, tally.equivalent, tally.lossless,
        tally.withoutDto));
    assertEquals("{element unknown to the schema=2, empty list wrapper=1}", tally.losses.toString());
  }

  private static Payload payload(String xml) {
    return new Payload("test", xml);
  }

  /** What became of the payloads checked. */
  private static final class Tally {
    int found;
    int malformed;
    int equivalent;
    int lossless;
    int withoutDto;
    final XmlTrees.Losses losses = new XmlTrees.Losses();
    final List<String> failures = new ArrayList<>();
    final List<String> misprints = new ArrayList<>();
    final List<String> lossy = new ArrayList<>();

    /** Reads a payload into the DTO of its root element, writes it back and compares. */
    void check(Payload payload, SdkSymbols symbols, ClassLoader classes) {
      Optional<DtoSymbol> dto = root(payload.xml()).flatMap(root -> dtoByXmlName(symbols, root));
      if (dto.isEmpty()) {
        withoutDto++;
        return;
      }
      found++;
      XmlTrees.Losses left = new XmlTrees.Losses();
      XmlTrees.Element printed;
      try {
        printed = XmlTrees.parse(payload.xml(), left);
      } catch (XMLStreamException e) {
        malformed++;
        misprints.add(payload.where() + ": " + e.getMessage().replace('\n', ' '));
        return;
      }
      try {
        XmlTrees.Element expected = new XmlTrees.SchemaView(symbols, left).of(printed, dto.get(), dto.get().xmlName());
        XmlTrees.Element written = XmlTrees.parse(DtoFixtures.roundTrip(classes, dto.get(), payload.xml()), new XmlTrees.Losses());
        if (expected.equals(written)) {
          equivalent++;
          lossless += left.isEmpty() ? 1 : 0;
          if (!left.isEmpty()) {
            lossy.add(payload.where() + ": " + left);
          }
          losses.addAll(left);
        } else {
          failures.add(payload.where() + "\n  expected " + expected + "\n  written  " + written);
        }
      } catch (ReflectiveOperationException | XMLStreamException e) {
        failures.add(payload.where() + ": " + (e instanceof InvocationTargetException i ? i.getCause() : e));
      }
    }

    void add(Tally other) {
      found += other.found;
      malformed += other.malformed;
      equivalent += other.equivalent;
      lossless += other.lossless;
      withoutDto += other.withoutDto;
      losses.addAll(other.losses);
      failures.addAll(other.failures);
      misprints.addAll(other.misprints);
      lossy.addAll(other.lossy);
    }

    @Override
    public String toString() {
      return String.format("%d XML payloads with a DTO for their root; %d malformed as printed; %d parsed;"
          + " %d round-tripped equivalent, %d of them with nothing left out; left out by design: %s;"
          + " %d payloads whose root has no DTO", found, malformed, found - malformed, equivalent, lossless, losses,
          withoutDto);
    }
  }

  private static Optional<String> root(String xml) {
    Matcher matcher = ROOT.matcher(xml);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Optional<DtoSymbol> dtoByXmlName(SdkSymbols symbols, String xmlName) {
    return symbols.dtos().stream().filter(d -> d.xmlName().equalsIgnoreCase(xmlName)).findFirst();
  }
}
