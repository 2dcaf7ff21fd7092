package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhpArrayTemplatesTest {

  @Test
  void anArrayOfNamesByTypeOrValidationRulesNamesParameters() {
    List<MarkdownParameter> typed = PhpArrayTemplates.parameters("""
        [
            'email' => 'string',
            'limit' => 'int,20',
        ]
        """);
    assertEquals(List.of("email string null", "limit int null"), described(typed));

    List<MarkdownParameter> rules = PhpArrayTemplates.parameters("""
        [
            "email" => "required|email|max:255",
            "nickname" => "nullable|string", "website" => "url",
            "items.*.id" => "integer",
        ];
        """);
    assertEquals(List.of("email  true", "nickname string false", "website  null"), described(rules));

    List<MarkdownParameter> opening = PhpArrayTemplates.parameters("""
        [           'type' => 'int',
                    'name' => 'string',
                ]
        """);
    assertEquals(List.of("type int null", "name string null"), described(opening));
  }

  @Test
  void anArrayOfOtherValuesIsCode() {
    assertEquals(List.of(), PhpArrayTemplates.parameters("""
        [
            'name' => 'Ann',
            'city' => 'Oslo',
        ]
        """), "data");
    assertEquals(List.of(), PhpArrayTemplates.parameters("""
        [
            'headers' => ['Accept' => 'application/json'],
            'json' => $body,
        ]
        """), "a client's options");
    assertEquals(List.of(), PhpArrayTemplates.parameters("$client->post('/users', ['name' => 'string']);"));
    assertEquals(List.of(), PhpArrayTemplates.parameters("""
        $payload = [
            'type' => 'file',
            'sort' => 'date',
        ];
        """), "a variable's value");
    assertEquals(List.of(), PhpArrayTemplates.parameters("""
        [
            'name' => 'string' . $suffix,
            'gift' => 'boolean',
        ]
        """), "an expression");
  }

  private static List<String> described(List<MarkdownParameter> parameters) {
    return parameters.stream().map(p -> p.name() + " " + p.type() + " " + p.required()).toList();
  }
}
