package io.mcdewey.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLimitTest {
  @TempDir Path temp;

  @Test
  void readsSizesInBytesAndBinaryUnits() throws GuideReadException {
    assertEquals(123, InputLimit.parse("123", "test").bytes());
    assertEquals(500L << 10, InputLimit.parse("500k", "test").bytes());
    assertEquals(64L << 20, InputLimit.parse("64M", "test").bytes());
    assertEquals(2L << 30, InputLimit.parse("2GiB", "test").bytes());
    assertEquals(10, InputLimit.parse(" 10B ", "test").bytes());
    assertEquals("64 MiB", InputLimit.DEFAULT.toString());
  }

  @Test
  void saysWhatIsNotASize() {
    assertEquals("--max-input-size: 'lots' is not a size; give bytes, or a number with K, M or G such as 64M",
        assertThrows(GuideReadException.class, () -> InputLimit.parse("lots", "--max-input-size")).getMessage());
    assertEquals("test: '0' is not a size from 1 byte to 8 EiB",
        assertThrows(GuideReadException.class, () -> InputLimit.parse("0", "test")).getMessage());
    assertEquals("test: '99999999999999G' is not a size from 1 byte to 8 EiB",
        assertThrows(GuideReadException.class, () -> InputLimit.parse("99999999999999G", "test")).getMessage());
  }

  @Test
  void readsAFileWithinTheLimit() throws IOException {
    Path file = Files.write(temp.resolve("guide.md"), new byte[1024]);

    assertArrayEquals(new byte[1024], new InputLimit(1024).read(file));
  }

  @Test
  void refusesAHugeFileWithoutReadingIt() throws IOException {
    Path huge = temp.resolve("huge.md");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(3L << 30);
    }

    IOException refused = assertThrows(InputLimit.TooLarge.class, () -> InputLimit.DEFAULT.read(huge));

    assertEquals("the file holds 3 GiB, past the input limit of 64 MiB; a larger limit is set with"
        + " --max-input-size, the system property mcdewey.maxInputSize or the environment variable"
        + " MCDEWEY_MAX_INPUT_SIZE", refused.getMessage());
  }

  @Test
  void refusesAStreamWithoutEndAsSoonAsItPassesTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "a system with /dev/zero");

    IOException refused = assertThrows(InputLimit.TooLarge.class, () -> new InputLimit(1 << 20).read(zero));

    assertEquals("the input goes on past the input limit of 1 MiB", refused.getMessage().split(";")[0]);
  }

  @Test
  void theSystemPropertySetsTheLimit() throws GuideReadException {
    System.setProperty(InputLimit.PROPERTY, "2K");
    try {
      assertEquals(2048, InputLimit.configured().bytes());
      System.setProperty(InputLimit.PROPERTY, "two");
      assertEquals("the system property mcdewey.maxInputSize: 'two' is not a size; give bytes, or a number with K,"
          + " M or G such as 64M", assertThrows(GuideReadException.class, InputLimit::configured).getMessage());
    } finally {
      System.clearProperty(InputLimit.PROPERTY);
    }
  }
}
