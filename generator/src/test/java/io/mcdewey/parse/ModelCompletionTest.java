package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every layout's reading is completed with. */
class ModelCompletionTest {
  private static final Provenance PAGE_117 = new Provenance("guide.jsonl", 117, "g::117", 0);

  @Test
  void anUntitledOperationIsNamedByItsMethodPathAndTheValueItFixesNotByItsPage() {
    Operation untitled = Operation.builder(OperationIds.untitled("POST", null, PAGE_117), PAGE_117)
        .method("POST").path("/finesse/api/User/{id}/Dialogs")
        .addParameter(new Parameter("requestedAction", ParameterLocation.BODY, true, "", "", List.of("BARGE_CALL"),
            null))
        .requestBody(new RequestBody("application/xml", null, List.of(new Example(Example.Kind.REQUEST, "", "",
            "<Dialog><requestedAction>BARGE_CALL</requestedAction></Dialog>"))))
        .build();

    Operation named = ModelCompletion.operations(List.of(untitled)).get(0);

    assertEquals("post-finesse-api-user-id-dialogs-barge-call", named.id());
  }

  @Test
  void anUntitledOperationWithoutAVisiblePathKeepsTheNameOfItsPlace() {
    Operation untitled = Operation.builder(OperationIds.untitled("POST", null, PAGE_117), PAGE_117).method("POST").build();

    assertEquals("untitled-post-page-117", ModelCompletion.operations(List.of(untitled)).get(0).id());
  }
}
