package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static io.mcdewey.testing.Reflection.callStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcdewey.model.Api;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes real answers take on the wire, through generated DTOs: elements that hold text in one answer and
 * elements in another, attributes, names spelt in another case, and the root's own spelling.
 */
class DtoWireShapesTest {
  private static final String MODEL = "com.example.wire.model.";
  private static final Provenance SOURCE = new Provenance("wire.md", null, null, 1);

  @TempDir
  static Path work;
  private static ClassLoader classes;

  @BeforeAll
  static void generateAndCompile() {
    SdkSymbols symbols = SdkSymbols.of(api(), "com.example.wire");
    classes = DtoFixtures.compile(symbols, work);
  }

  private static Api api() {
    List<Schema> schemas = List.of(
        new Schema("User", "User", "", List.of(
            new SchemaProperty("loginId", PropertyType.STRING, null, false, List.of(), ""),
            new SchemaProperty("dialogs", PropertyType.OBJECT, "Dialogs", false, List.of(), "")), SOURCE),
        new Schema("Dialogs", "Dialogs", "", List.of(
            new SchemaProperty("Dialog", PropertyType.OBJECT, "Dialog", true, List.of(), "")), SOURCE, true),
        new Schema("Dialog", "Dialog", "", List.of(
            new SchemaProperty("id", PropertyType.STRING, null, false, List.of(), "")), SOURCE),
        new Schema("ReasonCodes", "ReasonCodes", "", List.of(
            new SchemaProperty("category", PropertyType.ENUM, null, false, List.of("NOT_READY"), "", true),
            new SchemaProperty("ReasonCode", PropertyType.OBJECT, "ReasonCode", true, List.of(), "")), SOURCE),
        new Schema("ReasonCode", "ReasonCode", "", List.of(
            new SchemaProperty("code", PropertyType.STRING, null, false, List.of(), "")), SOURCE),
        new Schema("Update", "Update", "", List.of(
            new SchemaProperty("data", PropertyType.OBJECT, "data", false, List.of(), "")), SOURCE),
        new Schema("data", "data", "", List.of(
            new SchemaProperty("user", PropertyType.OBJECT, "User", false, List.of(), "")), SOURCE),
        new Schema("Media", "Media", "", List.of(
            new SchemaProperty("maxDialogLimit", PropertyType.INTEGER, null, false, List.of(), ""),
            new SchemaProperty("duration", PropertyType.LONG, null, false, List.of(), ""),
            new SchemaProperty("stateChangeTime", PropertyType.DATE_TIME, null, false, List.of(), ""),
            new SchemaProperty("interruptible", PropertyType.BOOLEAN, null, false, List.of(), "", true)), SOURCE));
    return new Api("wire", "", "", "", "", List.of(), schemas, List.of());
  }

  @Test
  void anElementHoldingTextKeepsItAndWritesItBack() {
    Object user = fromXml("User", "<User><loginId>7</loginId><dialogs>/api/User/7/Dialogs</dialogs></User>");

    assertEquals("/api/User/7/Dialogs", call(call(user, "dialogs"), "text"));
    assertEquals("<User><loginId>7</loginId><dialogs>/api/User/7/Dialogs</dialogs></User>", call(user, "toXml"));
  }

  @Test
  void theSameElementHoldingElementsReadsThemAndHasNoText() {
    Object user = fromXml("User", "<User><dialogs><Dialog><id>1</id></Dialog><Dialog><id>2</id></Dialog>"
        + "</dialogs></User>");

    Object dialogs = call(user, "dialogs");
    assertNull(call(dialogs, "text"));
    assertEquals(2, ((List<?>) call(dialogs, "dialog")).size());
    assertEquals("<User><dialogs><Dialog><id>1</id></Dialog><Dialog><id>2</id></Dialog></dialogs></User>",
        call(user, "toXml"));
  }

  @Test
  void aDocumentIsWrittenUnderItsRootsOwnSpelling() {
    Object dialogs = fromXml("Dialogs", "<Dialogs><Dialog><id>1</id></Dialog></Dialogs>");

    assertEquals("<Dialogs><Dialog><id>1</id></Dialog></Dialogs>", call(dialogs, "toXml"));
  }

  @Test
  void attributesAreReadAndWrittenBack() {
    Object reasonCodes = fromXml("ReasonCodes",
        "<ReasonCodes category=\"NOT_READY\"><ReasonCode><code>31</code></ReasonCode></ReasonCodes>");

    assertEquals("NOT_READY", call(reasonCodes, "categoryValue"));
    assertEquals("NOT_READY", call(call(reasonCodes, "category"), "value"));
    assertEquals("<ReasonCodes category=\"NOT_READY\"><ReasonCode><code>31</code></ReasonCode></ReasonCodes>",
        call(reasonCodes, "toXml"));
  }

  @Test
  void elementsAreKnownWhateverTheCaseTheyAreSpeltIn() {
    Object update = fromXml("Update", "<update><DATA><User><LoginId>7</LoginId></User></DATA></update>");

    assertEquals("7", call(call(call(update, "data"), "user"), "loginId"));
    assertEquals("<Update><data><user><loginId>7</loginId></user></data></Update>", call(update, "toXml"));
  }

  @Test
  void typedValuesAreReadAndTheirTextIsWrittenBack() {
    String xml = "<Media interruptible=\"1\"><maxDialogLimit>10</maxDialogLimit><duration>9000000000</duration>"
        + "<stateChangeTime>2014-05-27T00:33:44.800Z</stateChangeTime></Media>";

    Object media = fromXml("Media", xml);

    assertEquals(10, call(media, "maxDialogLimit"));
    assertEquals(9_000_000_000L, call(media, "duration"));
    assertEquals(Instant.parse("2014-05-27T00:33:44.800Z"), call(media, "stateChangeTime"));
    assertEquals(true, call(media, "interruptible"));
    assertEquals(xml, call(media, "toXml"));
  }

  @Test
  void anUnexpectedValueReadsAsNoValueAndTravelsUnchanged() {
    String xml = "<Media><maxDialogLimit>unlimited</maxDialogLimit><stateChangeTime>yesterday</stateChangeTime>"
        + "</Media>";

    Object media = fromXml("Media", xml);

    assertNull(call(media, "maxDialogLimit"));
    assertEquals("unlimited", call(media, "maxDialogLimitValue"));
    assertNull(call(media, "stateChangeTime"));
    assertEquals(xml, call(media, "toXml"));
  }

  @Test
  void aTypedValueSetInTheBuilderIsWrittenInItsWireForm() throws Exception {
    Object builder = callStatic(classes.loadClass(MODEL + "Media"), "builder");
    call(builder, "maxDialogLimit", 3);
    call(builder, "stateChangeTime", Instant.parse("2023-04-18T09:12:45Z"));

    assertEquals("<Media><maxDialogLimit>3</maxDialogLimit><stateChangeTime>2023-04-18T09:12:45Z</stateChangeTime>"
        + "</Media>", call(call(builder, "build"), "toXml"));
  }

  private static Object fromXml(String dto, String xml) {
    try {
      return callStatic(classes.loadClass(MODEL + dto), "fromXml", xml);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(dto + " was not generated", e);
    }
  }
}
