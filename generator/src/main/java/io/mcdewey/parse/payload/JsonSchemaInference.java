package io.mcdewey.parse.payload;

import io.mcdewey.model.Example;
import io.mcdewey.model.Operation;
import io.mcdewey.model.PayloadFormat;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.RequestBody;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes schemas of the JSON examples of a guide's operations: an object is a schema, a member a property.
 *
 * <p>JSON objects have no element names, so schemas are named by what the guide says they are: the object of a
 * member by the member ({@code BusinessUnit}), the items of an array by the member made singular, an answer's root by
 * the operation's resource ({@code Location API (Get, Create and Update)} answers a {@code LocationResponse}) and
 * the objects its envelope member carries ({@code Data}, {@code Items}) by the resource itself ({@code Location}),
 * which is also the schema of a request's root object. Objects of one name are merged across the guide.
 *
 * <p>Guides print a type in place of a value ({@code "Int [max length 4]"}, {@code "Bool"}, {@code "datetime
 * [yyyy-mm-ddThh:mm:ssZ]"}): such a text is the field's type, not an example of its value.
 */
public final class JsonSchemaInference {
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
  private static final Set<String> ENVELOPE_MEMBERS = Set.of("data", "items", "result", "results", "value", "values",
      "records", "content", "payload");
  private static final Pattern TYPE_TEXT = Pattern.compile("(?i)\\s*(?:optional|required)?\\s*(int(?:eger)?|bool(?:ean)?"
      + "|true/false|string|varchar|text|datetime|date|numeric|number|decimal|long)\\b.*");

  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  /**
   * What the JSON examples show.
   *
   * @param schemas one per object name, in first-seen order
   * @param operations the operations, each naming the schemas of its bodies
   */
  public record InferredJson(List<Schema> schemas, List<Operation> operations) {}

  /** What is known of one object. */
  private static final class Draft {
    final String name;
    final Provenance source;
    final Map<String, Member> members = new LinkedHashMap<>();

    Draft(String name, Provenance source) {
      this.name = name;
      this.source = source;
    }
  }

  /** What is known of one member. */
  private static final class Member {
    final String name;
    String ref;
    boolean repeated;
    boolean dateTime;
    final Set<String> values = new LinkedHashSet<>();
    final Set<String> typeWords = new LinkedHashSet<>();

    Member(String name) {
      this.name = name;
    }
  }

  private JsonSchemaInference() {}

  /** The schemas of the operations' JSON examples, none named like one of {@code taken}, and the operations. */
  public static InferredJson infer(List<Operation> operations, Set<String> taken) {
    JsonSchemaInference inference = new JsonSchemaInference();
    List<Operation> named = new ArrayList<>();
    for (Operation operation : operations) {
      named.add(inference.read(operation, taken));
    }
    List<Schema> schemas = new ArrayList<>();
    for (Draft draft : inference.drafts.values()) {
      schemas.add(new Schema(draft.name, draft.name, "", draft.members.values().stream()
          .map(JsonSchemaInference::property).toList(), draft.source, false, PayloadFormat.JSON));
    }
    return new InferredJson(schemas, named);
  }

  private Operation read(Operation operation, Set<String> taken) {
    String resource = resource(operation);
    if (resource.isEmpty() || taken.contains(key(resource))) {
      return operation;
    }
    Operation.Builder builder = operation.toBuilder();
    for (Example example : operation.examples()) {
      if (example.kind() == Example.Kind.RESPONSE && LenientJson.read(example.content()) instanceof Map<?, ?> root) {
        String name = resource + "Response";
        add(name, root, operation.source(), resource);
        if (operation.responseSchema() == null) {
          builder.responseSchema(drafts.get(key(name)).name);
        }
      }
    }
    RequestBody body = operation.requestBody();
    if (body != null && body.schema() == null) {
      for (Example example : body.examples()) {
        Object root = LenientJson.read(example.content());
        List<?> items = root instanceof List<?> list ? list : root == null ? List.of() : List.of(root);
        for (Object item : items) {
          if (item instanceof Map<?, ?> object) {
            add(resource, object, operation.source(), null);
          }
        }
        if (root instanceof Map<?, ?> && builder.requestBody().schema() == null) {
          builder.requestBody(new RequestBody(body.mediaType(), drafts.get(key(resource)).name, body.examples()));
        }
      }
    }
    return builder.build();
  }

  /**
   * Adds an object to the schema {@code name}; {@code resource}, for an answer's root, names the objects its envelope
   * member carries.
   */
  private void add(String name, Map<?, ?> object, Provenance source, String resource) {
    Draft draft = drafts.computeIfAbsent(key(name), k -> new Draft(name, source));
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String memberName = String.valueOf(entry.getKey());
      if (memberName.isBlank()) {
        continue;
      }
      Member member = draft.members.computeIfAbsent(key(memberName), k -> new Member(memberName));
      Object value = entry.getValue();
      while (value instanceof List<?> list) {
        member.repeated = true;
        Object first = list.isEmpty() ? null : list.get(0);
        value = list.stream().<Object>map(item -> item)
            .filter(item -> item instanceof Map<?, ?> || item instanceof List<?>).findFirst().orElse(first);
        if (!(value instanceof List<?>)) {
          list.stream().filter(item -> !(item instanceof Map<?, ?>)).forEach(item -> scalar(member, item));
        }
      }
      if (value instanceof Map<?, ?> nested) {
        boolean envelope = resource != null && ENVELOPE_MEMBERS.contains(key(memberName));
        String nestedName = envelope ? resource : typeName(member.repeated ? singular(memberName) : memberName);
        add(nestedName, nested, source, null);
        member.ref = drafts.get(key(nestedName)).name;
      } else if (!member.repeated) {
        scalar(member, value);
      }
    }
  }

  private static void scalar(Member member, Object value) {
    if (value instanceof String text) {
      Matcher type = TYPE_TEXT.matcher(text);
      if (!type.matches()) {
        member.values.add(text.strip());
      } else {
        String word = type.group(1).toLowerCase(Locale.ROOT);
        member.dateTime |= word.equals("datetime");
        member.typeWords.add(word.startsWith("int") ? "Integer" : word.startsWith("bool") || word.equals("true/false")
            ? "Boolean" : word.equals("long") ? "Long" : "String");
      }
    } else if (value instanceof Boolean || value instanceof LenientJson.Number) {
      member.values.add(value instanceof LenientJson.Number number ? number.text() : value.toString());
    }
  }

  private static SchemaProperty property(Member member) {
    if (member.ref != null) {
      return new SchemaProperty(member.name, PropertyType.OBJECT, member.ref, member.repeated, List.of(), "");
    }
    PropertyType type = member.dateTime ? PropertyType.DATE_TIME
        : ScalarTypes.of(member.name, member.values, member.typeWords);
    return new SchemaProperty(member.name, type, null, member.repeated, List.of(), "");
  }

  /** The resource an operation serves: its title before {@code API} or an aside, else its last fixed path word. */
  private static String resource(Operation operation) {
    String named = beforeApiOrAside(operation.title());
    if (!named.isBlank()) {
      return typeName(named);
    }
    if (operation.path() == null) {
      return "";
    }
    String fixed = "";
    for (String segment : operation.path().split("/")) {
      fixed = segment.isEmpty() || segment.startsWith("{") ? fixed : segment;
    }
    return typeName(singular(fixed));
  }

  /**
   * The words of a title before the first {@code API}, parenthesis or dash it goes on with after a space
   * ({@code Course API}, {@code Course (v2)}, {@code Course – list}); empty when it holds none. Scanned by hand: a
   * pattern trying every place of a title, each with its run of spaces, takes time as the square of a long title's.
   */
  private static String beforeApiOrAside(String title) {
    for (int at = 1; at < title.length(); at++) {
      if (!Character.isWhitespace(title.charAt(at)) || Character.isWhitespace(title.charAt(at - 1))) {
        continue;
      }
      int next = at;
      while (next < title.length() && Character.isWhitespace(title.charAt(next))) {
        next++;
      }
      if (next >= title.length()) {
        return "";
      }
      char c = title.charAt(next);
      boolean api = title.startsWith("API", next)
          && (next + 3 == title.length() || !Character.isLetterOrDigit(title.charAt(next + 3)));
      boolean dash = "–—-".indexOf(c) >= 0 && next + 1 < title.length()
          && Character.isWhitespace(title.charAt(next + 1));
      if (api || c == '(' || dash) {
        return title.substring(0, at);
      }
    }
    return "";
  }

  /** Words joined in UpperCamelCase: {@code ELearning Course} → {@code ELearningCourse}. */
  private static String typeName(String text) {
    StringBuilder name = new StringBuilder();
    for (String word : NOT_ALPHANUMERIC.split(text)) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
    return name.toString();
  }

  private static String singular(String plural) {
    String lower = key(plural);
    if (lower.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
