package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerCaptionTest {

  @Test
  void aFewCapitalisedWordsNamingTheAnswerCaptionIt() {
    assertTrue(AnswerCaption.matches("Response Structure"));
    assertTrue(AnswerCaption.matches("Response JSON Array of Objects:"));
  }

  @Test
  void sentencesAndOtherCaptionsDoNot() {
    assertFalse(AnswerCaption.matches("Request Structure"));
    assertFalse(AnswerCaption.matches("Returns the dogs of a kennel."));
    assertFalse(AnswerCaption.matches("Response codes are listed below in the table"));
    assertFalse(AnswerCaption.matches("Request JSON Object:"));
    assertFalse(AnswerCaption.matches("How to read the response"), "the answer named neither first nor in a short one");
    assertFalse(AnswerCaption.matches("response fields"), "a caption opens with a capital");
    assertFalse(AnswerCaption.matches("Filtering results:"), "results are what the request filters");
    assertFalse(AnswerCaption.matches("Output options"));
    assertFalse(AnswerCaption.matches("Returns"), "Stripe-style pages print the call under it");
    assertFalse(AnswerCaption.matches("Response is cached hourly"));
  }
}
