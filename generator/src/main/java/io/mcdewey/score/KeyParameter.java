package io.mcdewey.score;

/**
 * A parameter as an answer key lists it.
 *
 * @param name the parameter's name
 * @param required {@code true} or {@code false} when the page says so, {@code null} when it states nothing
 */
public record KeyParameter(String name, Boolean required) {

  /** The name with what the page says of it, as scores show it: {@code extension (required)}. */
  public static String describe(String name, Boolean required) {
    String says = required == null ? "not stated" : required ? "required" : "optional";
    return name + " (" + says + ")";
  }

  @Override
  public String toString() {
    return describe(name, required);
  }
}
