package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.DtoDocs;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.PropertySymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the DTOs of an SDK: one immutable {@code record} per schema, with a builder, nested enums and its own XML
 * reading and writing, plus the XML support class they share.
 *
 * <p>Components follow the schema's properties (attributes and child elements), then the element's own text when
 * the schema has some; a list is never {@code null} (an absent list is empty), any other component is {@code null}
 * when its element is absent. A typed property (an enum, a boolean) has, beside its typed component, a wire component
 * with the element's text (see {@link DtoProperty}): a value the guide does not name reads as the enum's fallback
 * constant, or as {@code null}, while its text is kept, so reading and writing back gives the same XML. The record's
 * canonical constructor takes both; a second constructor takes the properties alone.
 */
public final class DtoWriter {
  private final SdkSymbols symbols;
  private final DtoSymbol dto;
  private final List<DtoProperty> properties;

  private DtoWriter(SdkSymbols symbols, DtoSymbol dto) {
    this.symbols = symbols;
    this.dto = dto;
    this.properties = DtoProperty.of(dto);
  }

  /** One file per DTO, in schema order, then the XML support class. */
  public static List<JavaFile> files(SdkSymbols symbols) {
    String[] javaLangClashes = javaLangClashes(symbols);
    List<JavaFile> files = new ArrayList<>();
    for (DtoSymbol dto : symbols.dtos()) {
      TypeSpec.Builder type = new DtoWriter(symbols, dto).type();
      files.add(file(symbols, dto.schema().source().file(), type, javaLangClashes));
    }
    files.add(file(symbols, DtoDocs.guideFile(symbols), XmlSupportWriter.type(symbols.xmlSupport()), javaLangClashes));
    symbols.jsonSupport().ifPresent(json -> files.add(file(symbols, DtoDocs.guideFile(symbols), JsonSupportWriter.type(json),
        javaLangClashes)));
    return files;
  }

  private static JavaFile file(SdkSymbols symbols, String guideFile, TypeSpec.Builder type,
      String[] javaLangClashes) {
    return JavaFile.builder(symbols.modelPackage(), type.alwaysQualify(javaLangClashes).build())
        .addFileComment("$L", DtoDocs.fileComment(guideFile))
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The model classes named like a class of {@code java.lang}, such as a schema called {@code String}. In the model
   * package they would hide that class, which generated code names without an import; so both are always written
   * qualified.
   */
  private static String[] javaLangClashes(SdkSymbols symbols) {
    return Stream.concat(symbols.dtos().stream().map(DtoSymbol::className), Stream.of(symbols.xmlSupport()))
        .map(ClassName::simpleName)
        .filter(DtoWriter::isJavaLang)
        .toArray(String[]::new);
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private TypeSpec.Builder type() {
    ClassName className = dto.className();
    TypeSpec.Builder record = TypeSpec.recordBuilder(className)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", javadoc())
        .addSuperinterface(dto.json() ? symbols.jsonSupport().orElseThrow().nestedClass("Document")
            : symbols.xmlSupport().nestedClass("Document"))
        .recordConstructor(canonicalConstructor());
    if (properties.stream().anyMatch(DtoProperty::hasWireText)) {
      record.addMethod(propertiesConstructor());
    }
    CodeBlock normalization = normalization();
    if (!normalization.isEmpty()) {
      record.addMethod(MethodSpec.compactConstructorBuilder()
          .addModifiers(Modifier.PUBLIC)
          .addCode(normalization)
          .build());
    }
    record.addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builderClass())
            .addJavadoc("A builder with no values set.\n")
            .addStatement("return new $T()", builderClass())
            .build())
        .addMethod(toBuilder());
    if (dto.json()) {
      DtoJsonWriter writer = new DtoJsonWriter(dto, properties, symbols.jsonSupport().orElseThrow());
      record.addMethod(writer.fromMembers())
          .addMethod(writer.fromString())
          .addMethod(writer.writeJson())
          .addMethod(writer.toJson());
    } else {
      DtoXmlWriter writer = new DtoXmlWriter(dto, properties, symbols.xmlSupport());
      record.addMethod(writer.fromXmlReader())
          .addMethod(writer.fromXmlString())
          .addMethod(writer.writeXml())
          .addMethod(writer.toXml());
    }
    for (DtoProperty property : properties) {
      if (property.isEnum()) {
        record.addType(DtoEnumWriter.enumType(property));
      }
    }
    return record.addType(new DtoBuilderWriter(dto, properties).type());
  }

  private ClassName builderClass() {
    return dto.className().nestedClass("Builder");
  }

  private String javadoc() {
    Schema schema = dto.schema();
    String summary = DtoDocs.sentence(schema.description());
    StringBuilder doc = new StringBuilder();
    doc.append(DtoDocs.wrap(summary.isEmpty() ? "The {@code " + dto.xmlName() + "} object." : summary, ""))
        .append("\n\n")
        .append(DtoDocs.wrap("<p>On the wire: " + (dto.json() ? "a JSON object" : "{@code <" + dto.xmlName() + ">}")
            + ". " + DtoDocs.source(schema.source()), ""))
        .append('\n');
    if (!properties.isEmpty()) {
      doc.append('\n');
    }
    for (DtoProperty property : properties) {
      doc.append(param(property.field(), dto.json() ? memberDoc(property.symbol()) : componentDoc(property.symbol())));
      if (property.hasWireText()) {
        String unknown = property.isEnum()
            ? "for values {@link " + property.symbol().enumSymbol().className().simpleName() + "} does not name"
            : "when it is no {@code " + ((ClassName) property.symbol().valueType()).simpleName() + "}";
        String of = dto.json() ? "member {@code " + property.symbol().xmlName() + "}" : wire(property.symbol());
        doc.append(param(property.wireField(), "The text of " + of + " as on the wire, also "
            + unknown + "; when given, it decides {@code " + property.field() + "}."));
      }
    }
    if (dto.textField() != null) {
      doc.append(param(dto.textField(), "The text of {@code <" + dto.xmlName() + ">} itself, beside its child"
          + " elements; some answers carry text where others carry elements."));
    }
    return doc.toString();
  }

  private static String param(String name, String text) {
    return DtoDocs.wrap("@param " + name + " " + text, "    ") + "\n";
  }

  private static String memberDoc(PropertySymbol property) {
    String description = DtoDocs.sentence(property.property().description());
    String wire = (property.repeated() ? "Array member {@code " : "Member {@code ") + property.xmlName() + "}.";
    return description.isEmpty() ? wire : description + " " + wire;
  }

  private static String componentDoc(PropertySymbol property) {
    String description = DtoDocs.sentence(property.property().description());
    String wire = property.attribute() ? "Attribute {@code " + property.xmlName() + "}"
        : property.wrapperXmlName() != null ? "Elements " + wire(property)
        : property.repeated() ? "Repeated element " + wire(property) : "Element " + wire(property);
    return description.isEmpty() ? wire + "." : description + " " + wire + ".";
  }

  /** How a property appears in XML: {@code <uri>}, or {@code <Participant>} inside {@code <participants>}. */
  private static String wire(PropertySymbol property) {
    if (property.attribute()) {
      return "attribute {@code " + property.xmlName() + "}";
    }
    String element = "{@code <" + property.xmlName() + ">}";
    return property.wrapperXmlName() == null ? element
        : element + " inside {@code <" + property.wrapperXmlName() + ">}";
  }

  private MethodSpec canonicalConstructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (DtoProperty property : properties) {
      constructor.addParameter(ParameterSpec.builder(property.type(), property.field()).build());
      if (property.hasWireText()) {
        constructor.addParameter(ParameterSpec.builder(property.wireType(), property.wireField()).build());
      }
    }
    if (dto.textField() != null) {
      constructor.addParameter(ParameterSpec.builder(String.class, dto.textField()).build());
    }
    return constructor.build();
  }

  /** The constructor taking the properties alone, as the schema lists them: the wire texts follow. */
  private MethodSpec propertiesConstructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the record from its properties' values; the wire texts of typed values follow from"
            + " them.\n");
    List<CodeBlock> arguments = new ArrayList<>();
    for (DtoProperty property : properties) {
      constructor.addParameter(property.type(), property.field());
      arguments.add(CodeBlock.of("$N", property.field()));
      if (property.hasWireText()) {
        arguments.add(CodeBlock.of("null"));
      }
    }
    if (dto.textField() != null) {
      constructor.addParameter(String.class, dto.textField());
      arguments.add(CodeBlock.of("$N", dto.textField()));
    }
    return constructor.addStatement("this($L)", CodeBlock.join(arguments, ",$W")).build();
  }

  /** The compact constructor's body: lists copied, typed values and their wire texts made to agree. */
  private CodeBlock normalization() {
    CodeBlock.Builder code = CodeBlock.builder();
    ClassName xml = symbols.xmlSupport();
    for (DtoProperty property : properties) {
      String field = property.field();
      String wire = property.wireField();
      if (property.hasWireText() && property.repeated()) {
        code.beginControlFlow("if (($N == null || $N.isEmpty()) && $N != null)", wire, wire, field)
            .addStatement("$N = $N.stream().map($L).toList()", wire, field, property.printer())
            .endControlFlow()
            .addStatement("$N = $N == null ? $T.of()$W: $T.copyOf($N)", wire, wire, List.class, List.class, wire)
            .addStatement("$N = $N.stream().map($L).toList()", field, wire, property.parser(xml));
      } else if (property.hasWireText()) {
        code.beginControlFlow("if ($N == null && $N != null)", wire, field)
            .addStatement("$N = $L", wire, property.print(CodeBlock.of("$N", field)))
            .endControlFlow()
            .addStatement("$N = $L", field, property.parse(xml, CodeBlock.of("$N", wire)));
      } else if (property.repeated()) {
        code.addStatement("$N = $N == null ? $T.of()$W: $T.copyOf($N)", field, field, List.class, List.class, field);
      }
    }
    return code.build();
  }

  private MethodSpec toBuilder() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(builderClass())
        .addJavadoc("A builder holding this record's values.\n")
        .addStatement("$T builder = new $T()", builderClass(), builderClass());
    for (DtoProperty property : properties) {
      String field = property.builderField();
      if (property.repeated()) {
        method.addStatement("builder.$N.addAll(this.$N)", field, field);
      } else {
        method.addStatement("builder.$N = this.$N", field, field);
      }
    }
    if (dto.textField() != null) {
      method.addStatement("builder.$N = this.$N", dto.textField(), dto.textField());
    }
    return method.addStatement("return builder").build();
  }
}
