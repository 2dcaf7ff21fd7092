package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.mcdewey.model.SchemaProperty;
import java.util.List;

/**
 * One record component of a generated DTO.
 *
 * @param property the schema property
 * @param fieldName the Java name of the component
 * @param xmlName the element or attribute name on the wire
 * @param kind how the value is written on the wire
 * @param valueType the type of one value: {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 *     {@code Instant}, a nested enum or another DTO
 * @param repeated whether the component is a list of values
 * @param wrapperXmlName for a list read from a wrapper element ({@code <participants>}), that element's name;
 *     otherwise {@code null} (the list's items repeat directly inside the parent)
 * @param enumSymbol for {@link Kind#ENUM}, the nested enum; otherwise {@code null}
 */
public record PropertySymbol(
    SchemaProperty property,
    String fieldName,
    String xmlName,
    Kind kind,
    TypeName valueType,
    boolean repeated,
    String wrapperXmlName,
    EnumSymbol enumSymbol) {

  /** How a value is written on the wire. */
  public enum Kind {
    STRING,
    BOOLEAN,
    INTEGER,
    LONG,
    INSTANT,
    ENUM,
    OBJECT
  }


  /**
   * Hashes by the field name alone, which equal symbols share: the record's own hash would walk the whole model
   * beneath, cold, on every lookup of a map keyed by symbols.
   */
  @Override
  public int hashCode() {
    return fieldName.hashCode();
  }

  /** Whether the value is an XML attribute of the parent element rather than a child element. */
  public boolean attribute() {
    return property.attribute();
  }

  /** Whether the value is read and written as text and given a type of its own: every kind but string and object. */
  public boolean typedText() {
    return kind != Kind.STRING && kind != Kind.OBJECT;
  }

  /** The element directly inside the parent: the wrapper of a wrapped list, else the value's own element. */
  public String elementName() {
    return wrapperXmlName != null ? wrapperXmlName : xmlName;
  }

  /** The component's declared type: the value type, or a {@code List} of it. */
  public TypeName type() {
    return repeated ? ParameterizedTypeName.get(ClassName.get(List.class), valueType) : valueType;
  }

}
