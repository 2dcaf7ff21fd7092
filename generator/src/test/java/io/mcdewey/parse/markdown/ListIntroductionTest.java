package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.Field;
import io.mcdewey.parse.Profiles;
import io.mcdewey.parse.markdown.label.MarkdownLabels;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListIntroductionTest {
  private static final MarkdownLabels LABELS =
      new MarkdownLabels(Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow().labels());

  @Test
  void aShortSentenceEndingInAColonThatNamesParametersIntroducesTheirList() {
    assertEquals(Optional.of(new ListIntroduction(Field.OBJECT_FIELDS, false)),
        ListIntroduction.of("Optional fields:", LABELS));
    assertEquals(Optional.of(new ListIntroduction(Field.OBJECT_FIELDS, true)),
        ListIntroduction.of("Required fields:", LABELS));
    assertEquals(Optional.of(new ListIntroduction(Field.REQUEST_PARAMETERS, null)),
        ListIntroduction.of("The following parameters should be set in the URL:", LABELS));
  }

  @Test
  void theSentenceEndingALineIntroducesItsList() {
    assertEquals(Optional.of(new ListIntroduction(Field.REQUEST_PARAMETERS, false)),
        ListIntroduction.of("Returns the count of dogs in all kennels, and of those waiting. Takes optional"
            + " `kennel` and `breed` parameters:", LABELS));
  }

  @Test
  void otherSentencesIntroduceNoList() {
    assertTrue(ListIntroduction.of("The optional fields are listed below.", LABELS).isEmpty());
    assertTrue(ListIntroduction.of("The answer looks like this:", LABELS).isEmpty());
    assertTrue(ListIntroduction.of("When a kennel is full, the call refuses new dogs and lists the fields it"
        + " would have needed to take them:", LABELS).isEmpty());
  }

  @Test
  void itsWordHoldsForItemsThatSayNothing() {
    ListIntroduction optional = new ListIntroduction(Field.REQUEST_PARAMETERS, false);

    assertEquals(Boolean.FALSE, optional.applyTo(MarkdownParameter.named("breed", null)).required());
    assertEquals(Boolean.TRUE,
        optional.applyTo(MarkdownParameter.named("breed", null).withRequired(true)).required());
  }

  @Test
  void aShortCaptionClosingWithValuesIntroducesValues() {
    assertTrue(ListIntroduction.introducesValues("Possible Filter Values:"));
    assertTrue(ListIntroduction.introducesValues("Allowed values:"));
    assertTrue(ListIntroduction.introducesValues("Valid options:"));
    assertTrue(ListIntroduction.introducesValues("Range"), "a caption of values alone");
    assertTrue(ListIntroduction.introducesValues("取值范围："));
    assertFalse(ListIntroduction.introducesValues("Range of dates covered"));
    assertFalse(ListIntroduction.introducesValues("Options:"));
    assertFalse(ListIntroduction.introducesValues("Return values:"));
    assertFalse(ListIntroduction.introducesValues("Possible values are listed below."));
    assertFalse(ListIntroduction.introducesValues("Values:  of the filters the endpoint takes from the caller:"));
    assertFalse(ListIntroduction.introducesValues("Optional fields:"));
  }

  @Test
  void aHeadingOfParametersSayingWhetherTheyAreRequiredSaysItOfThem() {
    assertEquals(Optional.of(new ListIntroduction(Field.QUERY_PARAMETERS, false, true)),
        ListIntroduction.ofParameterHeading("Optional Query Parameters", Field.QUERY_PARAMETERS));
    assertTrue(ListIntroduction.ofParameterHeading("Query Parameters", Field.QUERY_PARAMETERS).isEmpty());
    assertTrue(ListIntroduction.ofParameterHeading("Optional Response", Field.RESPONSES).isEmpty());
  }

  @Test
  void aRequiredOrOptionalCaptionUnderALabelOfParametersIntroducesWhatFollowsItOnItsLine() {
    assertEquals(Optional.of(new ListIntroduction.Captioned(new ListIntroduction(Field.QUERY_PARAMETERS, true),
        "`id=[integer]`")),
        ListIntroduction.ofRequiredCaption("Required: `id=[integer]`", Field.QUERY_PARAMETERS, false));
    assertEquals(Optional.of(new ListIntroduction.Captioned(new ListIntroduction(Field.REQUEST_PARAMETERS, false),
        "")), ListIntroduction.ofRequiredCaption("Optional:", Field.REQUEST_PARAMETERS, false));
    assertTrue(ListIntroduction.ofRequiredCaption("Required:", Field.RESPONSES, false).isEmpty());
    assertTrue(ListIntroduction.ofRequiredCaption("Required fields are marked", Field.QUERY_PARAMETERS, false)
        .isEmpty());
    assertTrue(ListIntroduction.ofRequiredCaption("Required:", null, false).isEmpty());
  }

  @Test
  void aCaptionAloneOnItsLineInAnyLanguageCaptionsTheTablesUnderItAsAHeadingWould() {
    assertEquals(Optional.of(new ListIntroduction.Captioned(new ListIntroduction(Field.REQUEST_PARAMETERS, true, true),
        "")), ListIntroduction.ofRequiredCaption("Wymagane", Field.REQUEST_PARAMETERS, false));
    assertEquals(Optional.of(new ListIntroduction.Captioned(new ListIntroduction(Field.QUERY_PARAMETERS, false, true),
        "")), ListIntroduction.ofRequiredCaption("Optional", Field.QUERY_PARAMETERS, false));
    assertEquals(Optional.of(new ListIntroduction.Captioned(new ListIntroduction(Field.QUERY_PARAMETERS, true, true),
        "")), ListIntroduction.ofRequiredCaption("필수", Field.QUERY_PARAMETERS, false));
    assertTrue(ListIntroduction.ofRequiredCaption("Wymagane", Field.RESPONSES, false).isEmpty());
    assertTrue(ListIntroduction.ofRequiredCaption("required", Field.REQUEST_PARAMETERS, false).isEmpty(),
        "a body's badge");
    assertEquals(Optional.of(new ListIntroduction.Captioned(new ListIntroduction(Field.QUERY_PARAMETERS, false, true),
        "")), ListIntroduction.ofRequiredCaption("opcjonalne", Field.QUERY_PARAMETERS, true), "an item over its items");
  }

  @Test
  void aSentenceEndingInAColonThatSpeaksOfTheAnswerIntroducesItsItems() {
    assertTrue(ListIntroduction.introducesAnswer("The response consists of a dictionary with the following keys:"));
    assertTrue(ListIntroduction.introducesAnswer("Creates a user. It returns these fields:"));
    assertFalse(ListIntroduction.introducesAnswer("The endpoint supports two parameters:"));
    assertFalse(ListIntroduction.introducesAnswer("The response is described below."));
  }
}
