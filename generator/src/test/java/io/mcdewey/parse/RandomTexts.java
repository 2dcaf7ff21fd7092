package io.mcdewey.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short texts made of pieces drawn at random, the same ones each run: for telling that a scan written by hand reads
 * every text as the pattern it stands for does, including the whitespace and line breaks patterns treat apart.
 */
public final class RandomTexts {
  private RandomTexts() {}

  /**
   * @param pieces what the texts are made of
   * @param count how many texts
   * @param longest the most pieces one text has
   */
  public static List<String> of(List<String> pieces, int count, int longest) {
    Random random = new Random(count * 31L + longest);
    List<String> texts = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(longest + 1); i > 0; i--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
