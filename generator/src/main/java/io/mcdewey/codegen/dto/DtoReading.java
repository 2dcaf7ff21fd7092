package io.mcdewey.codegen.dto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What a DTO's JSON and XML readers share: the builder they fill, and the switch handing each member or child
 * element, known by its name without case as the guide's schemas know them, to the builder call taking its value.
 */
final class DtoReading {
  private DtoReading() {}

  /** The statement starting a reader: {@code Dto.Builder builder = new Dto.Builder()}. */
  static CodeBlock newBuilder(DtoSymbol dto) {
    ClassName builder = dto.className().nestedClass("Builder");
    return CodeBlock.of("$T builder = new $T()", builder, builder);
  }

  /**
   * Adds {@code switch (subject.toLowerCase(Locale.ROOT))} with a case per property's wire name; two properties
   * cannot share a name, so the first one read from it takes it.
   *
   * @param wireName the member or element name of a property
   * @param read the builder call taking a property's value
   * @param otherwise the default case, for names the SDK does not know
   */
  static void nameSwitch(MethodSpec.Builder method, CodeBlock subject, List<DtoProperty> properties,
      Function<DtoProperty, String> wireName, Function<DtoProperty, CodeBlock> read, CodeBlock otherwise) {
    method.beginControlFlow("switch ($L.toLowerCase($T.ROOT))", subject, Locale.class);
    Set<String> names = new HashSet<>();
    for (DtoProperty property : properties) {
      String name = wireName.apply(property).toLowerCase(Locale.ROOT);
      if (names.add(name)) {
        method.addStatement("case $S -> builder.$L", name, read.apply(property));
      }
    }
    method.addCode(otherwise).endControlFlow();
  }
}
