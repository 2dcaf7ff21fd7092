package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A generated enum: the values a guide names for a field, plus a fallback constant for values a newer server may
 * send, so that reading an answer never fails on an unknown value.
 *
 * @param className the enum, nested in the DTO that uses it
 * @param constants the known constants, in guide order
 * @param fallbackConstant the Java name of the constant standing for any other value
 */
public record EnumSymbol(ClassName className, List<Constant> constants, String fallbackConstant) {

  /**
   * One known constant.
   *
   * @param javaName the constant's Java name
   * @param wireValue the value on the wire
   */
  public record Constant(String javaName, String wireValue) {}

  public EnumSymbol {
    constants = List.copyOf(constants);
  }
}
