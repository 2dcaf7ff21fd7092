package io.mcdewey.parse.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.PropertyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed values only where the type column and every example agree. */
class ScalarTypesTest {

  @Test
  void examplesThatAllAgreeGiveTheirType() {
    assertEquals(PropertyType.BOOLEAN, ScalarTypes.of("forAll", List.of("true", "FALSE"), List.of()));
    assertEquals(PropertyType.DATE_TIME,
        ScalarTypes.of("stateChangeTime", List.of("2014-05-27T00:33:44.836Z", "2012-03-01T17:58:21Z"), List.of()));
    assertEquals(PropertyType.INTEGER, ScalarTypes.of("maxDialogLimit", List.of("10", "-1"), List.of()));
    assertEquals(PropertyType.LONG, ScalarTypes.of("duration", List.of("5", "9000000000"), List.of()));
  }

  @Test
  void oneDisagreeingExampleLeavesText() {
    assertEquals(PropertyType.STRING, ScalarTypes.of("errorData", List.of("265", "state"), List.of()));
    assertEquals(PropertyType.STRING, ScalarTypes.of("callbackTime", List.of("2014-03-07T14:30"), List.of()));
    assertEquals(PropertyType.STRING, ScalarTypes.of("forAll", List.of("true", "yes"), List.of("Boolean")));
    assertEquals(PropertyType.STRING, ScalarTypes.of("count", List.of("7", "many"), List.of("Integer")));
  }

  @Test
  void digitsOfAnIdentifierOrAFreeValueStayText() {
    for (String name : List.of("id", "loginId", "reasonCodeId", "extension", "queueNumber", "callKeySequenceNum",
        "DNIS", "code", "dialNumber", "mediaId", "ErrorMedia", "value")) {
      assertEquals(PropertyType.STRING, ScalarTypes.of(name, List.of("1001", "1002"), List.of()), name);
    }
  }

  @Test
  void oneExampleOfDigitsIsTooLittleForANumber() {
    assertEquals(PropertyType.STRING, ScalarTypes.of("maxDialogLimit", List.of("10"), List.of()));
  }

  @Test
  void theTypeColumnDecidesWhereExamplesSayNothingElse() {
    assertEquals(PropertyType.INTEGER, ScalarTypes.of("code", List.of("12"), List.of("Integer")));
    assertEquals(PropertyType.LONG, ScalarTypes.of("size", List.of(), List.of("Long")));
    assertEquals(PropertyType.BOOLEAN, ScalarTypes.of("systemCode", List.of(), List.of("Boolean")));
    assertEquals(PropertyType.STRING, ScalarTypes.of("duration", List.of("30"), List.of("String")));
    assertEquals(PropertyType.STRING, ScalarTypes.of("label", List.of(), List.of()));
  }

  @Test
  void instantsAreToldWithoutParsingTextThatCannotBeOne() {
    assertTrue(ScalarTypes.isInstant("+12014-05-27T00:33:44Z"));
    assertTrue(ScalarTypes.isInstant("2014-05-27t00:33:44.5z"));
    assertFalse(ScalarTypes.isInstant("Tuesday 2014-05-27T00:33:44Z"));
    assertFalse(ScalarTypes.isInstant("2014-05-27"));
    assertFalse(ScalarTypes.isInstant(""));
  }
}
