package io.mcdewey.parse;

import io.mcdewey.json.Json;
import io.mcdewey.json.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A vendor's documentation layout, as data: the labels its endpoint tables use, how its titles are built, the page
 * furniture to strip and the phrases that mark notes and deprecations. Adding a vendor means adding a profile file,
 * not changing the parser. The file format is described in {@code docs/profiles.md}. A space in a pattern matches any
 * run of whitespace ({@link WhitespacePatterns}).
 *
 * @param name the profile's name ({@code cisco-finesse})
 * @param description what guides the profile is for
 * @param layout the reading strategy
 * @param detectMarkers patterns whose presence in a guide votes for this profile
 * @param titleSeparators the strings between a title's group and action ({@code —}, {@code  - })
 * @param labels field labels as printed (without the colon), mapped to the field they name
 * @param leadingLabels labels printed before their value without a colon
 * @param pageFooters running footers or headers to strip; named groups {@code page} (printed page) and
 *     {@code section} (the section the page belongs to) are read when present
 * @param furniture other page furniture to strip (image placeholders, letter-spaced chapter marks)
 * @param noteMarker the word that follows a note's text ({@code Note}), or empty
 * @param emptyValue the mark of an empty table cell ({@code —}), or empty
 * @param deprecationMarkers patterns of sentences that deprecate the section they are in
 * @param descriptionOpeners patterns that open an endpoint's description right after its title; {@code {title}}
 *     stands for the title itself
 * @param sectionBreaks headings after which an endpoint's table is over ({@code Asynchronous Errors})
 * @param parameterTableHeader the header of a reversed parameter table ({@code Notes Possible Values ... Parameter})
 * @param errorTableHeader the header of a reversed error table ({@code Description Error Type Status})
 * @param objectDefinition a pattern with group {@code name} introducing an object's XML definition
 */
public record Profile(
    String name,
    String description,
    Layout layout,
    List<ProfilePattern> detectMarkers,
    List<String> titleSeparators,
    Map<String, Field> labels,
    Map<String, Field> leadingLabels,
    List<ProfilePattern> pageFooters,
    List<ProfilePattern> furniture,
    String noteMarker,
    String emptyValue,
    List<ProfilePattern> deprecationMarkers,
    List<String> descriptionOpeners,
    List<String> sectionBreaks,
    String parameterTableHeader,
    String errorTableHeader,
    ProfilePattern objectDefinition) {

  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(layout, "layout");
    description = description == null ? "" : description;
    detectMarkers = List.copyOf(detectMarkers);
    titleSeparators = List.copyOf(titleSeparators);
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    leadingLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leadingLabels));
    pageFooters = List.copyOf(pageFooters);
    furniture = List.copyOf(furniture);
    noteMarker = noteMarker == null ? "" : noteMarker;
    emptyValue = emptyValue == null ? "" : emptyValue;
    deprecationMarkers = List.copyOf(deprecationMarkers);
    descriptionOpeners = List.copyOf(descriptionOpeners);
    sectionBreaks = List.copyOf(sectionBreaks);
    parameterTableHeader = parameterTableHeader == null ? "" : parameterTableHeader;
    errorTableHeader = errorTableHeader == null ? "" : errorTableHeader;
  }

  /**
   * Reads a profile file of the user's; its patterns are matched within a time limit ({@link ProfilePattern}).
   *
   * @param json the file's text
   * @param origin the file's name, for messages
   * @throws ProfileException naming the origin and the offending member
   */
  public static Profile fromJson(String json, String origin) throws ProfileException {
    return read(json, origin, true);
  }

  /** Reads a profile shipped with McDewey, whose patterns are matched without a time limit. */
  static Profile builtInFromJson(String json, String origin) throws ProfileException {
    return read(json, origin, false);
  }

  private static Profile read(String json, String origin, boolean limited) throws ProfileException {
    Map<String, Object> root;
    try {
      root = Json.parseObject(json);
    } catch (JsonException e) {
      throw new ProfileException(origin + ": not a JSON profile: " + e.getMessage());
    }
    Reader reader = new Reader(root, origin, limited);
    String layoutName = reader.string("layout", true);
    Layout layout;
    try {
      layout = Layout.valueOf(layoutName.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ProfileException(origin + ": unknown layout '" + layoutName + "'; known: flattened-tables, markdown");
    }
    return new Profile(
        reader.string("name", true),
        reader.string("description", false),
        layout,
        reader.patterns("detect"),
        reader.strings("titleSeparators"),
        reader.fields("labels"),
        reader.fields("leadingLabels"),
        reader.patterns("pageFooters"),
        reader.patterns("furniture"),
        reader.string("noteMarker", false),
        reader.string("emptyValue", false),
        reader.patterns("deprecation"),
        reader.strings("descriptionOpeners"),
        reader.strings("sectionBreaks"),
        reader.string("parameterTableHeader", false),
        reader.string("errorTableHeader", false),
        reader.pattern("objectDefinition"));
  }

  /** Reads typed members of a profile's JSON object, reporting the member's name on error. */
  private record Reader(Map<String, Object> root, String origin, boolean limited) {

    String string(String member, boolean required) throws ProfileException {
      Object value = root.get(member);
      if (value == null) {
        if (required) {
          throw new ProfileException(origin + ": missing member '" + member + "'");
        }
        return "";
      }
      if (!(value instanceof String s)) {
        throw new ProfileException(origin + ": member '" + member + "' must be a string");
      }
      return s;
    }

    List<String> strings(String member) throws ProfileException {
      Object value = root.get(member);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
        throw new ProfileException(origin + ": member '" + member + "' must be a list of strings");
      }
      return list.stream().map(String.class::cast).toList();
    }

    List<ProfilePattern> patterns(String member) throws ProfileException {
      List<ProfilePattern> patterns = new ArrayList<>();
      for (String regex : strings(member)) {
        patterns.add(compile(member, regex));
      }
      return patterns;
    }

    ProfilePattern pattern(String member) throws ProfileException {
      String regex = string(member, false);
      return regex.isEmpty() ? null : compile(member, regex);
    }

    private ProfilePattern compile(String member, String regex) throws ProfileException {
      try {
        Pattern pattern = Pattern.compile(WhitespacePatterns.anyWhitespace(regex));
        return limited ? ProfilePattern.limited(pattern, origin + ", member '" + member + "'")
            : ProfilePattern.builtIn(pattern);
      } catch (PatternSyntaxException e) {
        throw new ProfileException(origin + ": member '" + member + "' holds a bad pattern: " + e.getDescription()
            + " in " + regex);
      }
    }

    Map<String, Field> fields(String member) throws ProfileException {
      Object value = root.get(member);
      Map<String, Field> fields = new LinkedHashMap<>();
      if (value == null) {
        return fields;
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw new ProfileException(origin + ": member '" + member + "' must map labels to field names");
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String fieldName = String.valueOf(entry.getValue());
        try {
          fields.put(String.valueOf(entry.getKey()),
              Field.valueOf(fieldName.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
        } catch (IllegalArgumentException e) {
          throw new ProfileException(origin + ": label '" + entry.getKey() + "' names unknown field '" + fieldName
              + "'; known fields: " + java.util.Arrays.toString(Field.values()).toLowerCase(Locale.ROOT));
        }
      }
      return fields;
    }
  }
}
