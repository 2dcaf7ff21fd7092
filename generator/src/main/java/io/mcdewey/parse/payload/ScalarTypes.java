package io.mcdewey.parse.payload;

import io.mcdewey.model.PropertyType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type of a field's values, from the type column of the guide's tables and the values its examples print. A type
 * is given only where nothing disagrees: a type column naming {@code Boolean}, {@code Integer} or {@code Long} whose
 * examples hold such values, or examples that all hold booleans, ISO instants or whole numbers. Digits stay text
 * where the field names an identifier ({@code loginId}, {@code extension}, {@code queueNumber}) or a free value
 * ({@code value} of a name-value pair): identifiers keep their leading zeros and hold letters in other deployments.
 * One example of digits is too little to call a field a number. The generated code keeps the text beside the typed
 * value, so a value of another kind still travels unchanged.
 */
final class ScalarTypes {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,19}");
  private static final Pattern WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+");
  private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false");
  /** Words naming an identifier, which digits do not make a number. */
  private static final Set<String> IDENTIFIER_WORDS = Set.of("id", "ids", "code", "number", "num", "no", "extension",
      "address", "dnis", "ani", "key", "prefix", "phone", "zip", "pin", "version", "name", "label", "uri", "url",
      "value", "data", "text", "string", "media");
  /** Distinct examples of digits it takes to call a field a number without a type column. */
  private static final int NUMBER_EXAMPLES = 2;

  private ScalarTypes() {}

  /**
   * The type of a field.
   *
   * @param name the field's name
   * @param values the texts its examples print, blank ones left out
   * @param typeWords the words of the guide's type columns for it ({@code Boolean}, {@code String})
   */
  static PropertyType of(String name, Collection<String> values, Collection<String> typeWords) {
    Set<String> declared = typeWords.stream().map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(
        java.util.stream.Collectors.toSet());
    if (declared.contains("boolean") || declared.contains("bool") || !values.isEmpty() && allBooleans(values)) {
      return allBooleans(values) ? PropertyType.BOOLEAN : PropertyType.STRING;
    }
    if (declared.contains("long") || declared.contains("integer") || declared.contains("int")) {
      return allWholeNumbers(values) ? wholeNumber(values, declared.contains("long")) : PropertyType.STRING;
    }
    if (values.isEmpty() || declared.contains("string")) {
      return PropertyType.STRING;
    }
    if (values.stream().allMatch(ScalarTypes::isInstant)) {
      return PropertyType.DATE_TIME;
    }
    boolean number = values.size() >= NUMBER_EXAMPLES && allWholeNumbers(values) && !namesAnIdentifier(name);
    return number ? wholeNumber(values, false) : PropertyType.STRING;
  }

  private static boolean allBooleans(Collection<String> values) {
    return values.stream().allMatch(v -> BOOLEAN_WORDS.contains(v.toLowerCase(Locale.ROOT)));
  }

  private static boolean allWholeNumbers(Collection<String> values) {
    return values.stream().allMatch(v -> WHOLE_NUMBER.matcher(v).matches());
  }

  /** {@code INTEGER}, or {@code LONG} when declared so or when a value needs it. */
  private static PropertyType wholeNumber(Collection<String> values, boolean declaredLong) {
    boolean large = values.stream().anyMatch(v -> {
      long value = parseLong(v);
      return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE;
    });
    return declaredLong || large ? PropertyType.LONG : PropertyType.INTEGER;
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Whether a text is an ISO instant. A text that does not open with a year's digit or sign, or holds no {@code T}
   * between date and time, is told apart before parsing, since a parse that fails throws, which costs far more.
   */
  static boolean isInstant(String text) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    boolean opensYear = first >= '0' && first <= '9' || first == '+' || first == '-';
    if (!opensYear || text.indexOf('T') < 0 && text.indexOf('t') < 0) {
      return false;
    }
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean namesAnIdentifier(String name) {
    for (String word : WORD.split(name)) {
      if (IDENTIFIER_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
