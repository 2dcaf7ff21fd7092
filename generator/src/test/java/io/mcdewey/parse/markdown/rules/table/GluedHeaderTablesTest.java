package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GluedHeaderTablesTest {

  @Test
  void splitsColumnNamesRunTogether() {
    assertEquals(Optional.of(List.of("Name", "Description", "Type", "Additional information")),
        GluedHeaderTables.header("NameDescriptionTypeAdditional information"));
    assertEquals(Optional.of(List.of("Name", "Description", "Type", "Required?", "Additional information")),
        GluedHeaderTables.header("NameDescriptionTypeRequired?Additional information"));
  }

  @Test
  void takesNoOtherLineForAGluedHeader() {
    assertTrue(GluedHeaderTables.header("NameType").isEmpty());
    assertTrue(GluedHeaderTables.header("Name the type of description").isEmpty());
    assertTrue(GluedHeaderTables.header("DescriptionType").isEmpty());
  }

  @Test
  void readsACellAParagraphIntoRowsWithADescriptionLeftOut() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        NameDescriptionTypeAdditional information
        id

        The kennel's id

        integer

        Required

        size

        integer

        None.

        Body Parameters
        """);

    assertEquals(new MarkdownElement.Table(List.of("Name", "Description", "Type", "Additional information"),
        List.of(List.of("id", "The kennel's id", "integer", "Required"), List.of("size", "", "integer", "None.")), 1,
        false), elements.get(0));
    assertEquals("Body Parameters", ((MarkdownElement.TextLine) elements.get(1)).text());
  }

  @Test
  void aNameOverItsRequiredMarkOpensARowAndListItemsBeforeOneAreTheLastCells() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Parameter NameMandatoryExpected ValuesDefault ValueDescription

        switch

        Yes

        Integer of the switch

        The switch to control. The commands:

        - on - switch it on
        - off - switch it off

        timeout

        No

        Seconds

        When the switch is released.

        ## Example of a Request
        """);

    // The row left its default value out: its cells fill the first columns, the name and its mark in theirs.
    MarkdownElement.Table table = (MarkdownElement.Table) elements.get(0);
    assertEquals(List.of("switch", "Yes"), table.rows().get(0).subList(0, 2));
    assertEquals("The switch to control. The commands: on - switch it on off - switch it off",
        table.rows().get(0).get(3));
    assertEquals(List.of("timeout", "No"), table.rows().get(1).subList(0, 2));
    assertEquals(2, table.rows().size());
    assertEquals("Example of a Request", ((MarkdownElement.Heading) elements.get(1)).text());
  }
}
