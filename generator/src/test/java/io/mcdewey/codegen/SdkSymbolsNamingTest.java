package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that survive the next release of a guide, and what the SDK says it leaves out. */
class SdkSymbolsNamingTest {
  private static final Provenance PAGE_117 = new Provenance("guide.jsonl", 117, "g::117", 0);

  @Test
  void anUntitledOperationIsNamedByTheValueItFixes() {
    Operation barge = Operation.builder("post-api-user-id-dialogs-barge-call", PAGE_117)
        .method("POST").path("/api/User/{id}/Dialogs")
        .addImpliedValue(new ImpliedValue("requestedAction", "BARGE_CALL"))
        .build();

    assertEquals(List.of("bargeCall"), methodNames(barge));
  }

  @Test
  void anUntitledOperationFixingNoValueIsNamedByItsMethodAndPath() {
    Operation list = Operation.builder("post-api-user-id-dialogs", PAGE_117).method("POST")
        .path("/api/User/{id}/Dialogs").build();
    Operation one = Operation.builder("get-api-dialog-dialogid", PAGE_117).method("GET")
        .path("/api/Dialog/{dialogId}").build();

    assertEquals(List.of("postDialogs", "getDialogByDialogId"), methodNames(list, one));
  }

  @Test
  void payloadsThatAreNoApiBodyAreListedAsOmissions() {
    Diagnostic webPage = new Diagnostic(Severity.INFO, "non-api-payload", "a web page (<html>) is printed here; it"
        + " is no API body and no schema is made of it", new Provenance("guide.jsonl", 205, "g::205", 0));
    Api api = new Api("p", "", "", "", "", List.of(), List.of(), List.of(webPage));

    assertTrue(SdkSymbols.of(api, "com.example").omissions().contains("page 205: a web page (<html>) is printed"
        + " here; it is no API body and no schema is made of it"));
  }

  private static List<String> methodNames(Operation... operations) {
    Api api = new Api("p", "", "", "", "", List.of(operations), List.of(), List.of());
    return SdkSymbols.of(api, "com.example").groups().stream()
        .flatMap(group -> group.operations().stream())
        .map(OperationSymbol::methodName)
        .toList();
  }
}
