package io.mcdewey.parse.markdown.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines of reStructuredText opened by a role the guide defines, read as labels. */
class RstRoleLabelsTest {

  @Test
  void aLineOpenedByAGuidesOwnRoleReadsAsItsLabelAndValue() {
    assertEquals("method: post\npath: /v2/kennels/\nresponse code: 409 if it exists",
        RstRoleLabels.asLabels("| :method:`post`\n| :path:`/v2/kennels/`\n:response_code:`409 if it exists`", true));
  }

  @Test
  void standardRolesAndPagesOfMarkdownAreLeftAlone() {
    String standard = ":ref:`kennels` lists them.";
    assertEquals(standard, RstRoleLabels.asLabels(standard, true));
    assertEquals(":method:`post`", RstRoleLabels.asLabels(":method:`post`", false));
  }
}
