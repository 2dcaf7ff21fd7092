package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real pages of the Finesse guide edited as a next release would edit them, one change at a time: each edit is
 * reported as one row per change, of the kind and severity it has, and the swapped releases mirror it.
 */
class FinesseEditsTest {
  private static Api original;

  @TempDir
  Path dir;

  @BeforeAll
  static void readTheOriginal() throws Exception {
    original = FinesseExport.original();
  }

  @Test
  void anOptionalParameterRemovedFromARequestAndItsExampleIsOneParameterRemoval() throws Exception {
    Api withDeviceType = edit(45, text -> text
        .replace("<extension>1001001</extension> </User>",
            "<extension>1001001</extension> <deviceType>SOFT_PHONE</deviceType> </User>")
        .replace("sign in Request Parameters:", "sign in deviceType (optional): The phone of the extension"
            + " Request Parameters:"));

    assertChanges(withDeviceType, original,
        "warning parameter-removed deviceType (body) @ user-sign-in-to-finesse");
  }

  @Test
  void aRenamedOperation() throws Exception {
    Api renamed = edit(70, text -> text.replace("User—Get Wrap-Up Reason", "User—Get a Wrap-Up Reason"));

    assertChanges(original, renamed, "info operation-renamed @ user-get-a-wrap-up-reason");
  }

  @Test
  void aRequiredParameterMadeOptionalAndBack() throws Exception {
    Api optional = edit(45, text -> text.replace("extension (required)", "extension (optional)"));

    assertChanges(original, optional,
        "info parameter-became-optional extension (body) @ user-sign-in-to-finesse");
    assertChanges(optional, original,
        "error parameter-became-required extension (body) @ user-sign-in-to-finesse");
  }

  @Test
  void anEnumeratedValueRemoved() throws Exception {
    Api withoutClose = edit(124, text -> text.replace("{ACCEPT|CLOSE|REJECT}", "{ACCEPT|REJECT}")
        .replace("(ACCEPT, CLOSE, or REJECT)", "(ACCEPT or REJECT)"), 125);

    String operation = " @ dialog-accept-close-or-reject-an-outbound-option-preview-reservation";
    assertChanges(original, withoutClose, "error parameter-values-removed requestedAction (body)" + operation,
        "info description-changed parameter requestedAction" + operation);
  }

  @Test
  void aResponseElementRenamed() throws Exception {
    Api relabelled = edit(70, text -> text.replace("<label>Product Question</label>", "<text>Product Question</text>"));

    assertChanges(original, relabelled, "error response-field-removed WrapUpReason.label @ WrapUpReason",
        "info response-field-added WrapUpReason.text @ WrapUpReason");
  }

  @Test
  void anUntitledOperationWhosePathChangedIsTheSameOperation() throws Exception {
    Api moved = edit(117, text -> text.replace("/Dialogs", "/BargeDialogs"));

    assertChanges(original, moved, "error path-changed @ post-finesse-api-user-id-bargedialogs-barge-call");
  }

  /** The export with the text of the page, and of the pages after it the section runs on to, edited. */
  private Api edit(int page, UnaryOperator<String> edit, int... continuedOn) throws Exception {
    Api edited = FinesseExport.edited(dir, p -> p == page || IntStream.of(continuedOn).anyMatch(c -> c == p), edit);
    assertEquals(original.operations().size(), edited.operations().size(), "operations read from the edited copy");
    return edited;
  }

  private static void assertChanges(Api before, Api after, String... expected) {
    List<Change> forward = ApiDiff.withDefaults().compare(before, after);

    assertEquals(List.of(expected), forward.stream().map(FinesseEditsTest::describe).toList());
    Mirror.assertMirrors(forward, ApiDiff.withDefaults().compare(after, before));
  }

  private static String describe(Change change) {
    return Wording.severity(change.severity()) + " " + change.kind().id()
        + (change.element().isEmpty() ? "" : " " + change.element()) + " @ " + change.subject().id();
  }
}
