package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.testing.Reflows;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release laid out again by another conversion, its text unchanged, is no new release: the diff between the Finesse
 * chunk export and a copy with its running footers or its lines laid out otherwise reports nothing.
 */
class ReflowedReleasesTest {
  /** The running footer as the pages print it, up to the end of its line. */
  private static final Pattern FOOTER =
      Pattern.compile("Cisco Finesse Web Services Developer and JavaScript Guide, Release 12\\.5\\(1\\)[^\\n]*");
  private static final Pattern SPACE = Pattern.compile(" ");

  @Test
  void footersWithDoubledSpacesChangeNothing(@TempDir Path dir) throws Exception {
    assertNoChanges(dir, text -> inFooters(text, footer -> footer.replace(" ", "  ")));
  }

  @Test
  void footersBrokenAtEverySpaceChangeNothing(@TempDir Path dir) throws Exception {
    assertNoChanges(dir, text -> inFooters(text, footer -> footer.replace(" ", "\n")));
  }

  @Test
  void pagesWrappedAt72ColumnsChangeNothing(@TempDir Path dir) throws Exception {
    assertNoChanges(dir, text -> Reflows.wrap(text, false, 72));
  }

  /**
   * The property over many layouts: every space of the text, footers and all, kept, doubled or broken into a line
   * break at random (seeded by the repetition, so that a failure repeats), changes nothing.
   */
  @RepeatedTest(4)
  void spacesDoubledOrBrokenAtRandomChangeNothing(RepetitionInfo repetition, @TempDir Path dir) throws Exception {
    Random random = new Random(repetition.getCurrentRepetition());
    assertNoChanges(dir, text -> SPACE.matcher(text).replaceAll(space -> switch (random.nextInt(6)) {
      case 0 -> "  ";
      case 1 -> "\n";
      default -> " ";
    }));
  }

  private static void assertNoChanges(Path dir, UnaryOperator<String> layout) throws Exception {
    Api original = FinesseExport.original();
    Api reflowed = FinesseExport.edited(dir, layout);

    assertTrue(original.operations().size() > 20, "only " + original.operations().size() + " operations");
    assertEquals(List.of(), ApiDiff.withDefaults().compare(original, reflowed));
  }

  private static String inFooters(String text, UnaryOperator<String> change) {
    Matcher matcher = FOOTER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(change.apply(matcher.group())));
    }
    return matcher.appendTail(out).toString();
  }
}
