package io.mcdewey.source;

import io.mcdewey.files.FileErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reading a guide file's bytes within the input limit, and decoding them as text; what is not text is refused with
 * the line it is on.
 */
final class GuideBytes {
  private final InputLimit limit;

  GuideBytes(InputLimit limit) {
    this.limit = limit;
  }

  /** Reads a file as UTF-8 text, refusing empty and binary files with a message naming where. */
  String text(Path file, String display) throws GuideReadException {
    return decode(read(file, display), StandardCharsets.UTF_8, display);
  }

  /** Reads a file's bytes, refusing files past the limit, empty ones and binary ones. */
  byte[] read(Path file, String display) throws GuideReadException {
    byte[] bytes;
    try {
      bytes = limit.read(file);
    } catch (InputLimit.TooLarge e) {
      throw new GuideReadException(display + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new GuideReadException(display + ": cannot read: " + FileErrors.reason(e), e);
    }
    boolean blank = true;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new GuideReadException(display + ":" + lineAt(bytes, i) + ": binary content (NUL byte at offset " + i
            + "); expected a markdown guide, a web page or a chunk export");
      }
      blank &= bytes[i] == ' ' || bytes[i] >= '\t' && bytes[i] <= '\r';
    }
    if (blank) {
      throw new GuideReadException(display + ": the file is empty");
    }
    return bytes;
  }

  /** Decodes text, refusing bytes that are not in the charset with a message naming where. */
  static String decode(byte[] bytes, Charset charset, String display) throws GuideReadException {
    try {
      String text = decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int offset = firstMalformed(bytes, charset);
      throw new GuideReadException(display + ":" + lineAt(bytes, offset) + ": not " + charset.name()
          + " text (bad byte at offset " + offset + ")");
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int firstMalformed(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = decoder(charset);
    int good = 0;
    for (int end = 1; end <= bytes.length; end++) {
      try {
        decoder.reset();
        decoder.decode(ByteBuffer.wrap(bytes, good, end - good));
        good = end;
      } catch (CharacterCodingException e) {
        if (end - good >= 4) {
          return good;
        }
      }
    }
    return good;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
