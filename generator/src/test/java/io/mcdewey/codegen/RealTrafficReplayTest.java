package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.model.Api;
import io.mcdewey.parse.Guides;
import io.mcdewey.testing.RealTraffic;
import io.mcdewey.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests that published Finesse clients send ({@link RealTraffic}), made again through the client generated
 * from the guide's pages and captured by a local server: through the typed method the client has for each, and
 * through the escape hatch (a request built by hand, its body read into the DTO of its root). Method, path, query and
 * the body's XML (the order of siblings aside) are compared, and the outcome of each is printed.
 */
class RealTrafficReplayTest {
  /** The requests the typed methods must send as the published clients do. */
  private static final int TYPED_FLOOR = 4;

  @TempDir
  Path work;
  @RegisterExtension
  static final ClientTestServer server = new ClientTestServer();

  @Test
  void eachRequestOfThePublishedClientsIsSentAsTheySendIt() throws Exception {
    Api api = Guides.detecting().read(SharedCorpus.file("finesse-v12.5/chunks.jsonl")).get(0);
    ClientSdk sdk = ClientSdk.compile(api, "com.example.finesse", work);
    Object client = sdk.client(server.baseUri(), "Agent001", "secret");
    TypedReplay typed = new TypedReplay(sdk);
    server.answer(202, "");

    List<String> report = new ArrayList<>();
    int typedIdentical = 0;
    int hatchIdentical = 0;
    for (RealTraffic.Request request : RealTraffic.requests("finesse")) {
      TypedReplay.Plan plan = typed.plan(request);
      String typedOutcome;
      if (plan.refusal() != null) {
        typedOutcome = "unsendable: " + plan.refusal();
      } else {
        typed.make(plan, client);
        Optional<String> difference = difference(request, server.nextRequest());
        typedIdentical += difference.isEmpty() ? 1 : 0;
        typedOutcome = plan.operation().methodName() + ": " + difference.orElse("identical");
      }
      call(client, "send", byHand(sdk, request));
      Optional<String> hatchDifference = difference(request, server.nextRequest());
      hatchIdentical += hatchDifference.isEmpty() ? 1 : 0;
      report.add(String.format("%-22s %-6s %-36s typed %s; by hand: %s", request.id(), request.method(),
          request.path(), typedOutcome, hatchDifference.orElse("identical")));
    }
    int count = report.size();
    System.out.printf("real requests replayed: %d; typed methods send %d identically, %d cannot be sent by one;"
        + " requests built by hand send %d identically%n", count, typedIdentical,
        report.stream().filter(line -> line.contains("typed unsendable")).count(), hatchIdentical);
    report.forEach(line -> System.out.println("  " + line));

    assertEquals(count, hatchIdentical, String.join("\n", report));
    assertTrue(typedIdentical >= TYPED_FLOOR, String.join("\n", report));
  }

  /** The request built by hand: the body read into the DTO of its root, else sent as it is. */
  private static Object byHand(ClientSdk sdk, RealTraffic.Request request) {
    Object builder = sdk.callStatic(sdk.symbols().request(), "builder", request.method(), request.path());
    if (request.query() != null) {
      for (String pair : request.query().split("&")) {
        String[] parts = pair.split("=", 2);
        builder = call(builder, "query", parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
    if (request.body() != null) {
      String root = PrintedPayloads.elementNames(request.body()).get(0);
      Optional<DtoSymbol> dto = sdk.symbols().dtos().stream().filter(d -> d.xmlName().equalsIgnoreCase(root))
          .findFirst();
      builder = dto.isPresent()
          ? call(builder, "body", sdk.callStatic(dto.get().className(), "fromXml", request.body()))
          : call(builder, "body", request.body(), "application/xml");
    }
    return call(builder, "build");
  }

  /** How the request sent differs from the real one; empty when it does not. */
  private static Optional<String> difference(RealTraffic.Request real, ClientTestServer.Request sent)
      throws XMLStreamException {
    if (!real.method().equals(sent.method())) {
      return Optional.of("method " + sent.method());
    }
    if (!real.path().equals(sent.rawPath())) {
      return Optional.of("path " + sent.rawPath());
    }
    if (!Objects.equals(real.query(), sent.rawQuery())) {
      return Optional.of("query " + sent.rawQuery());
    }
    if (real.body() == null) {
      return sent.body().isEmpty() ? Optional.empty() : Optional.of("a body where there is none");
    }
    return XmlTrees.sameAsideFromOrder(real.body(), sent.body()) ? Optional.empty()
        : Optional.of("body " + sent.body());
  }
}
