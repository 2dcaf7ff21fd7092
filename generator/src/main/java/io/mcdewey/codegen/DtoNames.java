package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.mcdewey.model.Api;
import io.mcdewey.model.MediaTypes;
import io.mcdewey.model.PayloadFormat;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java names and types of an SDK's DTOs, decided for {@link SdkSymbols}: a record per schema, a component per
 * property (typed values, nested enums, lists, wrapped lists, other DTOs), and the XML support class beside them.
 *
 * @param xmlSupport the XML support class of the model package
 * @param jsonSupport the JSON support class of the model package, or {@code null} when no schema or answer is JSON
 * @param dtos the DTOs by schema name, in schema order
 */
record DtoNames(ClassName xmlSupport, ClassName jsonSupport, Map<String, DtoSymbol> dtos) {

  DtoNames {
    dtos = Collections.unmodifiableMap(new LinkedHashMap<>(dtos));
  }

  /** The names of the DTOs of {@code api}, in the model package {@code modelPackage}. */
  static DtoNames of(Api api, String modelPackage) {
    // A DTO named Builder could not hold its nested Builder.
    NameScope models = NameScope.reserving("Builder");
    ClassName xmlSupport = ClassName.get(modelPackage, models.claim("Xml"));
    // JSON answers of no known shape are read into their members by the JSON support class too.
    ClassName jsonSupport = api.schemas().stream().anyMatch(s -> s.format() == PayloadFormat.JSON)
        || api.operations().stream().anyMatch(o -> MediaTypes.isJson(o.responseMediaType()))
        ? ClassName.get(modelPackage, models.claim("Json")) : null;
    Map<String, DtoSymbol> dtos = new LinkedHashMap<>();
    Map<String, ClassName> classes = new LinkedHashMap<>();
    for (Schema schema : api.schemas()) {
      classes.put(schema.name(), ClassName.get(modelPackage, models.claim(Names.typeName(schema.name()))));
    }
    Map<String, Schema> byName = new LinkedHashMap<>();
    api.schemas().forEach(s -> byName.put(s.name(), s));
    // Nested enums live beside the DTO's own Builder, and must not hide the types a record's header names: the
    // JDK's, the DTO itself and the other DTOs.
    List<String> nestedReserved = new ArrayList<>(List.of("Builder", "List", "String", "Boolean", "Integer", "Long",
        "Instant"));
    classes.values().forEach(c -> nestedReserved.add(c.simpleName()));
    for (Schema schema : api.schemas()) {
      ClassName className = classes.get(schema.name());
      NameScope members = NameScope.reserving(SdkSymbols.RECORD_MEMBERS);
      NameScope nested = NameScope.reserving(nestedReserved.toArray(String[]::new));
      List<PropertySymbol> properties = new ArrayList<>();
      for (SchemaProperty property : schema.properties()) {
        properties.add(property(className, property, members, nested, classes, byName));
      }
      String textField = schema.hasText() ? members.claim("text") : null;
      dtos.put(schema.name(), new DtoSymbol(schema, className, properties, textField));
    }
    return new DtoNames(xmlSupport, jsonSupport, dtos);
  }

  private static PropertySymbol property(ClassName owner, SchemaProperty property, NameScope members,
      NameScope nested, Map<String, ClassName> classes, Map<String, Schema> schemas) {
    String field = members.claim(Names.memberName(property.name()));
    switch (property.type()) {
      case BOOLEAN:
        return scalar(property, field, PropertySymbol.Kind.BOOLEAN, Boolean.class);
      case INTEGER:
        return scalar(property, field, PropertySymbol.Kind.INTEGER, Integer.class);
      case LONG:
        return scalar(property, field, PropertySymbol.Kind.LONG, Long.class);
      case DATE_TIME:
        return scalar(property, field, PropertySymbol.Kind.INSTANT, Instant.class);
      case ENUM: {
        ClassName enumClass = owner.nestedClass(nested.claim(Names.typeName(property.name())));
        return new PropertySymbol(property, field, property.name(), PropertySymbol.Kind.ENUM, enumClass,
            property.repeated(), null, enumSymbol(enumClass, property.allowedValues()));
      }
      case OBJECT: {
        Schema target = property.ref() == null ? null : schemas.get(property.ref());
        if (target == null) {
          return string(property, field);
        }
        boolean wrapper = isListWrapper(target) && !property.repeated();
        if (wrapper) {
          SchemaProperty item = target.properties().get(0);
          TypeName itemType = item.type() == io.mcdewey.model.PropertyType.OBJECT && item.ref() != null
              && classes.containsKey(item.ref()) ? classes.get(item.ref()) : ClassName.get(String.class);
          PropertySymbol.Kind kind = itemType.equals(ClassName.get(String.class)) ? PropertySymbol.Kind.STRING
              : PropertySymbol.Kind.OBJECT;
          return new PropertySymbol(property, field, item.name(), kind, itemType, true, property.name(), null);
        }
        return new PropertySymbol(property, field, property.name(), PropertySymbol.Kind.OBJECT,
            classes.get(target.name()), property.repeated(), null, null);
      }
      default:
        return string(property, field);
    }
  }

  /** A schema that holds nothing but a list of one element: {@code <participants><Participant/>...}. */
  static boolean isListWrapper(Schema schema) {
    return schema.format() == PayloadFormat.XML && schema.properties().size() == 1 && schema.properties().get(0).repeated() && !schema.hasText();
  }

  private static PropertySymbol scalar(SchemaProperty property, String field, PropertySymbol.Kind kind,
      Class<?> type) {
    return new PropertySymbol(property, field, property.name(), kind, ClassName.get(type), property.repeated(), null,
        null);
  }

  private static PropertySymbol string(SchemaProperty property, String field) {
    return new PropertySymbol(property, field, property.name(), PropertySymbol.Kind.STRING,
        ClassName.get(String.class), property.repeated(), null, null);
  }

  private static EnumSymbol enumSymbol(ClassName enumClass, List<String> values) {
    NameScope constants = new NameScope();
    List<EnumSymbol.Constant> known = new ArrayList<>();
    for (String value : values) {
      known.add(new EnumSymbol.Constant(constants.claim(Names.constantName(value)), value));
    }
    return new EnumSymbol(enumClass, known, constants.claim("UNRECOGNIZED"));
  }
}
