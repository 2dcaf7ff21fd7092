package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields payloads show of each element, read from XML as guides print it. */
class PayloadFieldsTest {
  private static final Schema DIALOG = schema("Dialog", "Dialog");
  private static final Schema PARTICIPANT = schema("Dialog.Participant", "Participant");

  @Test
  void childElementsAndAttributesAreFieldsOfTheirParentOnly() {
    PayloadFields fields = PayloadFields.of(List.of(
        "<?xml version=\"1.0\"?><Dialog id=\"7\"><participants><Participant><state>ACTIVE</state></Participant>"
            + "</participants></Dialog>"));

    assertTrue(fields.shows(DIALOG, "id"));
    assertTrue(fields.shows(DIALOG, "participants"));
    assertTrue(fields.shows(PARTICIPANT, "state"));
    assertFalse(fields.shows(DIALOG, "state"));
  }

  @Test
  void aStartTagPrintedForAnEndTagLeavesTheFollowingFieldsWithTheirParent() {
    PayloadFields fields = PayloadFields.of(List.of(
        "<Participant><mediaAddressType>AGENT_DEVICE<mediaAddressType></Participant>"
            + "<Participant><startTime>1</startTime></Participant>"));

    assertTrue(fields.shows(PARTICIPANT, "mediaAddressType"));
    assertTrue(fields.shows(PARTICIPANT, "startTime"));
  }

  @Test
  void jsonShowsNothing() {
    assertFalse(PayloadFields.of(List.of("{\"Dialog\": {\"id\": 7}}")).shows(DIALOG, "id"));
  }

  private static Schema schema(String name, String element) {
    return new Schema(name, element, "", List.of(), Models.SOURCE);
  }
}
