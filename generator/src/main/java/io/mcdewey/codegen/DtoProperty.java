package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A property of a generated DTO with the members it adds beside its own record component.
 *
 * <p>A typed value (an enum, a boolean) also has a <em>wire component</em> holding the text the element carries
 * ({@code stateValue} beside {@code state}, a list of texts beside a list of constants). The typed component is a
 * view of the text; the text is what travels, so that a value this SDK does not know (an enum's
 * {@link EnumSymbol#fallbackConstant()}, a boolean written {@code yes}) is written back as it was read, its typed view
 * being the fallback constant or {@code null}.
 *
 * @param symbol the property
 * @param wireField for a typed value, the name of its wire component; otherwise {@code null}
 * @param adder for a list, the builder method adding one item ({@code addParticipant}); otherwise {@code null}
 * @param wireAdder for a list of typed values, the builder method adding one wire text; otherwise {@code null}
 */
public record DtoProperty(PropertySymbol symbol, String wireField, String adder, String wireAdder) {
  /** The properties of {@code dto}, in schema order, with the names of their extra members. */
  public static List<DtoProperty> of(DtoSymbol dto) {
    List<String> fields = dto.properties().stream().map(PropertySymbol::fieldName).toList();
    NameScope components = NameScope.reserving(concat(List.of(SdkSymbols.RECORD_MEMBERS), fields));
    List<String> wireFields = new ArrayList<>();
    for (PropertySymbol property : dto.properties()) {
      String wireField = property.fieldName() + (property.repeated() ? "Values" : "Value");
      wireFields.add(property.typedText() ? components.claim(wireField) : null);
    }
    NameScope builderMethods = NameScope.reserving(concat(List.of("build"), fields, wireFields));
    List<DtoProperty> properties = new ArrayList<>();
    for (int i = 0; i < dto.properties().size(); i++) {
      PropertySymbol property = dto.properties().get(i);
      String item = Names.typeName(property.xmlName());
      String adder = property.repeated() ? builderMethods.claim("add" + item) : null;
      String wireAdder = property.repeated() && wireFields.get(i) != null
          ? builderMethods.claim("add" + item + "Value") : null;
      properties.add(new DtoProperty(property, wireFields.get(i), adder, wireAdder));
    }
    return properties;
  }

  @SafeVarargs
  private static String[] concat(List<String>... names) {
    return Stream.of(names).flatMap(List::stream).filter(Objects::nonNull).toArray(String[]::new);
  }

  public String field() {
    return symbol.fieldName();
  }

  public TypeName type() {
    return symbol.type();
  }

  /** Whether the property keeps its wire text beside a typed view of it. */
  public boolean hasWireText() {
    return wireField != null;
  }

  public boolean isEnum() {
    return symbol.kind() == PropertySymbol.Kind.ENUM;
  }

  /** The typed value of the wire text {@code text}: {@code State.fromValue(text)}, {@code Xml.parseBoolean(text)}. */
  public CodeBlock parse(ClassName xml, CodeBlock text) {
    return switch (symbol.kind()) {
      case ENUM -> CodeBlock.of("$T.fromValue($L)", symbol.enumSymbol().className(), text);
      case BOOLEAN, INTEGER, LONG, INSTANT -> CodeBlock.of("$T.$N($L)", xml, parserName(), text);
      case STRING, OBJECT -> throw new IllegalStateException(symbol.fieldName() + " has no typed view");
    };
  }

  /** The wire text of the typed value {@code value}: {@code value.value()}, {@code String.valueOf(value)}. */
  public CodeBlock print(CodeBlock value) {
    return isEnum() ? CodeBlock.of("$L.value()", value) : CodeBlock.of("$T.valueOf($L)", String.class, value);
  }

  /** The function from wire text to typed value: {@code State::fromValue}, {@code Xml::parseBoolean}. */
  public CodeBlock parser(ClassName xml) {
    return switch (symbol.kind()) {
      case ENUM -> CodeBlock.of("$T::fromValue", symbol.enumSymbol().className());
      case BOOLEAN, INTEGER, LONG, INSTANT -> CodeBlock.of("$T::$N", xml, parserName());
      case STRING, OBJECT -> throw new IllegalStateException(symbol.fieldName() + " has no typed view");
    };
  }

  /** The XML support class's reading of the value type: {@code parseBoolean}, {@code parseInstant}. */
  private String parserName() {
    return "parse" + ((ClassName) symbol.valueType()).simpleName();
  }

  /** The function from typed value to wire text: {@code State::value}, {@code String::valueOf}. */
  public CodeBlock printer() {
    return isEnum() ? CodeBlock.of("$T::value", symbol.enumSymbol().className())
        : CodeBlock.of("$T::valueOf", String.class);
  }

  public boolean repeated() {
    return symbol.repeated();
  }

  /** The type of the wire component: {@code String}, or a list of them. */
  public TypeName wireType() {
    ClassName string = ClassName.get(String.class);
    return repeated() ? ParameterizedTypeName.get(ClassName.get(List.class), string) : string;
  }

  /** The field the builder keeps the value in: the wire text of a typed value, else the component itself. */
  public String builderField() {
    return hasWireText() ? wireField : field();
  }
}
