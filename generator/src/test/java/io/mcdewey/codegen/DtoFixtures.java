package io.mcdewey.codegen;

import com.palantir.javapoet.JavaFile;
import io.mcdewey.codegen.dto.DtoWriter;
import io.mcdewey.model.Api;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Guides;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.GuideReader;
import io.mcdewey.testing.Compiler;
import io.mcdewey.testing.Repository;
import io.mcdewey.testing.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The guides the DTO tests generate from, and generated DTOs compiled and loaded. */
final class DtoFixtures {
  static final String SAMPLE = "samples/guides/northwind/contact-center-guide.md";
  static final String SAMPLE_PROFILE = "samples/guides/northwind/northwind-profile.json";
  static final String SAMPLE_PACKAGE = "com.example.northwind";

  private DtoFixtures() {}

  /** A guide's model with its file and the name tests print for it. */
  record Guide(String name, Path file, Api api) {}

  /** The sample guide, its provenance relative to the repository so that output does not depend on a checkout. */
  static Api sample() {
    try {
      GuideDocument guide = new GuideReader().readMarkdown(Repository.file(SAMPLE), SAMPLE);
      Profiles profiles = Profiles.builtIn().with(Repository.file(SAMPLE_PROFILE));
      return new GuideParser().parse(guide, profiles.detect(guide));
    } catch (Exception e) {
      throw new AssertionError("cannot read the sample guide " + SAMPLE, e);
    }
  }

  /** Every guide of the shared corpus (chunk exports and markdown guides), then the sample. */
  static List<Guide> corpusAndSample() {
    Path corpus = SharedCorpus.root();
    List<Guide> guides = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(DtoFixtures::isGuide).sorted().toList()) {
        for (Api api : Guides.detecting().read(file)) {
          guides.add(new Guide(corpus.relativize(file).toString(), file, api));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new AssertionError("cannot read the corpus at " + corpus, e);
    }
    guides.add(new Guide(SAMPLE, Repository.file(SAMPLE), sample()));
    return guides;
  }

  private static boolean isGuide(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.equals("chunks.jsonl") || name.endsWith(".md") && !name.equals("README.md"));
  }

  /**
   * A guide whose schemas have every shape and every awkward name a DTO can meet: classes named like the JDK types
   * generated code uses, keywords, leading digits, members clashing with generated ones, enums of all kinds, lists
   * wrapped and not, recursion, an empty schema and descriptions that would break a comment.
   */
  static Api awkward() {
    Provenance source = new Provenance("C:\\guides\\unicode\\*/guide.md", 7, "x::y::7", 12);
    List<Schema> schemas = List.of(
        new Schema("Shapes", "Shapes", "Every shape: */ @param \\u0041 <b>&amp;</b> {@code x}", List.of(
            string("class"), string("2fa"), string("reader"), string("writer"), string("elementName"), string("item"),
            string("builder"), string("stateValue"), string("addState"), string("Xml"),
            enumerated("state", false, "Not Ready", "not-ready", "UNRECOGNIZED", ""),
            enumerated("states", true, "A", "B"),
            enumerated("string", false, "x"), enumerated("list", false, "y"), enumerated("xml", false, "z"),
            new SchemaProperty("flag", PropertyType.BOOLEAN, null, false, List.of(), ""),
            new SchemaProperty("flags", PropertyType.BOOLEAN, null, true, List.of(), ""),
            object("self", "Shapes", false), object("others", "Shapes", true), object("items", "Items", false),
            object("tags", "Tags", false), object("string2", "String", false), object("none", "Missing", false)),
            source),
        new Schema("Items", "items", "", List.of(object("Item", "Item", true)), source),
        new Schema("Item", "Item", "", List.of(string("name")), source),
        new Schema("Tags", "tags", "", List.of(new SchemaProperty("tag", PropertyType.STRING, null, true, List.of(),
            "")), source),
        new Schema("String", "String", "", List.of(string("value")), source),
        new Schema("List", "List", "", List.of(object("String", "String", true)), source),
        new Schema("Object", "Object", "", List.of(), source),
        new Schema("Xml", "xml", "", List.of(string("Boolean")), source),
        new Schema("Builder", "Builder", "", List.of(string("build")), source),
        new Schema("Empty", "Empty", "", List.of(), source));
    return new Api("awkward", "", "", "", "", List.of(), schemas, List.of());
  }

  private static SchemaProperty string(String name) {
    return new SchemaProperty(name, PropertyType.STRING, null, false, List.of(), "");
  }

  private static SchemaProperty enumerated(String name, boolean repeated, String... values) {
    return new SchemaProperty(name, PropertyType.ENUM, null, repeated, List.of(values), "");
  }

  private static SchemaProperty object(String name, String ref, boolean repeated) {
    return new SchemaProperty(name, PropertyType.OBJECT, ref, repeated, List.of(), "");
  }

  /** Writes the DTOs of {@code symbols} under {@code work/src}, compiles them strictly and loads them. */
  static ClassLoader compile(SdkSymbols symbols, Path work) {
    Path sources = work.resolve("src");
    try {
      for (JavaFile file : DtoWriter.files(symbols)) {
        file.writeTo(sources);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Compiler.compile(sources, work.resolve("classes"));
  }

  /** Reads {@code xml} with the DTO's {@code fromXml(String)} and writes it back with {@code toXml()}. */
  static String roundTrip(ClassLoader classes, DtoSymbol dto, String xml) throws ReflectiveOperationException {
    Class<?> type = classes.loadClass(dto.className().reflectionName());
    Object value = type.getMethod("fromXml", String.class).invoke(null, xml);
    return (String) type.getMethod("toXml").invoke(value);
  }
}
