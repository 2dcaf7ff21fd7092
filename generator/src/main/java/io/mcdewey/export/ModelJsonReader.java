package io.mcdewey.export;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import io.mcdewey.model.Api;
import io.mcdewey.model.Authentication;
import io.mcdewey.model.Deprecation;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Example;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.PayloadFormat;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Response;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import io.mcdewey.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@link ModelJson}'s format back into the model. Derived members ({@code serverVariables}) are ignored. */
final class ModelJsonReader {

  /** Reads one element of the model from its JSON object. */
  @FunctionalInterface
  private interface Reading<T> {
    T from(JsonMembers json) throws ModelFormatException;
  }

  private ModelJsonReader() {}

  static Api read(String text) throws ModelFormatException {
    JsonMembers root;
    try {
      root = JsonMembers.root(Json.parse(text));
    } catch (JsonException e) {
      throw new ModelFormatException("not JSON: " + e.getMessage());
    }
    checkFormat(root);
    List<Operation> operations = each(root.objects("operations"), ModelJsonReader::operation);
    List<Schema> schemas = each(root.objects("schemas"), ModelJsonReader::schema);
    try {
      return new Api(root.string("product"), root.string("version"), root.string("title"), root.string("profile"),
          root.string("baseUri"), operations, schemas, each(root.objects("diagnostics"), ModelJsonReader::diagnostic),
          each(root.objects("authentications"), ModelJsonReader::authentication));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("not a consistent model: " + e.getMessage());
    }
  }

  private static void checkFormat(JsonMembers root) throws ModelFormatException {
    String format = root.nullableString("format");
    if (!ModelJson.FORMAT.equals(format)) {
      throw new ModelFormatException("not a McDewey model: the top-level member \"format\" is "
          + (format == null ? "missing" : "\"" + format + "\"") + "; expected \"" + ModelJson.FORMAT + "\"");
    }
    int version = root.requiredInteger("formatVersion");
    if (version != ModelJson.FORMAT_VERSION) {
      throw new ModelFormatException("McDewey model format version " + version + " is not supported; this version of"
          + " McDewey reads format version " + ModelJson.FORMAT_VERSION);
    }
  }

  private static Operation operation(JsonMembers json) throws ModelFormatException {
    Operation.Builder builder = Operation.builder(json.requiredString("id"), provenance(json.object("source")))
        .title(json.string("title"))
        .group(json.string("group"))
        .description(json.string("description"))
        .method(json.nullableString("method"))
        .path(json.nullableString("path"))
        .uriTemplate(json.nullableString("uriTemplate"))
        .responseSchema(json.nullableString("responseSchema"))
        .responseMediaType(json.string("responseMediaType"))
        .parameters(each(json.objects("parameters"), ModelJsonReader::parameter))
        .securityConstraints(json.string("securityConstraints"))
        .deprecation(deprecation(json))
        .complete(json.bool("complete", true));
    JsonMembers body = json.object("requestBody");
    if (body != null) {
      builder.requestBody(new RequestBody(body.string("mediaType"), body.nullableString("schema"),
          each(body.objects("examples"), ModelJsonReader::example)));
    }
    for (Map.Entry<String, String> implied : json.stringMap("impliedValues").entrySet()) {
      builder.addImpliedValue(new ImpliedValue(implied.getKey(), implied.getValue()));
    }
    each(json.objects("responses"), ModelJsonReader::response).forEach(builder::addResponse);
    each(json.objects("examples"), ModelJsonReader::example).forEach(builder::addExample);
    json.strings("notes").forEach(builder::addNote);
    json.strings("notificationsTriggered").forEach(builder::addNotificationTriggered);
    json.strings("platformDifferences").forEach(builder::addPlatformDifference);
    each(json.objects("extent"), ModelJsonReader::provenance).forEach(builder::addExtent);
    return builder.build();
  }

  private static Deprecation deprecation(JsonMembers json) throws ModelFormatException {
    String note = json.nullableString("deprecation");
    if (json.bool("deprecated", false)) {
      return new Deprecation(note);
    }
    if (note != null) {
      throw json.invalid("deprecation", "a note is given but \"deprecated\" is not true");
    }
    return null;
  }

  private static Parameter parameter(JsonMembers json) throws ModelFormatException {
    return new Parameter(json.requiredString("name"), json.constant("in", ParameterLocation.class),
        json.nullableBoolean("required"), json.string("description"), json.string("type"), json.strings("enum"),
        json.nullableString("parent"));
  }

  private static Response response(JsonMembers json) throws ModelFormatException {
    return new Response(json.requiredInteger("status"), json.string("reason"), json.string("description"));
  }

  private static Example example(JsonMembers json) throws ModelFormatException {
    return new Example(json.constant("kind", Example.Kind.class), json.string("name"), json.string("mediaType"),
        json.requiredString("content"));
  }

  private static Schema schema(JsonMembers json) throws ModelFormatException {
    String name = json.requiredString("name");
    String xmlName = json.nullableString("xmlName");
    return new Schema(name, xmlName == null ? name : xmlName, json.string("description"),
        each(json.objects("properties"), ModelJsonReader::property), provenance(json.object("source")),
        json.bool("hasText", false), json.nullableString("format") == null ? PayloadFormat.XML
        : json.constant("format", PayloadFormat.class));
  }

  private static SchemaProperty property(JsonMembers json) throws ModelFormatException {
    return new SchemaProperty(json.requiredString("name"), json.constant("type", PropertyType.class),
        json.nullableString("ref"), json.bool("repeated", false), json.strings("enum"), json.string("description"),
        json.bool("attribute", false));
  }

  private static Authentication authentication(JsonMembers json) throws ModelFormatException {
    return new Authentication(json.constant("scheme", Authentication.Scheme.class), json.string("statement"),
        provenance(json.object("source")));
  }

  private static Diagnostic diagnostic(JsonMembers json) throws ModelFormatException {
    return new Diagnostic(json.constant("severity", Severity.class), json.requiredString("code"),
        json.requiredString("message"), provenance(json.object("source")));
  }

  /** A provenance; an absent one reads as an unknown place. */
  private static Provenance provenance(JsonMembers json) throws ModelFormatException {
    if (json == null) {
      return new Provenance("", null, null, 0);
    }
    Integer line = json.nullableInteger("line");
    return new Provenance(json.string("file"), json.nullableInteger("page"), json.nullableString("chunkId"),
        line == null ? 0 : line);
  }

  private static <T> List<T> each(List<JsonMembers> objects, Reading<T> reading) throws ModelFormatException {
    List<T> items = new ArrayList<>();
    for (JsonMembers object : objects) {
      items.add(reading.from(object));
    }
    return items;
  }
}
