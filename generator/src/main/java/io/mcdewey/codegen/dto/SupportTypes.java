package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The nested types the XML and JSON support classes both have: the document interface and the exception. */
final class SupportTypes {
  private SupportTypes() {}

  /** {@code interface Document { String toXml(); }}, implemented by every DTO of the format. */
  static TypeSpec document(ClassName document, String method, String format) {
    return TypeSpec.interfaceBuilder(document)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A value that is a whole $L document: every $L DTO, which a request built by hand takes as its"
            + " body.\n", format, format)
        .addMethod(MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(String.class)
            .addJavadoc("This value as $L document.\n\n@return the document\n",
                format.equals("XML") ? "an XML" : "a " + format)
            .build())
        .build();
  }

  /** The unchecked exception of text that cannot be read (or written). */
  static TypeSpec exception(ClassName exception, String javadoc, boolean withCause) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(String.class, "message");
    if (withCause) {
      constructor.addParameter(Throwable.class, "cause").addStatement("super(message, cause)");
    } else {
      constructor.addStatement("super(message)");
    }
    return TypeSpec.classBuilder(exception)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(RuntimeException.class)
        .addJavadoc("$L\n", javadoc)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build())
        .addMethod(constructor.build())
        .build();
  }
}
