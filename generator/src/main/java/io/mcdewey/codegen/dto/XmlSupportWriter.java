package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.mcdewey.codegen.SdkSymbols;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the SDK's XML support class ({@link SdkSymbols#xmlSupport()}), which reads and writes XML with the JDK's
 * StAX API alone, so that generated SDKs need no library at run time.
 *
 * <p>Its public face is what clients need: {@code read(xml, Dto::fromXml)}, {@code write(writer -> ...)} and the
 * unchecked {@code XmlException}. Its package-private helpers are the DTOs' shared reading and writing steps.
 *
 * <p>Input is hardened: no DTD processing, no external entities, no entity expansion. Output is compact, without an
 * XML declaration (a request body carries its encoding in its content type, and UTF-8 is XML's default) and, for the
 * same values, always the same.
 */
public final class XmlSupportWriter {
  private static final TypeVariableName T = TypeVariableName.get("T");

  private final ClassName xml;
  private final ClassName reader;
  private final ClassName writer;
  private final ClassName exception;

  private XmlSupportWriter(ClassName xml) {
    this.xml = xml;
    this.reader = xml.nestedClass("Reader");
    this.writer = xml.nestedClass("Writer");
    this.exception = xml.nestedClass("XmlException");
  }

  /** The support class named {@code xml}, to be completed and built by the caller. */
  public static TypeSpec.Builder type(ClassName xml) {
    return new XmlSupportWriter(xml).type();
  }

  private TypeSpec.Builder type() {
    return TypeSpec.classBuilder(xml)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes the XML of this SDK with the JDK's StAX API ({@code javax.xml.stream}) alone.\n\n"
            + "<p>Reading is hardened against hostile documents: DTDs are not processed, external entities are not\n"
            + "resolved and entity references are not expanded. Writing gives compact XML without an XML declaration;\n"
            + "bodies are UTF-8, which XML assumes when a document declares nothing.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addType(readerInterface())
        .addType(writerInterface())
        .addType(SupportTypes.document(xml.nestedClass("Document"), "toXml", "XML"))
        .addType(SupportTypes.exception(exception, "XML that cannot be read or written; the message says why and, for"
            + " input, where.", true))
        .addMethod(read())
        .addMethod(write())
        .addMethod(inputFactory())
        .addMethod(reason())
        .addMethod(nextChild())
        .addMethod(nextChildCollecting())
        .addMethod(skip())
        .addMethod(text())
        .addMethod(ownText())
        .addMethod(readThrough())
        .addMethod(list())
        .addMethod(isCharacterData())
        .addMethods(XmlScalarsWriter.parsers())
        .addMethod(writeElement())
        .addMethod(writeWhenGiven("writeAttribute", "Writes the attribute {@code name=\"value\"}")
            .addParameter(String.class, "name")
            .addParameter(String.class, "value")
            .beginControlFlow("if (value != null)")
            .addStatement("writer.writeAttribute(name, value)")
            .endControlFlow()
            .build())
        .addMethod(writeWhenGiven("writeText", "Writes {@code value} as text of the current element")
            .addParameter(String.class, "value")
            .beginControlFlow("if (value != null)")
            .addStatement("writer.writeCharacters(value)")
            .endControlFlow()
            .build());
  }

  private TypeSpec readerInterface() {
    return TypeSpec.interfaceBuilder(reader)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(FunctionalInterface.class)
        .addTypeVariable(T)
        .addJavadoc("Reads a value from the element a StAX reader stands on, through its end; such as"
            + " a DTO's {@code fromXml}.\n")
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(T)
            .addParameter(XMLStreamReader.class, "reader")
            .addException(XMLStreamException.class)
            .build())
        .build();
  }

  private TypeSpec writerInterface() {
    return TypeSpec.interfaceBuilder(writer)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc("Writes a document to a StAX writer, as a DTO's {@code writeXml} does."
            + "\n")
        .addMethod(MethodSpec.methodBuilder("write")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addParameter(XMLStreamWriter.class, "writer")
            .addException(XMLStreamException.class)
            .build())
        .build();
  }

  private MethodSpec read() {
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(String.class, "xml")
        .addParameter(ParameterizedTypeName.get(reader, T), "reader")
        .addJavadoc("Reads a document, handing its root element to {@code reader}; the rest of the document must be"
            + "\nwell-formed too.\n\n@throws $T when the text is not well-formed XML\n", exception)
        .addStatement("$T.requireNonNull(xml, $S)", Objects.class, "xml")
        .beginControlFlow("try")
        .addStatement("$T stream = inputFactory().createXMLStreamReader(new $T(xml))", XMLStreamReader.class,
            StringReader.class)
        .beginControlFlow("try")
        .beginControlFlow("while (!stream.isStartElement())")
        .addStatement("stream.next()")
        .endControlFlow()
        .addStatement("$T value = reader.read(stream)", T)
        .beginControlFlow("while (stream.hasNext())")
        .addStatement("stream.next()")
        .endControlFlow()
        .addStatement("return value")
        .nextControlFlow("finally")
        .addStatement("stream.close()")
        .endControlFlow()
        .nextControlFlow("catch ($T e)", XMLStreamException.class)
        .addStatement("throw new $T($S + reason(e), e)", exception, "cannot read XML: ")
        .endControlFlow()
        .build();
  }

  private MethodSpec write() {
    return MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(writer, "writer")
        .addJavadoc("The document {@code writer} writes, without an XML declaration.\n\n@throws $T when the StAX"
            + " writer refuses what is written\n", exception)
        .addStatement("$T text = new $T()", StringWriter.class, StringWriter.class)
        .beginControlFlow("try")
        .addStatement("$T stream = $T.newDefaultFactory().createXMLStreamWriter(text)", XMLStreamWriter.class,
            XMLOutputFactory.class)
        .addStatement("writer.write(stream)")
        .addStatement("stream.flush()")
        .addStatement("stream.close()")
        .nextControlFlow("catch ($T e)", XMLStreamException.class)
        .addStatement("throw new $T($S + reason(e), e)", exception, "cannot write XML: ")
        .endControlFlow()
        .addStatement("return text.toString()")
        .build();
  }

  private MethodSpec inputFactory() {
    return MethodSpec.methodBuilder("inputFactory")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(XMLInputFactory.class)
        .addJavadoc("The JDK's own factory, whatever else the class path holds, refusing DTDs and entities. A new one"
            + "\neach time, as factories are not promised to be thread-safe.\n")
        .addStatement("$T factory = $T.newDefaultFactory()", XMLInputFactory.class, XMLInputFactory.class)
        .addStatement("factory.setProperty($T.SUPPORT_DTD, false)", XMLInputFactory.class)
        .addStatement("factory.setProperty($T.IS_SUPPORTING_EXTERNAL_ENTITIES, false)", XMLInputFactory.class)
        .addStatement("factory.setProperty($T.IS_REPLACING_ENTITY_REFERENCES, false)", XMLInputFactory.class)
        .addStatement("return factory")
        .build();
  }

  private MethodSpec reason() {
    return MethodSpec.methodBuilder("reason")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(XMLStreamException.class, "e")
        .addJavadoc("The parser's message without the JDK's {@code ParseError at} prefix, with the line and column.\n")
        .addStatement("$T message = $T.valueOf(e.getMessage())", String.class, String.class)
        .addStatement("int detail = message.indexOf($S)", "Message: ")
        .addStatement("$T reason = detail < 0 ? message : message.substring(detail + $S.length())", String.class,
            "Message: ")
        .addStatement("$T at = e.getLocation()", Location.class)
        .addStatement("return at == null ? reason$W: reason + $S + at.getLineNumber() + $S + at.getColumnNumber() + $S",
            " (line ", ", column ", ")")
        .build();
  }

  private MethodSpec nextChild() {
    return helper("nextChild", TypeName.BOOLEAN)
        .addJavadoc("Moves to the next child of the current element: {@code true} on the child's start, {@code false}"
            + "\non the current element's end. Text between children is not data and is passed over.\n")
        .addStatement("return nextChild(reader, null)")
        .build();
  }

  private MethodSpec nextChildCollecting() {
    return helper("nextChild", TypeName.BOOLEAN)
        .addParameter(StringBuilder.class, "text")
        .addJavadoc("Like {@link #nextChild(XMLStreamReader)}, adding the text passed over to {@code text} unless it"
            + "\nis {@code null}: the own text of an element that may carry text beside its children.\n")
        .addStatement("int event = reader.next()")
        .beginControlFlow("while (event != $T.START_ELEMENT && event != $T.END_ELEMENT)", XMLStreamConstants.class,
            XMLStreamConstants.class)
        .beginControlFlow("if (text != null && isCharacterData(event))")
        .addStatement("text.append(reader.getText())")
        .endControlFlow()
        .addStatement("event = reader.next()")
        .endControlFlow()
        .addStatement("return event == $T.START_ELEMENT", XMLStreamConstants.class)
        .build();
  }

  private static MethodSpec ownText() {
    return MethodSpec.methodBuilder("ownText")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(StringBuilder.class, "text")
        .addJavadoc("The text collected beside an element's children, trimmed; {@code null} when there is none.\n")
        .addStatement("$T own = text.toString().trim()", String.class)
        .addStatement("return own.isEmpty() ? null : own")
        .build();
  }

  private MethodSpec skip() {
    return helper("skip", TypeName.VOID)
        .addJavadoc("Passes over the current element and all it holds: an element this SDK does not know.\n")
        .addStatement("readThrough(reader, null)")
        .build();
  }

  private MethodSpec text() {
    return helper("text", ClassName.get(String.class))
        .addJavadoc("The text of the current element, trimmed; child elements a newer server may add are passed"
            + "\nover.\n")
        .addStatement("$T text = new $T()", StringBuilder.class, StringBuilder.class)
        .addStatement("readThrough(reader, text)")
        .addStatement("return text.toString().trim()")
        .build();
  }

  private MethodSpec readThrough() {
    return MethodSpec.methodBuilder("readThrough")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(XMLStreamReader.class, "reader")
        .addParameter(StringBuilder.class, "text")
        .addException(XMLStreamException.class)
        .addJavadoc("Reads to the end of the current element, adding its own character data to {@code text} unless"
            + "\nit is {@code null}.\n")
        .addStatement("int depth = 1")
        .beginControlFlow("while (depth > 0)")
        .addStatement("int event = reader.next()")
        .beginControlFlow("if (event == $T.START_ELEMENT)", XMLStreamConstants.class)
        .addStatement("depth++")
        .nextControlFlow("else if (event == $T.END_ELEMENT)", XMLStreamConstants.class)
        .addStatement("depth--")
        .nextControlFlow("else if (text != null && depth == 1 && isCharacterData(event))")
        .addStatement("text.append(reader.getText())")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec isCharacterData() {
    return MethodSpec.methodBuilder("isCharacterData")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "event")
        .addStatement("return event == $T.CHARACTERS$W|| event == $T.CDATA$W|| event == $T.SPACE",
            XMLStreamConstants.class, XMLStreamConstants.class, XMLStreamConstants.class)
        .build();
  }

  private MethodSpec list() {
    TypeName items = ParameterizedTypeName.get(ClassName.get(List.class), T);
    return helper("list", items)
        .addTypeVariable(T)
        .addParameter(String.class, "itemName")
        .addParameter(ParameterizedTypeName.get(reader, T), "item")
        .addJavadoc("The items of a wrapper element, such as the {@code <Participant>}s of {@code <participants>},"
            + "\nknown by their name without case; other children are passed over.\n")
        .addStatement("$T values = new $T<>()", items, ArrayList.class)
        .beginControlFlow("while (nextChild(reader))")
        .beginControlFlow("if (reader.getLocalName().equalsIgnoreCase(itemName))")
        .addStatement("values.add(item.read(reader))")
        .nextControlFlow("else")
        .addStatement("skip(reader)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return values")
        .build();
  }

  private static MethodSpec writeElement() {
    return MethodSpec.methodBuilder("writeElement")
        .addModifiers(Modifier.STATIC)
        .addParameter(XMLStreamWriter.class, "writer")
        .addParameter(String.class, "name")
        .addParameter(String.class, "text")
        .addException(XMLStreamException.class)
        .addJavadoc("Writes {@code <name>text</name>}, or nothing for {@code null}.\n")
        .beginControlFlow("if (text != null)")
        .addStatement("writer.writeStartElement(name)")
        .addStatement("writer.writeCharacters(text)")
        .addStatement("writer.writeEndElement()")
        .endControlFlow()
        .build();
  }

  /** A writing helper that writes its value, or nothing for {@code null}; the caller adds the rest. */
  private static MethodSpec.Builder writeWhenGiven(String name, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addParameter(XMLStreamWriter.class, "writer")
        .addException(XMLStreamException.class)
        .addJavadoc("$L, or nothing for {@code null}.\n", javadoc);
  }

  /** A package-private static helper the DTOs call with the reader standing on an element. */
  private static MethodSpec.Builder helper(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(returns)
        .addParameter(XMLStreamReader.class, "reader")
        .addException(XMLStreamException.class);
  }
}
