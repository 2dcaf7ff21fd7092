package io.mcdewey.diff;

import io.mcdewey.export.ModelFormatException;
import io.mcdewey.export.ModelJson;
import io.mcdewey.files.FileErrors;
import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.source.GuideReadException;
import io.mcdewey.source.InputLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One side of a diff: a guide release read into a model, with the file it came from.
 *
 * @param file the input as the user named it
 * @param api the model
 */
public record Release(String file, Api api) {

  /**
   * Reads a release from any input McDewey reads that holds one guide: a markdown guide, a web page, a chunk export,
   * a library folder, or a model written by {@code mcdewey model} (a {@code .json} file).
   *
   * @param guides how guides are read: with which profiles
   * @throws DiffInputException when the input cannot be read, is not a model, or holds no or several guides
   */
  public static Release read(Path input, Guides guides) throws DiffInputException {
    String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") && Files.isRegularFile(input)) {
      return new Release(input.toString(), model(input));
    }
    List<Guides.Parsed> parsed;
    try {
      parsed = guides.parse(input);
    } catch (GuideReadException e) {
      throw new DiffInputException(e.getMessage());
    }
    if (parsed.size() != 1) {
      throw new DiffInputException(input + ": holds " + parsed.size() + " guides; a release is one guide, so give"
          + " the path of one of them");
    }
    return new Release(input.toString(), parsed.get(0).api());
  }

  private static Api model(Path file) throws DiffInputException {
    try {
      return ModelJson.read(InputLimit.readText(file));
    } catch (ModelFormatException e) {
      throw new DiffInputException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new DiffInputException(file + ": cannot read: " + FileErrors.reason(e));
    }
  }

  /**
   * The file as reports for people show it: relative to the working directory when it lies in it, so that a report
   * posted on a pull request names no local directories; otherwise as given.
   */
  public String shownFile() {
    return shown(file);
  }

  /** A file name as {@link #shownFile()} shows it. */
  static String shown(String file) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    Path workingDirectory = Path.of("").toAbsolutePath();
    return Path.of(file).isAbsolute() && path.startsWith(workingDirectory)
        ? workingDirectory.relativize(path).toString() : file;
  }

  /** How reports name the release: product and version when the input gives them, else the file. */
  public String label() {
    String identity = (api.product() + " " + api.version()).strip();
    return identity.isEmpty() ? file : identity;
  }
}
