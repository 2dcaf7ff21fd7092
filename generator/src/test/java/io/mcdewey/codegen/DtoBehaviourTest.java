package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;
import static io.mcdewey.testing.Reflection.callStatic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the generated DTOs behave, compiled from the sample guide (and the awkward shapes) and called in the test. */
class DtoBehaviourTest {
  private static final Sdk SAMPLE = new Sdk(DtoFixtures.SAMPLE_PACKAGE);
  private static final Sdk AWKWARD = new Sdk("com.example.awkward");

  @TempDir
  static Path work;

  /** A generated SDK's DTOs, compiled and loaded. */
  private static final class Sdk {
    final String basePackage;
    ClassLoader classes;

    Sdk(String basePackage) {
      this.basePackage = basePackage;
    }

    Class<?> type(String name) {
      try {
        return classes.loadClass(basePackage + ".model." + name);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
  }

  @BeforeAll
  static void compile() {
    SAMPLE.classes = DtoFixtures.compile(SdkSymbols.of(DtoFixtures.sample(), SAMPLE.basePackage), work.resolve("s"));
    AWKWARD.classes = DtoFixtures.compile(SdkSymbols.of(DtoFixtures.awkward(), AWKWARD.basePackage), work.resolve("a"));
  }

  @Test
  void readsChildElementsTrimmedAndPassesOverUnknownOnes() {
    Object agent = fromXml("Agent", "<Agent> <uri> /a/1 </uri> <mood><deep>x</deep></mood> <state>READY</state>"
        + " <lastName>Doe<!-- c --></lastName> </Agent>");

    assertEquals("/a/1", call(agent, "uri"));
    assertEquals("READY", call(agent, "state").toString());
    assertEquals("Doe", call(agent, "lastName"));
    assertNull(call(agent, "firstName"));
  }

  @Test
  void theRootElementMayHaveAnyName() {
    Object agent = fromXml("Agent", "<member><id>7</id></member>");

    assertEquals("7", call(agent, "id"));
    assertEquals("<Agent><id>7</id></Agent>", call(agent, "toXml"));
  }

  @Test
  void writesChildrenInSchemaOrderWithoutAbsentValuesOrDeclaration() {
    Object agent = fromXml("Agent", "<Agent><state>READY</state><extension>1001</extension><uri>/a/1</uri></Agent>");

    assertEquals("<Agent><uri>/a/1</uri><extension>1001</extension><state>READY</state></Agent>",
        call(agent, "toXml"));
  }

  @Test
  void anEnumValueTheGuideDoesNotNameReadsAsTheFallbackAndIsWrittenBackUnchanged() {
    Object agent = fromXml("Agent", "<Agent><state>ON_BREAK</state></Agent>");

    assertEquals("UNRECOGNIZED", call(agent, "state").toString());
    assertEquals("ON_BREAK", call(agent, "stateValue"));
    assertEquals("<Agent><state>ON_BREAK</state></Agent>", call(agent, "toXml"));
  }

  @Test
  void theFallbackConstantHasNoWireValueSoItCannotBeSet() {
    Object unrecognized = constant("Agent$State", "UNRECOGNIZED");

    RuntimeException e = assertThrows(IllegalStateException.class, () -> call(builder("Agent"), "state", unrecognized));
    assertEquals("State.UNRECOGNIZED has no wire value; the DTO keeps the text in stateValue", e.getMessage());
  }

  @Test
  void fromValueNeverThrows() {
    Class<?> state = SAMPLE.type("Agent$State");

    assertEquals("READY", callStatic(state, "fromValue", "READY").toString());
    assertEquals("UNRECOGNIZED", callStatic(state, "fromValue", "ready").toString());
    assertNull(callStatic(state, "fromValue", (Object) null));
  }

  @Test
  void settingTheConstantSetsItsWireValue() {
    Object agent = call(call(builder("Agent"), "state", constant("Agent$State", "NOT_READY")), "build");

    assertEquals("NOT_READY", call(agent, "stateValue"));
  }

  @Test
  void wrappedListsReadTheirItemsAndSkipOtherChildren() {
    Object call = fromXml("Call", "<Call><participants> <Participant><mediaAddress>1001</mediaAddress>"
        + "<actions><action>ANSWER</action><action>DROP</action></actions></Participant> <note/>"
        + " <Participant><mediaAddress>1002</mediaAddress></Participant> </participants></Call>");

    List<?> participants = (List<?>) call(call, "participants");
    assertEquals(2, participants.size());
    assertEquals("1002", call(participants.get(1), "mediaAddress"));
    assertEquals(List.of("ANSWER", "DROP"), call(participants.get(0), "actions"));
  }

  @Test
  void repeatedElementsWithoutWrapperAreCollected() {
    Object errors = fromXml("ApiErrors", "<ApiErrors><ApiError><ErrorType>a</ErrorType></ApiError>"
        + "<ApiError><ErrorType>b</ErrorType></ApiError></ApiErrors>");

    List<?> items = (List<?>) call(errors, "apiError");
    assertEquals(List.of("a", "b"), items.stream().map(item -> call(item, "errorType")).toList());
  }

  @Test
  void emptyListsAreWrittenAsNothingWrapperIncluded() {
    Object call = fromXml("Call", "<Call><id>1</id><participants/></Call>");

    assertEquals(List.of(), call(call, "participants"));
    assertEquals("<Call><id>1</id></Call>", call(call, "toXml"));
  }

  @Test
  void listsAreNeverNullAndCannotBeChanged() {
    Object empty = call(builder("Agent"), "build");
    List<String> groups = new ArrayList<>(List.of("Billing"));
    Object agent = call(call(builder("Agent"), "skillGroups", groups), "build");
    groups.add("Sales");

    assertEquals(List.of(), call(empty, "skillGroups"));
    assertEquals(List.of("Billing"), call(agent, "skillGroups"));
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) call(agent, "skillGroups")).clear());
  }

  @Test
  void theConstructorOfThePropertiesAloneTakesNullLists() throws ReflectiveOperationException {
    Class<?> agent = SAMPLE.type("Agent");
    Object[] arguments = new Object[11];
    arguments[5] = constant("Agent$State", "READY");

    Object created = agent.getConstructor(Arrays.stream(agent.getRecordComponents())
        .filter(c -> !c.getName().equals("stateValue")).map(c -> c.getType()).toArray(Class<?>[]::new))
        .newInstance(arguments);

    assertEquals(List.of(), call(created, "skillGroups"));
    assertEquals("READY", call(created, "stateValue"));
  }

  @Test
  void booleansAreReadInAnyCaseAndAsDigits() {
    assertEquals(true, call(fromXml("ReasonCode", "<ReasonCode><forAll>TRUE</forAll></ReasonCode>"), "forAll"));
    assertEquals(false, call(fromXml("ReasonCode", "<ReasonCode><forAll>0</forAll></ReasonCode>"), "forAll"));
    assertNull(call(fromXml("ReasonCode", "<ReasonCode><forAll/></ReasonCode>"), "forAll"));
  }

  @Test
  void aBooleanElementHoldingSomethingElseKeepsItsTextAndWritesItBack() {
    Object reasonCode = fromXml("ReasonCode", "<ReasonCode>\n<forAll>yes</forAll></ReasonCode>");

    assertNull(call(reasonCode, "forAll"));
    assertEquals("yes", call(reasonCode, "forAllValue"));
    assertEquals("<ReasonCode><forAll>yes</forAll></ReasonCode>", call(reasonCode, "toXml"));
  }

  @Test
  void malformedXmlIsAnErrorSayingWhere() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> fromXml("Agent", "<Agent><uri>x</Agent>"));

    assertEquals("XmlException", e.getClass().getSimpleName());
    assertTrue(e.getMessage().startsWith("cannot read XML: The element type \"uri\" must be terminated"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(line 1, column 16)"), e.getMessage());
  }

  @Test
  void anEmptyBodyIsAnError() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> fromXml("Agent", " "));

    assertEquals("cannot read XML: Premature end of file. (line 1, column 2)", e.getMessage());
  }

  @Test
  void entitiesAreNeitherResolvedNorExpanded() {
    Object agent = fromXml("Agent", "<!DOCTYPE Agent [<!ENTITY secret SYSTEM \"file:///etc/hostname\">"
        + "<!ENTITY lol \"lol\">]><Agent><uri>&secret;</uri><id>&lol;&lol;</id><lastName>a &amp; b</lastName></Agent>");

    assertEquals("", call(agent, "uri"));
    assertEquals("", call(agent, "id"));
    assertEquals("a & b", call(agent, "lastName"));
  }

  @Test
  void toBuilderCopiesAndTheCopyIsEqualUntilChanged() {
    Object agent = fromXml("Agent", "<Agent><uri>/a/1</uri><state>ON_BREAK</state>"
        + "<skillGroups><skillGroup>Billing</skillGroup></skillGroups></Agent>");

    Object copy = call(call(agent, "toBuilder"), "build");
    Object changed = call(call(call(agent, "toBuilder"), "addSkillGroup", "Sales"), "build");

    assertEquals(agent, copy);
    assertNotSame(agent, copy);
    assertEquals(List.of("Billing", "Sales"), call(changed, "skillGroups"));
    assertEquals("ON_BREAK", call(changed, "stateValue"));
  }

  @Test
  void whatIsWrittenReadsBackEqual() {
    Object call = fromXml("Call", "<Call><uri>/c/1</uri><state>HELD</state><callVariables><callVariable>"
        + "<name>a</name><value>&lt;1&gt;</value></callVariable></callVariables><participants><Participant>"
        + "<state>RINGING</state></Participant></participants></Call>");

    assertEquals(call, fromXml("Call", (String) call(call, "toXml")));
  }

  @Test
  void listsOfEnumsKeepEachUnknownValue() {
    Object shapes = fromXml(AWKWARD, "Shapes", "<Shapes><states>B</states><states>Z</states><states>A</states>"
        + "<flags>true</flags><flags>0</flags></Shapes>");

    assertEquals("[B, UNRECOGNIZED, A]", call(shapes, "states").toString());
    assertEquals(List.of("B", "Z", "A"), call(shapes, "statesValues"));
    assertEquals(List.of(true, false), call(shapes, "flags"));
    assertEquals("<Shapes><states>B</states><states>Z</states><states>A</states><flags>true</flags>"
        + "<flags>0</flags></Shapes>", call(shapes, "toXml"));
  }

  @Test
  void wrappedObjectsWrappedTextsAndRecursionReadAndWriteBack() {
    Object shapes = fromXml(AWKWARD, "Shapes", "<Shapes><class>c</class><self><item>i</item></self>"
        + "<items><Item><name>n</name></Item></items><tags><tag>t1</tag><tag>t2</tag></tags>"
        + "<string2><value>v</value></string2></Shapes>");

    assertEquals("i", call(call(shapes, "self"), "item"));
    assertEquals("n", call(((List<?>) call(shapes, "items")).get(0), "name"));
    assertEquals(List.of("t1", "t2"), call(shapes, "tags"));
    assertEquals("v", call(call(shapes, "string2"), "value"));
    assertEquals(shapes, fromXml(AWKWARD, "Shapes", (String) call(shapes, "toXml")));
  }

  private static Object fromXml(String dto, String xml) {
    return fromXml(SAMPLE, dto, xml);
  }

  private static Object fromXml(Sdk sdk, String dto, String xml) {
    return callStatic(sdk.type(dto), "fromXml", xml);
  }

  private static Object builder(String dto) {
    return callStatic(SAMPLE.type(dto), "builder");
  }

  private static Object constant(String enumType, String name) {
    return Arrays.stream(SAMPLE.type(enumType).getEnumConstants()).filter(c -> c.toString().equals(name))
        .findFirst().orElseThrow();
  }
}
