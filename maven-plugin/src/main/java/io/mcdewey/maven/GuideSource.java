package io.mcdewey.maven;

import io.mcdewey.parse.Guides;
import io.mcdewey.source.GuideReadException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one guide a goal reads: a file (markdown, web page or chunk export), or a product's release in a documentation
 * library.
 */
sealed interface GuideSource {

  /** The files a library may hold guides in: what a change to is a change to the guide read from it. */
  List<String> GUIDE_SUFFIXES = List.of(".md", ".markdown", ".html", ".htm", ".jsonl");

  /**
   * The source the parameters name: {@code guide}, or {@code library} with {@code product} and {@code version}.
   *
   * @throws MojoFailureException when they name neither or both
   */
  static GuideSource of(File guide, File library, String product, String version) throws MojoFailureException {
    boolean inLibrary = library != null || notBlank(product) || notBlank(version);
    if (guide != null && inLibrary) {
      throw new MojoFailureException("set either 'guide' or 'library' with 'product' and 'version', not both");
    }
    if (guide != null) {
      return new SingleFile(guide.toPath().normalize());
    }
    if (library == null || !notBlank(product) || !notBlank(version)) {
      throw new MojoFailureException("no guide to read: set 'guide' to a markdown guide, a web page or a chunk"
          + " export, or 'library' with 'product' and 'version'");
    }
    return new Release(library.toPath().normalize(), product.strip(), version.strip());
  }

  /** Feeds the bytes the guide is read from into a fingerprint. */
  void fingerprint(Fingerprint fingerprint) throws IOException, MojoFailureException;

  /**
   * Reads the guide, naming it relative to {@code basedir}, so that generated files do not depend on where the
   * project is checked out.
   */
  Guides.Parsed read(Guides guides, Path basedir) throws MojoFailureException;

  /** A markdown guide, a web page, or a chunk export holding one guide. */
  record SingleFile(Path file) implements GuideSource {
    @Override
    public void fingerprint(Fingerprint fingerprint) throws MojoFailureException, IOException {
      if (Files.isDirectory(file)) {
        throw new MojoFailureException(file + ": is a folder, not a guide; to read a guide from a library folder,"
            + " set 'library' with 'product' and 'version' instead of 'guide'");
      }
      if (!Files.isRegularFile(file)) {
        throw new MojoFailureException(file + ": no such file");
      }
      fingerprint.file("guide", file);
    }

    @Override
    public Guides.Parsed read(Guides guides, Path basedir) throws MojoFailureException {
      List<Guides.Parsed> parsed = parse(guides, file, basedir);
      if (parsed.size() != 1) {
        throw new MojoFailureException(file + ": holds " + parsed.size() + " guides (" + files(parsed) + "); point"
            + " 'guide' at one of them, or use 'library' with 'product' and 'version'");
      }
      return parsed.get(0);
    }

    @Override
    public String toString() {
      return file.toString();
    }
  }

  /**
   * The guide of one product's release in a library folder laid out {@code <product>/<version>/<doc>/<doc>.md} (or
   * {@code .html}).
   */
  record Release(Path library, String product, String version) implements GuideSource {
    @Override
    public void fingerprint(Fingerprint fingerprint) throws MojoFailureException, IOException {
      if (Files.isRegularFile(library)) {
        throw new MojoFailureException(library + ": is a file, not a library folder; to read one guide file, set"
            + " 'guide' instead of 'library'");
      }
      if (!Files.isDirectory(library)) {
        throw new MojoFailureException(library + ": no such folder");
      }
      fingerprint.value("product", product).value("version", version).tree("library", library, GUIDE_SUFFIXES);
    }

    @Override
    public Guides.Parsed read(Guides guides, Path basedir) throws MojoFailureException {
      List<Guides.Parsed> all = parse(guides, library, basedir);
      List<Guides.Parsed> matching = all.stream()
          .filter(p -> p.api().product().equals(product) && p.api().version().equals(version))
          .toList();
      if (matching.size() != 1) {
        throw new MojoFailureException(library + ": holds " + matching.size() + " guides of " + product + " "
            + version + (matching.isEmpty() ? "; it holds " + releases(all) : " (" + files(matching) + ")")
            + "; the goal reads one");
      }
      return matching.get(0);
    }

    @Override
    public String toString() {
      return product + " " + version + " in " + library;
    }

    private static String releases(List<Guides.Parsed> all) {
      return all.stream().map(p -> p.api().product() + " " + p.api().version()).distinct()
          .collect(Collectors.joining(", "));
    }
  }

  private static List<Guides.Parsed> parse(Guides guides, Path input, Path basedir) throws MojoFailureException {
    Path absolute = input.toAbsolutePath().normalize();
    Path base = basedir == null ? null : basedir.toAbsolutePath().normalize();
    String display = base != null && base.getRoot().equals(absolute.getRoot())
        ? base.relativize(absolute).toString().replace('\\', '/')
        : input.toString();
    try {
      return guides.parse(input, display);
    } catch (GuideReadException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  private static String files(List<Guides.Parsed> parsed) {
    return parsed.stream().map(Guides.Parsed::file).collect(Collectors.joining(", "));
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
