package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredNamesTest {

  @Test
  void namesStandingAloneAreRequiredAndQualifiedOnesAreNot() {
    assertEquals(Optional.of(List.of("shareType", "path")),
        RequiredNames.of("Mandatory fields: shareType, path and shareWith for shareType 0 or 1."));
    assertEquals(Optional.of(List.of("name", "breed")), RequiredNames.of("Required parameters: `name`, `breed`"));
  }

  @Test
  void otherLinesNameNone() {
    assertEquals(Optional.empty(), RequiredNames.of("Required fields:"));
    assertEquals(Optional.empty(), RequiredNames.of("The required fields are name and breed."));
    assertEquals(Optional.of(List.of()),
        RequiredNames.of("Required fields: carrier, or `tracking_url` for own couriers."), "alternatives");
  }

  @Test
  void theNamesAreMarkedOnlyWhereTheirTableLeavesItUnsaid() {
    MarkdownPart part = new MarkdownPart();
    part.addParameter(new MarkdownParameter("name", null, null, "", "", List.of()));
    part.addParameter(new MarkdownParameter("breed", null, false, "", "", List.of()));

    part.markRequired(List.of("name", "breed"));

    assertEquals(List.of(true, false), part.parameters.stream().map(MarkdownParameter::required).toList());
  }
}
