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
 * @param xmlName the element name on the wire
 * @param kind how the value is written on the wire
 * @param valueType the type of one value: {@code String}, {@code Boolean}, a nested enum or another DTO
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
    ENUM,
    OBJECT
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
