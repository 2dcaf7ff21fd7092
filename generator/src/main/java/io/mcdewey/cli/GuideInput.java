package io.mcdewey.cli;

import io.mcdewey.parse.Guides;
import io.mcdewey.parse.ProfileException;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.InputLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code <input>} argument and profile options every command shares, and reading guides with them. */
final class GuideInput {
  private GuideInput() {}

  /** How many guides a message names before it only counts the rest. */
  private static final int LISTED = 5;

  static final String POSITIONAL = "<input>";

  static final Option PROFILE = Option.valued("profile", "NAME",
      "read with this profile instead of detecting it per guide");
  static final Option PROFILE_FILE = Option.valued("profile-file", "FILE",
      "add the profile in this JSON file; it replaces a built-in one of the same name");

  static final Option MAX_INPUT_SIZE = Option.valued("max-input-size", "SIZE",
      "refuse an input file larger than SIZE (bytes, or with K, M or G; default " + InputLimit.DEFAULT
          + ", or what " + InputLimit.VARIABLE + " says)");

  static final List<Option> OPTIONS = List.of(PROFILE, PROFILE_FILE, MAX_INPUT_SIZE);

  static final String DESCRIBES_INPUT = "<input> is a markdown, reStructuredText (*.rst) or AsciiDoc (*.adoc) guide,"
      + " a web page (*.html, *.htm), a chunk export (*.jsonl) or a library folder"
      + " (<product>/<version>/<doc>/<doc>.md, .rst, .adoc or .html).";

  /** Reads every guide of the input. */
  static List<Guides.Parsed> readAll(Arguments arguments) throws CommandException {
    Path input = Path.of(arguments.positional(0));
    try {
      return guides(arguments).parse(input);
    } catch (GuideReadException e) {
      throw new CommandException(e.getMessage());
    }
  }

  /** The guide reader the profile options ask for. */
  static Guides guides(Arguments arguments) throws CommandException {
    try {
      Profiles profiles = Profiles.builtIn();
      if (arguments.value(PROFILE_FILE).isPresent()) {
        profiles = profiles.with(Path.of(arguments.value(PROFILE_FILE).get()));
      }
      Guides guides = new Guides(profiles, arguments.value(PROFILE).orElse(null));
      Optional<String> size = arguments.value(MAX_INPUT_SIZE);
      return size.isEmpty() ? guides : guides.within(InputLimit.parse(size.get(), "--max-input-size"));
    } catch (ProfileException e) {
      throw new CommandException(e.getMessage());
    } catch (GuideReadException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The files the input and profile options name, which a command must not write over. */
  static List<Path> files(Arguments arguments) {
    List<Path> files = new ArrayList<>(List.of(Path.of(arguments.positional(0))));
    arguments.value(PROFILE_FILE).map(Path::of).ifPresent(files::add);
    return files;
  }

  /** Reads the input, which must hold exactly one guide. */
  static Guides.Parsed readOne(Arguments arguments) throws CommandException {
    List<Guides.Parsed> guides = readAll(arguments);
    if (guides.size() != 1) {
      String listed = guides.stream().limit(LISTED).map(Guides.Parsed::file).collect(Collectors.joining(", "))
          + (guides.size() > LISTED ? ", and " + (guides.size() - LISTED) + " more" : "");
      throw new CommandException(arguments.positional(0) + " holds " + guides.size() + " guides (" + listed
          + "); give the path of one of them");
    }
    return guides.get(0);
  }
}
