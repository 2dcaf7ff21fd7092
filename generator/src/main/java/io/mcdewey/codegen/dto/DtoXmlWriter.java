package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.PropertySymbol;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a DTO's XML methods: {@code fromXml} from a StAX reader or a string, {@code writeXml} to a StAX writer and
 * {@code toXml}.
 *
 * <p>Reading is forward compatible: unknown child elements are passed over, as are elements inside a text value, and
 * a typed value the SDK cannot type (an enum value the guide does not name) is kept as text. Child elements are known
 * by their names without case, as the guide's schemas know them; attributes by their exact names. A repeated element
 * adds an item; any other element read twice keeps the last value. Writing gives the attributes, the element's own
 * text, then the child elements in the schema's order, each under the spelling the guide gives it, and leaves out
 * absent values and empty lists, wrapper included.
 */
final class DtoXmlWriter {
  private final DtoSymbol dto;
  private final List<DtoProperty> properties;
  private final ClassName xml;

  DtoXmlWriter(DtoSymbol dto, List<DtoProperty> properties, ClassName xml) {
    this.dto = dto;
    this.properties = properties;
    this.xml = xml;
  }

  MethodSpec fromXmlReader() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromXml")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(dto.className())
        .addParameter(XMLStreamReader.class, "reader")
        .addException(XMLStreamException.class)
        .addJavadoc("Reads the element {@code reader} stands on, whatever its name, through its end. Child elements"
            + "\nthis SDK does not know are passed over.\n")
        .addStatement("reader.require($T.START_ELEMENT, null, null)", XMLStreamConstants.class)
        .addStatement(DtoReading.newBuilder(dto));
    for (DtoProperty property : properties) {
      if (property.symbol().attribute()) {
        method.addStatement("builder.$N(reader.getAttributeValue(null, $S))", property.builderField(),
            property.symbol().xmlName());
      }
    }
    List<DtoProperty> elements = properties.stream().filter(p -> !p.symbol().attribute()).toList();
    if (dto.textField() != null) {
      method.addStatement("$T text = new $T()", StringBuilder.class, StringBuilder.class)
          .beginControlFlow("while ($T.nextChild(reader, text))", xml);
    } else {
      method.beginControlFlow("while ($T.nextChild(reader))", xml);
    }
    if (elements.isEmpty()) {
      method.addStatement("$T.skip(reader)", xml);
    } else {
      DtoReading.nameSwitch(method, CodeBlock.of("reader.getLocalName()"), elements, p -> p.symbol().elementName(),
          this::read, CodeBlock.of("default -> $T.skip(reader);\n", xml));
    }
    method.endControlFlow();
    if (dto.textField() != null) {
      method.addStatement("builder.$N($T.ownText(text))", dto.textField(), xml);
    }
    return method.addStatement("return builder.build()").build();
  }

  /** The builder call taking the value of a property's element. */
  private CodeBlock read(DtoProperty property) {
    PropertySymbol symbol = property.symbol();
    if (symbol.wrapperXmlName() != null) {
      return CodeBlock.of("$N($T.list(reader, $S,$W$L))", property.builderField(), xml, symbol.xmlName(),
          itemReader(symbol));
    }
    String method = !property.repeated() ? property.builderField()
        : property.hasWireText() ? property.wireAdder() : property.adder();
    return CodeBlock.of("$N($L)", method, symbol.kind() == PropertySymbol.Kind.OBJECT
        ? CodeBlock.of("$T.fromXml(reader)", symbol.valueType()) : CodeBlock.of("$T.text(reader)", xml));
  }

  private CodeBlock itemReader(PropertySymbol symbol) {
    return symbol.kind() == PropertySymbol.Kind.OBJECT ? CodeBlock.of("$T::fromXml", symbol.valueType())
        : CodeBlock.of("$T::text", xml);
  }

  MethodSpec fromXmlString() {
    return MethodSpec.methodBuilder("fromXml")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(dto.className())
        .addParameter(String.class, "xml")
        .addJavadoc("Reads an XML document, whatever the name of its root element.\n\n"
            + "@throws $T.XmlException when the document is not well-formed\n",
            xml)
        .addStatement("return $T.read(xml, $T::fromXml)", xml, dto.className())
        .build();
  }

  MethodSpec writeXml() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("writeXml")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(XMLStreamWriter.class, "writer")
        .addParameter(String.class, "elementName")
        .addException(XMLStreamException.class)
        .addJavadoc("Writes this record as the element {@code elementName}, its children in the schema's order;"
            + "\nabsent values and empty lists are left out.\n")
        .addStatement("writer.writeStartElement(elementName)");
    for (DtoProperty property : properties) {
      if (property.symbol().attribute()) {
        method.addStatement("$T.writeAttribute(writer, $S, this.$N)", xml, property.symbol().xmlName(),
            property.builderField());
      }
    }
    if (dto.textField() != null) {
      method.addStatement("$T.writeText(writer, this.$N)", xml, dto.textField());
    }
    for (DtoProperty property : properties) {
      if (!property.symbol().attribute()) {
        method.addCode(write(property));
      }
    }
    return method.addStatement("writer.writeEndElement()").build();
  }

  private CodeBlock write(DtoProperty property) {
    PropertySymbol symbol = property.symbol();
    String field = property.builderField();
    CodeBlock.Builder code = CodeBlock.builder();
    if (!property.repeated()) {
      if (symbol.kind() == PropertySymbol.Kind.OBJECT) {
        return code.beginControlFlow("if (this.$N != null)", field)
            .addStatement("this.$N.writeXml(writer, $S)", field, symbol.xmlName())
            .endControlFlow()
            .build();
      }
      return code.addStatement("$T.writeElement(writer, $S, this.$N)", xml, symbol.xmlName(), field).build();
    }
    if (symbol.wrapperXmlName() != null) {
      code.beginControlFlow("if (!this.$N.isEmpty())", field)
          .addStatement("writer.writeStartElement($S)", symbol.wrapperXmlName());
    }
    TypeName item = property.hasWireText() ? ClassName.get(String.class) : symbol.valueType();
    code.beginControlFlow("for ($T item : this.$N)", item, field);
    if (symbol.kind() == PropertySymbol.Kind.OBJECT) {
      code.addStatement("item.writeXml(writer, $S)", symbol.xmlName());
    } else {
      code.addStatement("$T.writeElement(writer, $S, item)", xml, symbol.xmlName());
    }
    code.endControlFlow();
    if (symbol.wrapperXmlName() != null) {
      code.addStatement("writer.writeEndElement()").endControlFlow();
    }
    return code.build();
  }

  MethodSpec toXml() {
    return MethodSpec.methodBuilder("toXml")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("This record as an XML document with the root element {@code <$L>}, without an XML"
            + "\ndeclaration.\n", dto.xmlName())
        .addStatement("return $T.write(writer -> writeXml(writer, $S))", xml, dto.xmlName())
        .build();
  }
}
