package io.mcdewey.parse.payload;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
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
 * Makes one schema per element of a guide, merged from every payload it prints, every parameter table and the body
 * parameters of its operations ({@link SchemaSources}).
 *
 * <p>An element is known by its name without case, keeping the guide's spelling: a REST answer's {@code <User>} and
 * a notification's {@code <user>} are one schema. The schema's element name is the one the guide gives it as a
 * document's root ({@code <Dialogs>}), else its most frequent spelling; each field keeps its most frequent spelling
 * in its parent. An element holding child elements or attributes anywhere is an object; one that also stands alone
 * with text ({@code <dialogs>} holding a URI) keeps that text. A child is repeated (a list) when one parent holds it
 * twice or the parent is named as its plural ({@code <users><User>}). Examples that disagree with the others are
 * repaired first ({@link ExampleMisprints}).
 *
 * <p>A value printed as {@code {A|B|C}} or a parameter's possible values make an enumeration, which then also takes
 * the constants other payloads show for the element; other values are typed where the type column and every example
 * agree ({@link ScalarTypes}).
 */
public final class SchemaInference {
  private static final Pattern ALTERNATIVES = Pattern.compile("\\{\\s*([A-Za-z0-9_]+(?:\\s*\\|\\s*[A-Za-z0-9_]+)+)\\s*}");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][\\w.-]*");

  private final Map<String, ElementDraft> elements = new LinkedHashMap<>();

  /**
   * The schemas and what was odd in their sources.
   *
   * @param schemas one per object, in first-seen order
   * @param diagnostics the payloads left out and the examples repaired
   */
  public record InferredSchemas(List<Schema> schemas, List<Diagnostic> diagnostics) {}

  /** The spellings of a name with how often each is seen, in first-seen order. */
  private static final class Spellings {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String spelling) {
      counts.merge(spelling, 1, Integer::sum);
    }

    boolean isEmpty() {
      return counts.isEmpty();
    }

    /** The most frequent spelling; of equally frequent ones, the first seen. */
    String preferred() {
      return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
    }
  }

  /** What is known of one element, over all its occurrences. */
  private static final class ElementDraft {
    /** Where each spelling is first seen: the schema comes from where its own spelling is. */
    final Map<String, Provenance> sources = new LinkedHashMap<>();
    final Spellings spellings = new Spellings();
    final Spellings rootSpellings = new Spellings();
    String description = "";
    boolean object;
    boolean textInstead;
    final Map<String, PropertyDraft> properties = new LinkedHashMap<>();

    Provenance source() {
      return sources.get(xmlName());
    }

    String xmlName() {
      return rootSpellings.isEmpty() ? spellings.preferred() : rootSpellings.preferred();
    }
  }

  /** What is known of one field of an element. */
  private static final class PropertyDraft {
    final String key;
    final boolean attribute;
    final Spellings spellings = new Spellings();
    boolean repeated;
    final Set<String> values = new LinkedHashSet<>();
    final Set<String> allowed = new LinkedHashSet<>();
    final Set<String> typeWords = new LinkedHashSet<>();
    String description = "";

    PropertyDraft(String key, boolean attribute) {
      this.key = key;
      this.attribute = attribute;
    }
  }

  private SchemaInference() {}

  /** The schemas {@code sources} show, completed with the body parameters of {@code operations}. */
  public static InferredSchemas infer(SchemaSources sources, List<Operation> operations) {
    List<Diagnostic> diagnostics = new ArrayList<>(sources.omissions());
    SchemaInference inference = new SchemaInference();
    for (SchemaSources.Sample sample : ExampleMisprints.repaired(sources.samples(), diagnostics)) {
      inference.add(sample.root(), true, sample.source());
      ElementDraft draft = inference.elements.get(key(sample.root().name()));
      if (draft.description.isEmpty()) {
        draft.description = sample.description();
      }
    }
    sources.rows().forEach(inference::apply);
    bodyParameterRows(operations).forEach(inference::apply);
    List<Schema> schemas = new ArrayList<>(sources.given());
    Set<String> given = new LinkedHashSet<>();
    sources.given().forEach(schema -> given.add(key(schema.name())));
    for (ElementDraft draft : inference.elements.values()) {
      if (draft.object && !given.contains(key(draft.xmlName()))) {
        schemas.add(inference.schema(draft));
      }
    }
    return new InferredSchemas(schemas, diagnostics);
  }

  private void add(XmlElement element, boolean root, Provenance source) {
    ElementDraft draft = elements.computeIfAbsent(key(element.name()), k -> new ElementDraft());
    draft.spellings.add(element.name());
    draft.sources.putIfAbsent(element.name(), source);
    if (root) {
      draft.rootSpellings.add(element.name());
    }
    Map<String, String> attributes = new LinkedHashMap<>(element.attributes());
    // Namespace declarations and attributes of other vocabularies (xsi:nil, xml:lang) are not the API's fields.
    attributes.keySet().removeIf(name -> name.equals("xmlns") || name.contains(":"));
    if (attributes.isEmpty() && element.children().isEmpty()) {
      draft.textInstead |= !element.text().isEmpty();
      return;
    }
    draft.object = true;
    attributes.forEach((name, value) -> {
      PropertyDraft property = draft.properties.computeIfAbsent("@" + key(name), k -> new PropertyDraft(k, true));
      property.spellings.add(name);
      if (!value.isBlank()) {
        property.values.add(value.strip());
      }
    });
    Map<String, Integer> counts = new LinkedHashMap<>();
    element.children().forEach(child -> counts.merge(key(child.name()), 1, Integer::sum));
    for (XmlElement child : element.children()) {
      PropertyDraft property = draft.properties.computeIfAbsent(key(child.name()), k -> new PropertyDraft(k, false));
      property.spellings.add(child.name());
      if (counts.get(key(child.name())) > 1 || isPluralOf(element.name(), child.name())) {
        property.repeated = true;
      }
      if (child.isLeaf() && !child.text().isEmpty()) {
        property.values.add(child.text());
      }
      add(child, false, source);
    }
  }

  private static boolean isPluralOf(String parent, String child) {
    String lowerParent = key(parent);
    String lowerChild = key(child);
    return lowerParent.equals(lowerChild + "s") || lowerParent.equals(lowerChild + "es")
        || (lowerChild.endsWith("y") && lowerParent.equals(lowerChild.substring(0, lowerChild.length() - 1) + "ies"));
  }

  /**
   * The body parameters of the operations as the rows of a table describing their element: the parent parameter's,
   * else the request body's root, else, when the guide shows no request body, the group's object.
   */
  private static List<ParameterTableReader.Row> bodyParameterRows(List<Operation> operations) {
    List<ParameterTableReader.Row> rows = new ArrayList<>();
    for (Operation operation : operations) {
      String root = operation.requestBody() != null && operation.requestBody().schema() != null
          ? operation.requestBody().schema() : operation.group();
      for (Parameter parameter : operation.parameters()) {
        if (parameter.location() == ParameterLocation.BODY) {
          String owner = parameter.parent() != null ? parameter.parent() : root;
          // The description of a value the action fixes ("Must be HOLD.") is the action's, not the field's.
          boolean implied = operation.impliedValues().stream().anyMatch(v -> v.name().equals(parameter.name()));
          rows.add(new ParameterTableReader.Row(owner, parameter.name(), implied ? "" : parameter.description(),
              parameter.allowedValues(), parameter.type()));
        }
      }
    }
    return rows;
  }

  /** A row describes a field of an object the payloads show, adding the field when no payload shows it. */
  private void apply(ParameterTableReader.Row row) {
    ElementDraft owner = elements.get(key(row.owner()));
    if (owner == null || !owner.object || key(row.name()).equals(key(row.owner()))
        || !ELEMENT_NAME.matcher(row.name()).matches()) {
      return;
    }
    PropertyDraft property = owner.properties.computeIfAbsent(key(row.name()), k -> new PropertyDraft(k, false));
    if (property.spellings.isEmpty()) {
      property.spellings.add(row.name());
    }
    if (property.description.isEmpty()) {
      property.description = row.description();
    }
    property.allowed.addAll(row.allowedValues());
    if (row.type() != null && !row.type().isBlank()) {
      property.typeWords.add(row.type());
    }
  }

  private Schema schema(ElementDraft draft) {
    List<SchemaProperty> properties = new ArrayList<>();
    for (PropertyDraft property : draft.properties.values()) {
      properties.add(property(property));
    }
    return new Schema(draft.xmlName(), draft.xmlName(), draft.description, properties, draft.source(),
        draft.textInstead);
  }

  private SchemaProperty property(PropertyDraft property) {
    String name = property.spellings.preferred();
    ElementDraft element = property.attribute ? null : elements.get(property.key);
    if (element != null && element.object) {
      return new SchemaProperty(name, PropertyType.OBJECT, element.xmlName(), property.repeated, List.of(),
          property.description);
    }
    Set<String> allowed = new LinkedHashSet<>(property.allowed);
    for (String value : property.values) {
      Matcher alternatives = ALTERNATIVES.matcher(value);
      if (alternatives.matches()) {
        for (String alternative : alternatives.group(1).split("\\|")) {
          allowed.add(alternative.strip());
        }
      }
    }
    boolean repeated = property.repeated && !property.attribute;
    if (!allowed.isEmpty()) {
      property.values.stream().filter(v -> CONSTANT.matcher(v).matches()).forEach(allowed::add);
      return new SchemaProperty(name, PropertyType.ENUM, null, repeated, List.copyOf(allowed), property.description,
          property.attribute);
    }
    return new SchemaProperty(name, ScalarTypes.of(name, property.values, property.typeWords), null, repeated,
        List.of(), property.description, property.attribute);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
