package io.mcdewey.parse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.rules.JsonParagraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonTemplates} and {@link JsonParagraphs}. */
class JsonTemplatesTest {

  @Test
  void readsATemplatesMembersAsBodyParameters() {
    assertEquals(List.of("email null", "team false", "roles null"), read("""
        {"email": "Email address", "team": "Name of the team (Optional)", "roles": [{"id": "Role id"}]}"""));
  }

  @Test
  void readsTheMembersOfATemplateCutShort() {
    assertEquals(List.of("name null", "size false", "notes null"),
        read("{\"name\": \"Kennel name\", \"size\": \"Places in it (Optional)\", \"notes\": \"Free te"));
  }

  @Test
  void valuesOfCapitalisedWordsTellNeitherExampleNorTemplate() {
    assertEquals(List.of(), read("{\"name\": \"Role Test\", \"description\": \"Demo Role\", \"id\": \"role-test\"}"));
    assertEquals(List.of("name null", "email null"),
        read("{\"name\": \"User Name\", \"email\": \"Email of the user\"}"));
    assertEquals(List.of("username null", "password null"),
        read("{\"username\": \"Tài khoản\", \"password\": \"Mật mã của tài khoản\"}"));
    assertTrue(JsonTemplates.isTitleCased("Émile Zola"));
  }

  @Test
  void readsAnObjectWhoseMembersCommentOnWhetherTheyAreRequiredAsTheRequestsFields() {
    assertEquals(List.of("siteId true", "startTime false", "notes null"), commented("""
        {
          "siteId": "uuid", // Obligatoire
          "startTime": "2024-03-20T09:30:00.000Z", // Optionnel (ISO 8601)
          "notes": "x"
        }"""));
    assertEquals(List.of("mobile true", "password true"),
        commented("{\n\"mobile\": \"\", //必须\n\"password\":\"\" //必须\n}"));
    assertEquals(List.of(), commented("{\n\"id\": 14, //编号\n\"name\": \"x\" //名字\n}"),
        "comments only describing");
    assertEquals(List.of(), commented("{\n\"a\": 1, // required\n\"b\": 2,\n\"c\": 3\n}"), "most members bare");
  }

  @Test
  void readsAnObjectOfTypeNamesAsTypedParameters() {
    assertEquals(List.of("name string", "age integer"), JsonTemplates.typed("{\n  name: string,\n  age: integer\n}")
        .stream().map(parameter -> parameter.name() + " " + parameter.type()).toList());
    assertEquals(List.of(), JsonTemplates.typed("{\"name\": \"Rex\", \"age\": \"integer\"}"));
    assertEquals(List.of(), JsonTemplates.typed("{\"age\": 3}"));
    assertEquals(List.of(), JsonTemplates.typed("{\"type\": \"string\", \"format\": \"date\"}"), "a JSON Schema");
  }

  @Test
  void takesNoExampleOrMessageForATemplate() {
    assertEquals(List.of(), read("{\"id\": 8, \"name\": \"Sprint 15\", \"archived\": false}"));
    assertEquals(List.of(), read("{\"name\": \"jsmith\", \"password\": \"secret\"}"));
    assertEquals(List.of(), read("{\"error\": \"name must not be empty\"}"));
    assertEquals(List.of(), read("not json"));
  }

  @Test
  void readsAParagraphEndingInATemplateCutShortAsTextThenCode() {
    List<MarkdownElement> elements = MarkdownElements.read("Use this template:\n{\n\"email\": \"Email add\n");

    assertEquals("Use this template:", ((MarkdownElement.TextLine) elements.get(0)).text());
    assertEquals("json", ((MarkdownElement.Code) elements.get(1)).info());
  }

  @Test
  void readsAParagraphThatIsAJsonDocumentAsACodeBlock() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Use this template:

        {
          "email": "Email address of
          the user",
          "team": "Team name"
        }
        """);

    MarkdownElement.Code code = (MarkdownElement.Code) elements.get(1);
    assertEquals("json", code.info());
    assertTrue(code.content().contains("\"team\""));
  }

  private static List<String> commented(String text) {
    return JsonTemplates.commented(text, io.mcdewey.model.ParameterLocation.BODY).stream().map(p -> p.name() + " " + p.required()).toList();
  }

  private static List<String> read(String text) {
    return JsonTemplates.parameters(text).orElse(List.of()).stream().map(p -> p.name() + " " + p.required())
        .toList();
  }
}
