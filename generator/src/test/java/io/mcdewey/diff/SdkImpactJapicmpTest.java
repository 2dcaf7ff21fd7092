package io.mcdewey.diff;

import static io.mcdewey.diff.Models.changed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.codegen.SdkGenerator;
import io.mcdewey.codegen.output.GeneratedFile;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Api;
import io.mcdewey.model.Deprecation;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import io.mcdewey.testing.Compiler;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK impact of every change kind agrees with japicmp. For each kind, the sample release 4.0 of the Northwind
 * guide is edited so that the diff reports exactly one change of that kind; McDewey generates the SDKs of both
 * models, the test compiles them, and japicmp compares the jars: binary and source compatibility are what the kind
 * says. Then the whole release 4.1 against 4.0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkImpactJapicmpTest {
  private static final String PACKAGE = "com.example.northwind";

  @TempDir
  static Path work;

  /** The models compared, by the name of the edit that made them from the sample ({@code original}). */
  private final Map<String, Api> models = new HashMap<>();
  /** The jar of each model's SDK, by the name of the edit that made the model. */
  private final Map<String, Path> jars = new HashMap<>();
  private final List<String> disagreements = new ArrayList<>();
  private final Set<ChangeKind> checked = EnumSet.noneOf(ChangeKind.class);

  @BeforeAll
  void readTheSample() {
    models.put("original", SampleReleasesTest.read(SampleReleasesTest.OLD).api());
  }

  @Test
  void everyKindsSdkImpactAgreesWithJapicmp() throws Exception {
    check(ChangeKind.BASE_URI_CHANGED, "original", edit("other port", api -> Models.withBaseUri(api,
        "https://{FQDN}:9443")));
    check(ChangeKind.OPERATION_ADDED, edit("without Delete Reason Code", api -> without(api,
        "reasoncode-delete-reason-code")), "original");
    check(ChangeKind.OPERATION_REMOVED, "original", "without Delete Reason Code");
    check(ChangeKind.OPERATION_DEPRECATED, "original", edit("Get Call deprecated", api -> operation(api,
        "call-get-call", o -> changed(o, b -> b.deprecation(new Deprecation("This API is deprecated."))))));
    check(ChangeKind.OPERATION_UNDEPRECATED, "Get Call deprecated", "original");
    check(ChangeKind.OPERATION_RENAMED, "original", edit("Get Call renamed", api -> operation(api, "call-get-call",
        o -> changed(o, b -> b.title("Call—Fetch a Call")))));
    check(ChangeKind.METHOD_CHANGED, "original", edit("Hold posted", api -> operation(api, "call-hold-a-call",
        o -> changed(o, b -> b.method("POST")))));
    check(ChangeKind.PATH_CHANGED, "original", edit("Delete Reason Code moved", api -> operation(api,
        "reasoncode-delete-reason-code", o -> changed(o, b -> b.path("/northwind/api/ReasonCodes/{reasonCodeId}")))));
    check(ChangeKind.ACTION_FIELD_CHANGED, "original", edit("Hold parks", api -> operation(api, "call-hold-a-call",
        o -> Models.withParameter(Models.withImpliedValues(o, List.of(new ImpliedValue("requestedAction", "PARK"))),
            "requestedAction", p -> p.withAllowedValues(List.of("PARK"))))));
    check(ChangeKind.PARAMETER_ADDED_REQUIRED, "original", edit("Get Agent with a required view", api -> operation(api,
        "agent-get-agent", o -> changed(o, b -> b.addParameter(Parameter.of("view", ParameterLocation.QUERY,
            true))))));
    check(ChangeKind.PARAMETER_ADDED_OPTIONAL, "original", edit("Sign Out with an optional cause", api -> operation(api,
        "agent-sign-out", o -> changed(o, b -> b.addParameter(Parameter.of("cause", ParameterLocation.QUERY,
            false))))));
    check(ChangeKind.PARAMETER_REMOVED, "original", edit("Sign Out without its reason code", api -> operation(api,
        "agent-sign-out", o -> changed(o, b -> b.parameters(o.parameters().stream()
            .filter(p -> !p.name().equals("reasonCodeId")).toList())))));
    check(ChangeKind.PARAMETER_BECAME_REQUIRED, "original", edit("forAll required", api -> operation(api,
        "reasoncode-create-reason-code", o -> Models.withParameter(o, "forAll", p -> p.withRequired(true)))));
    check(ChangeKind.PARAMETER_BECAME_OPTIONAL, "original", edit("Hold target optional", api -> operation(api,
        "call-hold-a-call", o -> Models.withParameter(o, "targetMediaAddress", p -> p.withRequired(false)))));
    check(ChangeKind.PARAMETER_LOCATION_CHANGED, "original", edit("fromAddress in the query", api -> operation(api,
        "call-make-a-call", o -> Models.withParameter(o, "fromAddress", p -> new Parameter(p.name(),
            ParameterLocation.QUERY, p.required(), p.description(), p.type(), p.allowedValues(), p.parent())))));
    check(ChangeKind.PARAMETER_VALUES_ADDED, "original", edit("WORK reason codes", api -> enumValues(operation(api,
        "reasoncode-create-reason-code", o -> Models.withParameter(o, "category",
            p -> p.withAllowedValues(List.of("NOT_READY", "LOGOUT", "WORK")))), "ReasonCode", "category",
        List.of("NOT_READY", "LOGOUT", "WORK"))));
    check(ChangeKind.PARAMETER_VALUES_REMOVED, "original", edit("no WORK state", api -> enumValues(operation(api,
        "agent-change-agent-state", o -> Models.withParameter(o, "state",
            p -> p.withAllowedValues(List.of("READY", "NOT_READY")))), "Agent", "state",
        List.of("LOGIN", "LOGOUT", "READY", "NOT_READY"))));
    check(ChangeKind.REQUEST_FIELD_ADDED, "original", edit("Hold sends a tone", api -> requestField(api, "tone")));
    check(ChangeKind.REQUEST_FIELD_REMOVED, "Hold sends a tone", "original");
    check(ChangeKind.REQUEST_FIELD_TYPE_CHANGED, "original", edit("holdTone a number", api -> field(api, "Call",
        "holdTone", f -> new SchemaProperty(f.name(), PropertyType.INTEGER, null, false, List.of(), ""))));
    check(ChangeKind.RESPONSE_STATUS_ADDED, "original", edit("Get Call may be 418", api -> operation(api,
        "call-get-call", o -> changed(o, b -> b.addResponse(new Response(418, "I'm a teapot", ""))))));
    check(ChangeKind.RESPONSE_STATUS_REMOVED, "Get Call may be 418", "original");
    check(ChangeKind.RESPONSE_FIELD_ADDED, "original", edit("Queue with a service level", api -> schema(api, "Queue",
        s -> new Schema(s.name(), s.xmlName(), s.description(), Stream.concat(s.properties().stream(),
            Stream.of(Models.field("serviceLevel", PropertyType.STRING))).toList(), s.source()))));
    check(ChangeKind.RESPONSE_FIELD_REMOVED, "Queue with a service level", "original");
    check(ChangeKind.RESPONSE_FIELD_TYPE_CHANGED, "original", edit("Queue name a number", api -> field(api, "Queue",
        "name", f -> new SchemaProperty(f.name(), PropertyType.INTEGER, null, false, List.of(), ""))));
    check(ChangeKind.NOTIFICATION_ADDED, "original", edit("Get Call notifies", api -> operation(api, "call-get-call",
        o -> changed(o, b -> b.addNotificationTriggered("Call notification")))));
    check(ChangeKind.NOTIFICATION_REMOVED, "Get Call notifies", "original");
    check(ChangeKind.SECURITY_CHANGED, "original", edit("Get Call for supervisors", api -> operation(api,
        "call-get-call", o -> changed(o, b -> b.securityConstraints("Only supervisors can get calls.")))));
    check(ChangeKind.SECURITY_REWORDED, "original", edit("Get Call reworded", api -> operation(api, "call-get-call",
        o -> changed(o, b -> b.securityConstraints("Agents can get a call they take part in.")))));
    check(ChangeKind.DESCRIPTION_CHANGED, "original", edit("Get Call described", api -> operation(api, "call-get-call",
        o -> changed(o, b -> b.description("This API returns one call.")))));
    check(ChangeKind.NOTES_CHANGED, "original", edit("Get Call noted", api -> operation(api, "call-get-call",
        o -> changed(o, b -> b.addNote("Ended calls are kept for a day.")))));

    assertEquals(List.of(), disagreements);
    assertEquals(EnumSet.allOf(ChangeKind.class), checked, "kinds checked against japicmp");
  }

  @Test
  void theSampleReleasesSdksAreIncompatibleAsTheDiffSays() throws Exception {
    Api original = models.get("original");
    Api next = SampleReleasesTest.read(SampleReleasesTest.NEW).api();
    DiffReport report = new DiffReport(new Release("v4.0", original), new Release("v4.1", next),
        ApiDiff.withDefaults().compare(original, next));

    Compatibility japicmp = japicmp(jar("original", original), jar("release 4.1", next));

    assertTrue(report.breakingSdk() > 0, report.impact());
    assertEquals(new Compatibility(false, false), japicmp);
  }

  /** Makes a model from the original by the edit, and names it. */
  private String edit(String name, UnaryOperator<Api> edit) {
    models.put(name, edit.apply(models.get("original")));
    return name;
  }

  /**
   * Checks that the diff between the models of these names is one change of the kind, and records whether japicmp
   * agrees with the kind's SDK impact.
   */
  private void check(ChangeKind kind, String before, String after) throws Exception {
    Api old = models.get(before);
    Api now = models.get(after);
    List<ChangeKind> found = ApiDiff.withDefaults().compare(old, now).stream().map(Change::kind).toList();
    assertEquals(List.of(kind), found, "the edit '" + after + "' against '" + before + "'");
    Compatibility japicmp = japicmp(jar(before, old), jar(after, now));
    if (japicmp.binary() != kind.sdk().binaryCompatible() || japicmp.source() != kind.sdk().sourceCompatible()) {
      disagreements.add(kind.id() + ": McDewey says " + kind.sdk().wireName() + ", japicmp says binary "
          + (japicmp.binary() ? "" : "in") + "compatible, source " + (japicmp.source() ? "" : "in") + "compatible");
    }
    checked.add(kind);
  }

  /** Binary and source compatibility, as japicmp finds them. */
  private record Compatibility(boolean binary, boolean source) {}

  private static Compatibility japicmp(Path oldJar, Path newJar) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    List<JApiClass> classes = new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(oldJar.toFile(), "old"), new JApiCmpArchive(newJar.toFile(), "new"));
    List<JApiCompatibility> elements = new ArrayList<>();
    for (JApiClass type : classes) {
      elements.add(type);
      elements.addAll(type.getMethods());
      elements.addAll(type.getConstructors());
      elements.addAll(type.getFields());
    }
    return new Compatibility(elements.stream().allMatch(JApiCompatibility::isBinaryCompatible),
        elements.stream().allMatch(JApiCompatibility::isSourceCompatible));
  }

  /** The jar of the model's SDK, generated, compiled and packed once per name. */
  private Path jar(String name, Api api) throws Exception {
    Path known = jars.get(name);
    if (known != null) {
      return known;
    }
    Path dir = work.resolve("sdk-" + jars.size());
    for (GeneratedFile file : new SdkGenerator(TemplateRenderer.builtIn())
        .sources(api, SdkGenerator.Options.defaults(PACKAGE, api))) {
      Path target = dir.resolve("src").resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.write(target, file.bytes());
    }
    Compiler.compile(dir.resolve("src"), dir.resolve("classes"));
    Path jar = dir.resolve("sdk.jar");
    pack(dir.resolve("classes"), jar);
    jars.put(name, jar);
    return jar;
  }

  private static void pack(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        entries.write(Files.readAllBytes(file));
        entries.closeEntry();
      }
    }
  }

  private static Api without(Api api, String id) {
    return withOperations(api, api.operations().stream().filter(o -> !o.id().equals(id)).toList());
  }

  private static Api operation(Api api, String id, UnaryOperator<Operation> edit) {
    return withOperations(api, api.operations().stream().map(o -> o.id().equals(id) ? edit.apply(o) : o).toList());
  }

  private static Api withOperations(Api api, List<Operation> operations) {
    return new Api(api.product(), api.version(), api.title(), api.profile(), api.baseUri(), operations,
        api.schemas(), api.diagnostics());
  }

  private static Api schema(Api api, String name, UnaryOperator<Schema> edit) {
    return new Api(api.product(), api.version(), api.title(), api.profile(), api.baseUri(), api.operations(),
        api.schemas().stream().map(s -> s.name().equals(name) ? edit.apply(s) : s).toList(), api.diagnostics());
  }

  private static Api field(Api api, String schema, String field, UnaryOperator<SchemaProperty> edit) {
    return schema(api, schema, s -> new Schema(s.name(), s.xmlName(), s.description(), s.properties().stream()
        .map(p -> p.name().equals(field) ? edit.apply(p) : p).toList(), s.source()));
  }

  /** The enumerated values of a schema's field, as the guide lists them when a parameter's values change. */
  private static Api enumValues(Api api, String schema, String field, List<String> values) {
    return field(api, schema, field, f -> new SchemaProperty(f.name(), f.type(), f.ref(), f.repeated(), values,
        f.description(), f.attribute()));
  }

  /** A field the Hold request's example shows, added to the Call schema. */
  private static Api requestField(Api api, String name) {
    Api sent = operation(api, "call-hold-a-call", o -> changed(o, b -> b.requestBody(new RequestBody(
        o.requestBody().mediaType(), o.requestBody().schema(), List.of(new Example(Example.Kind.REQUEST, "",
        "application/xml", "<Call><requestedAction>HOLD</requestedAction><" + name + ">x</" + name + "></Call>"))))));
    return schema(sent, "Call", s -> new Schema(s.name(), s.xmlName(), s.description(), Stream.concat(
        s.properties().stream(), Stream.of(Models.field(name, PropertyType.STRING))).toList(), s.source()));
  }
}
