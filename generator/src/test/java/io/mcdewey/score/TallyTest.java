package io.mcdewey.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void precisionIsTheShareOfFoundFactsThatAreRight() {
    assertEquals(OptionalDouble.of(0.75), new Tally(3, 5, 1).precision());
  }

  @Test
  void recallIsTheShareOfTheKeysFactsThatWereFound() {
    assertEquals(OptionalDouble.of(0.5), new Tally(3, 3, 1).recall());
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    Tally tally = new Tally(3, 3, 1);
    double precision = tally.precision().getAsDouble();
    double recall = tally.recall().getAsDouble();
    assertEquals(2 * precision * recall / (precision + recall), tally.f1(), 1e-12);
  }

  @Test
  void findingNothingLeavesPrecisionUndefinedAndF1Zero() {
    Tally tally = new Tally(0, 4, 0);
    assertTrue(tally.precision().isEmpty());
    assertEquals(0.0, tally.f1());
  }

  @Test
  void anEmptyKeyWithNothingFoundIsFullAgreement() {
    assertTrue(Tally.ZERO.recall().isEmpty());
    assertEquals(1.0, Tally.ZERO.f1());
  }

  @Test
  void talliesAdd() {
    assertEquals(new Tally(4, 2, 3), new Tally(1, 2, 0).plus(new Tally(3, 0, 3)));
  }
}
