package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.ParameterLocation;
import io.mcdewey.parse.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListedParametersTest {
  private final MarkdownPart part = new MarkdownPart();
  private final ListedParameters listed = new ListedParameters();

  private static MarkdownParameter named(String name, String description) {
    return new MarkdownParameter(name, ParameterLocation.QUERY, null, description, "", List.of());
  }

  private static MarkdownElement.TextLine line(int paragraph, boolean listItem) {
    return new MarkdownElement.TextLine("text", 1, listItem, List.of(), paragraph, false);
  }

  @Test
  void theSentenceAfterParametersPrintedWithoutOneDescribesThemAll() {
    listed.add(part, named("limit", ""));
    listed.add(part, named("offset", "(Default=0)"));

    assertTrue(listed.describe(part, "Pages through the list; required."));

    assertEquals("Pages through the list; required.", part.parameters.get(0).description());
    assertEquals(Boolean.TRUE, part.parameters.get(0).required());
    assertTrue(part.parameters.get(1).description().endsWith("Pages through the list; required."));
    assertFalse(listed.describe(part, "A second sentence describes nothing."), "each awaits one sentence");
  }

  @Test
  void aDescribedParameterEndsTheWaitOfThoseBeforeIt() {
    listed.add(part, named("limit", ""));
    listed.add(part, named("offset", "Where the page starts."));

    assertFalse(listed.describe(part, "Unrelated prose."));
    assertEquals("", part.parameters.get(0).description());
  }

  @Test
  void furtherLinesOfAnItemsParagraphDescribeTheParameterItNamed() {
    listed.addItem(part, named("limit", "At most this many"), 7);

    assertTrue(listed.continueItem(part, line(7, false), "entries are returned."));
    assertFalse(listed.continueItem(part, line(8, false), "Another paragraph."));
    assertFalse(listed.continueItem(part, line(7, true), "Another item."));
    assertEquals("At most this many entries are returned.", part.parameters.get(0).description());
  }

  @Test
  void aRequestLineOrLabelForgetsWhatAwaitedADescription() {
    listed.add(part, named("limit", ""));
    listed.addItem(part, named("offset", ""), 3);

    listed.forget();

    assertFalse(listed.hasItem(part));
    assertFalse(listed.describe(part, "A sentence."));
  }

  @Test
  void theIntroducingSentenceSaysWhetherItsParametersAreRequired() {
    listed.introducedBy(new ListIntroduction(Field.REQUEST_PARAMETERS, true));

    assertTrue(listed.hasIntroduction());
    assertEquals(Boolean.TRUE, listed.introduced(named("limit", "")).required());
    listed.introducedBy(null);
    assertEquals(null, listed.introduced(named("limit", "")).required());
  }
}
