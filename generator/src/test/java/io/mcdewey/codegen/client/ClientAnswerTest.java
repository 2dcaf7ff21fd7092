package io.mcdewey.codegen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.model.Api;
import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a client method asks for and gives back, by the media type the guide names for the answer. */
class ClientAnswerTest {
  private static final Provenance SOURCE = new Provenance("guide.md", null, null, 1);

  @Test
  void aJsonAnswerOfNoKnownShapeIsAskedForAndReadIntoItsMembers() {
    ClientAnswer answer = answer("application/json");

    assertEquals("application/json", answer.accept());
    assertEquals("java.util.Map<java.lang.String, java.lang.Object>", answer.body().toString());
    assertEquals("com.example.model.Json::members", answer.reader().toString());
  }

  @Test
  void aJsonArrayTheGuidePrintsIsReadIntoItsItems() {
    ClientAnswer answer = answer(Operation.builder("list-widgets", SOURCE).addExample(
        new Example(Example.Kind.RESPONSE, "", "", " [\"a\", \"b\"]")), "application/json");

    assertEquals("java.util.List<java.lang.Object>", answer.body().toString());
    assertEquals("com.example.model.Json::items", answer.reader().toString());
  }

  @Test
  void anotherStatedTypeIsAskedForAndTheBodyLeftAsReceived() {
    assertEquals("text/html", answer("text/html").accept());
    assertNull(answer("text/html").body());
    assertEquals("application/vnd.acme+xml", answer("application/vnd.acme+xml").accept());
  }

  @Test
  void plainXmlOrNothingStatedKeepsTheClientsDefault() {
    assertNull(answer("application/xml").accept());
    assertNull(answer("").accept());
    assertEquals("java.lang.Void", answer("").result().toString());
  }

  private static ClientAnswer answer(String mediaType) {
    return answer(Operation.builder("get-widget", SOURCE), mediaType);
  }

  private static ClientAnswer answer(Operation.Builder builder, String mediaType) {
    Operation operation = builder.group("Widget").title("Widget—Get a Widget").method("GET").path("/widgets/1")
        .responseMediaType(mediaType).build();
    SdkSymbols symbols = SdkSymbols.of(new Api("acme", "", "", "", "", List.of(operation), List.of(), List.of()),
        "com.example");
    OperationSymbol symbol = symbols.groups().get(0).operations().get(0);
    return ClientAnswer.of(symbol, symbols);
  }
}
