package io.mcdewey.cli;

/**
 * An option a command accepts.
 *
 * @param name the long name without dashes ({@code profile}, written {@code --profile})
 * @param letter the one-letter short form without the dash ({@code o}), or {@code null}
 * @param valueName how help names the option's value ({@code FILE}), or {@code null} for a flag without value
 * @param description what the option does, for help
 */
public record Option(String name, String letter, String valueName, String description) {

  public static Option valued(String name, String valueName, String description) {
    return new Option(name, null, valueName, description);
  }

  public static Option flag(String name, String description) {
    return new Option(name, null, null, description);
  }

  public Option withLetter(String shortForm) {
    return new Option(name, shortForm, valueName, description);
  }

  boolean takesValue() {
    return valueName != null;
  }

  /** The option as help shows it: {@code -o, --output FILE}. */
  String synopsis() {
    return (letter == null ? "" : "-" + letter + ", ") + "--" + name + (takesValue() ? " " + valueName : "");
  }
}
