package io.mcdewey.codegen;

/**
 * A guide whose SDK would break a limit of the JVM: a class or a method too large to compile. The message names the
 * group or the count and the limit; nothing was generated.
 */
public final class JvmLimitException extends Exception {
  private static final long serialVersionUID = 1L;

  JvmLimitException(String message) {
    super(message);
  }
}
