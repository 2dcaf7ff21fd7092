package io.mcdewey.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most bytes McDewey reads from one input file, so that a huge file, or a device without end such as
 * {@code /dev/zero}, is refused with a message rather than exhausting memory. It is {@value #DEFAULT_TEXT} unless the
 * system property {@value #PROPERTY} or the environment variable {@value #VARIABLE} says otherwise.
 *
 * @param bytes the limit, at least 1
 */
public record InputLimit(long bytes) {
  /** The system property setting the limit, such as {@code -Dmcdewey.maxInputSize=200M}. */
  public static final String PROPERTY = "mcdewey.maxInputSize";

  /** The environment variable setting the limit when the system property does not. */
  public static final String VARIABLE = "MCDEWEY_MAX_INPUT_SIZE";

  private static final String DEFAULT_TEXT = "64M";

  /** Above the largest guides seen (50 MB, read in a quarter of a minute) and far below a default heap. */
  public static final InputLimit DEFAULT = new InputLimit(64L << 20);

  private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([KMG]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);

  public InputLimit {
    if (bytes < 1) {
      throw new IllegalArgumentException("an input limit is at least one byte, not " + bytes);
    }
  }

  /**
   * The limit the system property or the environment variable sets, else {@link #DEFAULT}.
   *
   * @throws GuideReadException naming the property or variable when it is not a size
   */
  public static InputLimit configured() throws GuideReadException {
    return configured(PROPERTY, VARIABLE, DEFAULT);
  }

  /**
   * The limit the system property {@code property} or else the environment variable {@code variable} sets, else
   * {@code fallback}.
   *
   * @throws GuideReadException naming the property or variable when it is not a size
   */
  public static InputLimit configured(String property, String variable, InputLimit fallback)
      throws GuideReadException {
    String propertyValue = System.getProperty(property);
    if (propertyValue != null) {
      return parse(propertyValue, "the system property " + property);
    }
    String variableValue = System.getenv(variable);
    if (variableValue != null) {
      return parse(variableValue, "the environment variable " + variable);
    }
    return fallback;
  }

  /**
   * Reads a size: a number of bytes, or of kibibytes, mebibytes or gibibytes with {@code K}, {@code M} or
   * {@code G} ({@code 500K}, {@code 64M}, {@code 2G}).
   *
   * @param origin what gave the size, for the message
   * @throws GuideReadException naming the origin when the text is not a size
   */
  public static InputLimit parse(String size, String origin) throws GuideReadException {
    Matcher matcher = SIZE.matcher(size.strip());
    if (!matcher.matches()) {
      throw new GuideReadException(origin + ": '" + size + "' is not a size; give bytes, or a number with K, M or G"
          + " such as " + DEFAULT_TEXT);
    }
    int shift = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      default -> 0;
    };
    long number = Long.parseLong(matcher.group(1));
    if (number < 1 || number > Long.MAX_VALUE >> shift) {
      throw new GuideReadException(origin + ": '" + size + "' is not a size from 1 byte to 8 EiB");
    }
    return new InputLimit(number << shift);
  }

  /**
   * Reads the file's bytes, refusing a file larger than the limit before reading it, and a stream (a pipe, a device)
   * as soon as it passes the limit.
   *
   * @throws TooLarge when the file holds more bytes than the limit
   */
  public byte[] read(Path file) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > bytes) {
      throw new TooLarge(this, Files.size(file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] read = in.readNBytes((int) Math.min(bytes + 1, Integer.MAX_VALUE - 8));
      if (read.length > bytes) {
        throw new TooLarge(this, -1);
      }
      return read;
    }
  }

  /**
   * Reads a small input, such as a profile or a configuration, as UTF-8 within the configured limit: like
   * {@link Files#readString}, but refusing a file past the limit.
   *
   * @throws IOException when the file cannot be read, is past the limit, is not UTF-8, or the configured limit is
   *     not a size
   */
  public static String readText(Path file) throws IOException {
    InputLimit limit;
    try {
      limit = configured();
    } catch (GuideReadException e) {
      throw new IOException(e.getMessage(), e);
    }
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(limit.read(file))).toString();
  }

  /** The limit as messages state it: {@code 64 MiB}. */
  @Override
  public String toString() {
    return described(bytes);
  }

  /** A size in the largest unit it reaches: {@code 64 MiB}, {@code 100 bytes}, {@code over 3 GiB} for 3.2 GiB. */
  public static String described(long bytes) {
    String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (unit < units.length - 1 && bytes >> (10 * (unit + 1)) > 0) {
      unit++;
    }
    long whole = bytes >> (10 * unit);
    return (whole << (10 * unit) == bytes ? "" : "over ") + whole + " " + units[unit];
  }

  /** A file larger than the limit; the message says so, with how to raise it, but not the file's name. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(InputLimit limit, long size) {
      super((size >= 0 ? "the file holds " + described(size) + "," : "the input goes on") + " past the input limit of "
          + limit + "; a larger limit is set with --max-input-size, the system property " + PROPERTY
          + " or the environment variable " + VARIABLE);
    }
  }
}
