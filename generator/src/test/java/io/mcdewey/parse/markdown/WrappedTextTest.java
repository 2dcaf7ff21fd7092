package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Parameter;
import org.junit.jupiter.api.Test;

/** Text wrapped at other places reads the same: a list item is one text, a sentence is not cut into labels. */
class WrappedTextTest {

  @Test
  void aListItemsLinesDescribeTheParameterItNames() {
    Api api = parse("""
        ## Wash dogs

        ```
        POST /kennels/<kennel>/wash
        ```

        Query Parameters

        * `dry`: Optional - string representing a boolean - Whether to dry the dogs
        after their wash (towels, blowers).
        If `false` they stay wet. Defaults to `true`.
        * `soap`: Optional - string - The soap to use.
        """);

    Parameter dry = operation(api, "POST", "/kennels/{kennel}/wash").parameters().stream()
        .filter(p -> p.name().equals("dry")).findFirst().orElseThrow();
    assertEquals("Optional - string representing a boolean - Whether to dry the dogs after their wash (towels,"
        + " blowers). If false they stay wet. Defaults to true.", dry.description());
  }

  @Test
  void itemsInsideAParametersItemDetailItAndNameNoParameters() {
    Api api = parse("""
        ## List dogs

        ```
        GET /dogs
        ```

        Query Parameters

        * `order_by` - string - The order of the dogs. Valid values are:
          - `name` - Dogs are ordered by `name`.
          - `age` - Dogs are ordered by `age`.
        * `limit` - integer - At most this many.
        """);

    Operation list = operation(api, "GET", "/dogs");
    assertEquals(java.util.List.of("order_by", "limit"), list.parameters().stream().map(Parameter::name).toList());
    assertEquals("string - The order of the dogs. Valid values are: name - Dogs are ordered by name. age - Dogs are"
        + " ordered by age.", list.parameters().get(0).description());
  }

  @Test
  void aSentenceWrappedBeforeALabelWordStaysASentence() {
    Api api = parse("""
        ## Wash dogs

        ```
        POST /kennels/<kennel>/wash
        ```

        To dry them as well, set `dry` in the
        body:

        ```json
        {"dry": true}
        ```
        """);

    Operation wash = operation(api, "POST", "/kennels/{kennel}/wash");
    assertEquals("To dry them as well, set dry in the body:", wash.description());
    assertEquals("dry", wash.parameters().get(wash.parameters().size() - 1).name());
  }
}
