package io.mcdewey.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader against cases in the manner of JSONTestSuite (github.com/nst/JSONTestSuite): texts every parser must
 * accept ({@code y_}), must refuse ({@code n_}), and may do either with ({@code i_}), named as the suite names them.
 */
class JsonTest {

  /** Texts that must read, with the value they read as. */
  private static final Map<String, Object> ACCEPTED = cases(
      "y_array_empty", "[]", List.of(),
      "y_array_arraysWithSpaces", "[[]   ]", List.of(List.of()),
      "y_array_heterogeneous", "[null, 1, \"1\", {}]", Arrays.asList(null, 1L, "1", Map.of()),
      "y_array_with_several_null", "[1,null,null,null,2]", Arrays.asList(1L, null, null, null, 2L),
      "y_number_0e+1", "[0e+1]", List.of(new BigDecimal("0e+1")),
      "y_number_negative_zero", "[-0]", List.of(0L),
      "y_number_real_capital_e_pos_exp", "[1E+2]", List.of(new BigDecimal("1E+2")),
      "y_number_real_fraction_exponent", "[123.456e78]", List.of(new BigDecimal("123.456e78")),
      "y_number_simple_real", "[123.456789]", List.of(new BigDecimal("123.456789")),
      "y_number_int_with_exp", "[20e1]", List.of(new BigDecimal("20e1")),
      "y_number_after_space", "[ 4]", List.of(4L),
      "y_number_very_big_negative_int", "[-237462374673276894279832749832423479823246327846]",
      List.of(new BigDecimal("-237462374673276894279832749832423479823246327846")),
      "y_number_largest_long_kept_exact", "[9223372036854775807]", List.of(new BigDecimal("9223372036854775807")),
      "y_object_basic", "{\"asd\":\"sdf\"}", Map.of("asd", "sdf"),
      "y_object_empty_key", "{\"\":0}", Map.of("", 0L),
      "y_object_escaped_null_in_key", "{\"foo\\u0000bar\": 42}", Map.of("foo\u0000bar", 42L),
      "y_object_same_key_in_nested_objects", "{\"a\":{\"a\":1}}", Map.of("a", Map.of("a", 1L)),
      "y_string_accepted_surrogate_pair", "[\"\\uD801\\udc37\"]", List.of("\uD801\uDC37"),
      "y_string_allowed_escapes", "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", List.of("\"\\/\b\f\n\r\t"),
      "y_string_unicode_escaped_double_quote", "[\"\\u0022\"]", List.of("\""),
      "y_string_utf8", "[\"€𝄞\"]", List.of("€𝄞"),
      "y_string_with_del_character", "[\"a\u007Fa\"]", List.of("a\u007Fa"),
      "y_string_nonCharacterInBMP", "[\"\\uFFFF\"]", List.of("\uFFFF"),
      "y_structure_lonely_true", "true", Boolean.TRUE,
      "y_structure_lonely_int", "42", 42L,
      "y_structure_lonely_negative_real", "-0.1", new BigDecimal("-0.1"),
      "y_structure_lonely_string", "\"asd\"", "asd",
      "y_structure_whitespace_array", " [] ", List.of(),
      "y_structure_trailing_newline", "[\"a\"]\n", List.of("a"),
      "y_structure_crlf_between_members", "{\r\n\"a\" :\t1\r\n}", Map.of("a", 1L));

  /** Texts that must be refused. */
  private static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("n_array_1_true_without_comma", "[1 true]"),
      Map.entry("n_array_extra_comma", "[\"\",]"),
      Map.entry("n_array_incomplete", "[\"x\""),
      Map.entry("n_array_inner_array_no_comma", "[3[4]]"),
      Map.entry("n_array_just_comma", "[,]"),
      Map.entry("n_array_unclosed", "["),
      Map.entry("n_incomplete_false", "[fals]"),
      Map.entry("n_incomplete_null", "[nul]"),
      Map.entry("n_incomplete_true", "[tru]"),
      Map.entry("n_number_0.1.2", "[0.1.2]"),
      Map.entry("n_number_-01", "[-01]"),
      Map.entry("n_number_01", "[01]"),
      Map.entry("n_number_with_leading_zero", "[012]"),
      Map.entry("n_number_1.0e", "[1.0e]"),
      Map.entry("n_number_1.0e+", "[1.0e+]"),
      Map.entry("n_number_2.e3", "[2.e3]"),
      Map.entry("n_number_.2e-3", "[.2e-3]"),
      Map.entry("n_number_+1", "[+1]"),
      Map.entry("n_number_-", "[-]"),
      Map.entry("n_number_minus_space_1", "[- 1]"),
      Map.entry("n_number_real_without_fractional_part", "[1.]"),
      Map.entry("n_number_hex_1_digit", "[0x1]"),
      Map.entry("n_number_infinity", "[Infinity]"),
      Map.entry("n_number_NaN", "[NaN]"),
      Map.entry("n_object_missing_colon", "{\"a\" b}"),
      Map.entry("n_object_missing_key", "{:\"b\"}"),
      Map.entry("n_object_non_string_key", "{1:1}"),
      Map.entry("n_object_single_quote", "{'a':0}"),
      Map.entry("n_object_trailing_comma", "{\"id\":0,}"),
      Map.entry("n_object_unquoted_key", "{a: \"b\"}"),
      Map.entry("n_object_with_trailing_garbage", "{\"a\":\"b\"}#"),
      Map.entry("n_object_duplicated_key", "{\"a\":\"b\",\"a\":\"c\"}"),
      Map.entry("n_string_escape_x", "[\"\\x00\"]"),
      Map.entry("n_string_invalid_unicode_escape", "[\"\\uqqqq\"]"),
      Map.entry("n_string_incomplete_escaped_character", "[\"\\u00A\"]"),
      Map.entry("n_string_unicode_escape_with_sign", "[\"\\u+123\"]"),
      Map.entry("n_string_1_surrogate_then_escape", "[\"\\uD800\\\"]"),
      Map.entry("n_string_single_quote", "['single quote']"),
      Map.entry("n_string_unescaped_tab", "[\"\t\"]"),
      Map.entry("n_string_unescaped_newline", "[\"new\nline\"]"),
      Map.entry("n_structure_whitespace_formfeed", "[\f]"),
      Map.entry("n_structure_whitespace_vertical_tab", "[\u000B1]"),
      Map.entry("n_structure_whitespace_line_separator", "[\u20281]"),
      Map.entry("n_structure_whitespace_ideographic_space", "\u3000[]"),
      Map.entry("n_structure_UTF8_BOM_no_data", "\uFEFF"),
      Map.entry("n_structure_unicode-identifier", "å"),
      Map.entry("n_structure_object_with_comment", "{\"a\":/*comment*/\"b\"}"),
      Map.entry("n_structure_double_array", "[][]"),
      Map.entry("n_structure_no_data", ""),
      Map.entry("n_structure_null-byte-outside-string", "[\u0000]"),
      Map.entry("n_structure_open_array_object", "[{"),
      Map.entry("n_structure_deep_nesting", "[".repeat(600) + "]".repeat(600)));

  /** Texts a parser may take or refuse: they must give a value or a {@link JsonException}, nothing else. */
  private static final Map<String, String> EITHER = Map.of(
      "i_number_huge_exp", "[0.4e" + "9".repeat(400) + "]",
      "i_number_neg_int_huge_exp", "[-1e+9999]",
      "i_string_1st_surrogate_but_2nd_missing", "[\"\\uDADA\"]",
      "i_string_incomplete_surrogate_pair", "[\"\\uDd1ea\"]",
      "i_structure_UTF-8_BOM_empty_object", "\uFEFF{}");

  @Test
  void quotesPlainRunsAsTheyAreAndEscapesWhatJsonAndYamlReadersRefuse() {
    StringBuilder out = new StringBuilder();
    Json.quote("agent \"7\" \\ \u00e9\uD801\uDC37\n\t\u0001\u2028\uD800 end", out);
    assertEquals("\"agent \\\"7\\\" \\\\ \u00e9\uD801\uDC37\\n\\t\\u0001\\u2028\\ud800 end\"", out.toString());
  }

  @Test
  void acceptsWhatEveryParserMustAccept() {
    assertAll(ACCEPTED.entrySet().stream().map(test -> () -> {
      try {
        assertEquals(test.getValue(), Json.parse(test.getKey().substring(test.getKey().indexOf(' ') + 1)),
            test.getKey());
      } catch (JsonException e) {
        fail(test.getKey() + ": " + e.getMessage());
      }
    }));
  }

  @Test
  void refusesWhatEveryParserMustRefuse() {
    assertAll(REFUSED.entrySet().stream().map(test -> () ->
        assertThrows(JsonException.class, () -> Json.parse(test.getValue()), test.getKey())));
  }

  @Test
  void givesAValueOrAJsonExceptionForWhatParsersMayDoEitherWith() {
    assertAll(EITHER.entrySet().stream().map(test -> () -> assertDoesNotThrow(() -> {
      try {
        Json.parse(test.getValue());
      } catch (JsonException e) {
        // Refusing is allowed; any other exception is not.
      }
    }, test.getKey())));
  }

  @Test
  void namesWhereAMemberNameIsUsedTwice() {
    JsonException error = assertThrows(JsonException.class,
        () -> Json.parse("{\n  \"page\": 1,\n  \"page\": 2\n}"));

    assertEquals("the member name \"page\" is used twice in this object at line 3, column 3", error.getMessage());
  }

  @Test
  void namesWhereANumberGoesWrong() {
    assertEquals("a number does not start with 0 followed by digits at line 1, column 10",
        assertThrows(JsonException.class, () -> Json.parse("{\"page\": 01}")).getMessage());
    assertEquals("expected a digit after the decimal point at line 2, column 4",
        assertThrows(JsonException.class, () -> Json.parse("[\n 1.]")).getMessage());
  }

  @Test
  void writesWhatItReadsBackTheSame() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "a \"quoted\"\tline\n\u2028");
    value.put("numbers", List.of(0L, -7L, new BigDecimal("1.5e3")));
    value.put("nothing", null);

    assertEquals(value, Json.parse(Json.write(value)));
  }

  /** Name, text and value, three by three, in order. */
  private static Map<String, Object> cases(Object... triples) {
    Map<String, Object> cases = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      cases.put(triples[i] + " " + triples[i + 1], triples[i + 2]);
    }
    return cases;
  }
}
