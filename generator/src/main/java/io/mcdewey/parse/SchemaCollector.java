package io.mcdewey.parse;

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
 * Infers object schemas from every XML payload a guide prints and enriches them from its parameter tables.
 *
 * <p>Each element with child elements becomes a schema named after it; occurrences across payloads are merged. Types
 * are inferred with care: digits stay strings (extensions and ids are not numbers), {@code true}/{@code false} is
 * boolean, a value printed as {@code {A|B|C}} makes an enumeration, which then also takes the constants other
 * payloads show for the same element. A child is repeated (a list) when one parent holds
 * it twice or the parent is named as its plural ({@code <users><User>}).
 */
final class SchemaCollector {
  private static final Pattern ALTERNATIVES = Pattern.compile("\\{\\s*([A-Za-z0-9_]+(?:\\s*\\|\\s*[A-Za-z0-9_]+)+)\\s*}");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false");

  private final Profile profile;
  private final Map<String, SchemaDraft> drafts = new LinkedHashMap<>();
  private final Set<String> elementNames = new LinkedHashSet<>();

  SchemaCollector(Profile profile) {
    this.profile = profile;
  }

  /** What is known of one schema so far. */
  private static final class SchemaDraft {
    final String name;
    final Provenance source;
    String description = "";
    final Map<String, PropertyDraft> properties = new LinkedHashMap<>();

    SchemaDraft(String name, Provenance source) {
      this.name = name;
      this.source = source;
    }
  }

  /** What is known of one property so far. */
  private static final class PropertyDraft {
    final String name;
    boolean object;
    boolean repeated;
    final Set<String> values = new LinkedHashSet<>();
    final Set<String> allowed = new LinkedHashSet<>();
    String description = "";

    PropertyDraft(String name) {
      this.name = name;
    }
  }

  /** Adds the payloads and parameter tables of a run. */
  void collect(TextRun run) {
    collect(run.text(), run::at);
  }

  /** Adds the payloads and parameter tables of a text; {@code where} gives the provenance of an offset. */
  void collect(String text, java.util.function.IntFunction<Provenance> where) {
    for (XmlFragments.Fragment fragment : XmlFragments.find(text)) {
      fragment.root().descendantsAndSelf().forEach(element -> elementNames.add(element.name()));
      add(fragment.root(), where.apply(fragment.start()));
      describe(fragment, text);
    }
    ParameterTableReader.read(text, profile.parameterTableHeader()).forEach(this::apply);
  }

  private void add(XmlElement element, Provenance source) {
    if (element.children().isEmpty()) {
      return;
    }
    SchemaDraft schema = drafts.computeIfAbsent(element.name(), name -> new SchemaDraft(name, source));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (XmlElement child : element.children()) {
      counts.merge(child.name(), 1, Integer::sum);
    }
    for (XmlElement child : element.children()) {
      PropertyDraft property = schema.properties.computeIfAbsent(child.name(), PropertyDraft::new);
      if (counts.get(child.name()) > 1 || isPluralOf(element.name(), child.name())) {
        property.repeated = true;
      }
      if (!child.children().isEmpty()) {
        property.object = true;
        add(child, source);
      } else if (!child.text().isEmpty()) {
        property.values.add(child.text());
      }
    }
  }

  private static boolean isPluralOf(String parent, String child) {
    String lowerParent = parent.toLowerCase(Locale.ROOT);
    String lowerChild = child.toLowerCase(Locale.ROOT);
    return lowerParent.equals(lowerChild + "s") || lowerParent.equals(lowerChild + "es")
        || (lowerChild.endsWith("y") && lowerParent.equals(lowerChild.substring(0, lowerChild.length() - 1) + "ies"));
  }

  /** The sentence introducing an object definition ("The X object represents ...") describes schema X. */
  private void describe(XmlFragments.Fragment fragment, String text) {
    if (profile.objectDefinition() == null) {
      return;
    }
    int from = Math.max(0, fragment.start() - 600);
    Matcher matcher = profile.objectDefinition().matcher(text.substring(from, fragment.start()));
    String found = null;
    int foundAt = -1;
    while (matcher.find()) {
      found = matcher.group("name");
      foundAt = matcher.start();
    }
    if (found != null && found.equals(fragment.root().name())) {
      String before = text.substring(from, from + foundAt);
      int sentence = before.indexOf("The " + found + " object");
      SchemaDraft schema = drafts.get(found);
      if (schema != null && schema.description.isEmpty() && sentence >= 0) {
        schema.description = before.substring(sentence).strip();
      }
    }
  }

  private void apply(ParameterTableReader.Row row) {
    SchemaDraft schema = drafts.get(row.owner());
    if (schema == null) {
      return;
    }
    PropertyDraft property = schema.properties.get(row.name());
    if (property == null) {
      return;
    }
    if (property.description.isEmpty()) {
      property.description = row.description();
    }
    property.allowed.addAll(row.allowedValues());
  }

  /** Every element name seen in the payloads collected so far. */
  Set<String> elementNames() {
    return Set.copyOf(elementNames);
  }

  /** The schemas, in first-seen order. */
  List<Schema> schemas() {
    List<Schema> schemas = new ArrayList<>();
    for (SchemaDraft draft : drafts.values()) {
      List<SchemaProperty> properties = new ArrayList<>();
      for (PropertyDraft property : draft.properties.values()) {
        properties.add(property(property));
      }
      schemas.add(new Schema(draft.name, draft.name, draft.description, properties, draft.source));
    }
    return schemas;
  }

  private SchemaProperty property(PropertyDraft property) {
    if (property.object || drafts.containsKey(property.name)) {
      return new SchemaProperty(property.name, PropertyType.OBJECT, property.name, property.repeated, List.of(),
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
    if (!allowed.isEmpty()) {
      property.values.stream().filter(v -> CONSTANT.matcher(v).matches()).forEach(allowed::add);
      return new SchemaProperty(property.name, PropertyType.ENUM, null, property.repeated, List.copyOf(allowed),
          property.description);
    }
    boolean bool = !property.values.isEmpty()
        && property.values.stream().allMatch(v -> BOOLEAN_WORDS.contains(v.toLowerCase(Locale.ROOT)));
    return new SchemaProperty(property.name, bool ? PropertyType.BOOLEAN : PropertyType.STRING, null,
        property.repeated, List.of(), property.description);
  }
}
