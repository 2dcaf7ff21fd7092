package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTypeLinesTest {

  @Test
  void readsFieldsPrintedAPartALineAsATableOfFields() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Body
        badge_id
        string
        required
        The badge to award.
        event_id
        string
        The event.
        limit
        number
        How many to list.
        curl -X POST https://api.example.com/v1/awards
        """);

    MarkdownElement.Table table = (MarkdownElement.Table) elements.get(1);
    assertEquals(List.of("Name", "Type", "Required", "Description"), table.header());
    assertEquals(List.of(List.of("badge_id", "string", "required", "The badge to award."),
        List.of("event_id", "string", "", "The event."), List.of("limit", "number", "", "How many to list.")),
        table.rows());
    assertEquals(2, table.line());
    assertEquals("curl -X POST https://api.example.com/v1/awards",
        ((MarkdownElement.TextLine) elements.get(2)).text(), "the last record takes one line");
  }

  @Test
  void aRecordAloneNeedsAMarkOrAQualifierAndListItemsAreNone() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Returns
        object

        id
        string
        required

        name
        string
        - count
        - number
        """);

    assertEquals(List.of(List.of(List.of("id", "string", "required", ""))),
        elements.stream().filter(e -> e instanceof MarkdownElement.Table)
            .map(e -> ((MarkdownElement.Table) e).rows()).toList());
  }

  @Test
  void readsRedocsRecordsTheMarkBeforeTheTypeEachEndingItsParagraph() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        header Parameters
        api-version
        required
        string
        Value: "v1"

        The version to call.

        limit
        integer <int32>
        Default: 10
        <= 100

        How many to list.
        """);

    List<MarkdownElement.Table> tables = elements.stream().filter(e -> e instanceof MarkdownElement.Table)
        .map(e -> (MarkdownElement.Table) e).toList();
    assertEquals(List.of(List.of(List.of("api-version", "string", "required", "The version to call.")),
        List.of(List.of("limit", "integer <int32>", "", "How many to list."))),
        tables.stream().map(MarkdownElement.Table::rows).toList());
  }

  @Test
  void aRecordWithoutMarkOrQualifierDescribedByTheParagraphAfterItAmongOthersIsOne() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        limit
        integer
        default:20

        Maximum number of items to return

        Required range: x >= 0
        changed_since
        integer

        Return items changed since this id

        Response
        """);

    List<MarkdownElement.Table> tables = elements.stream().filter(e -> e instanceof MarkdownElement.Table)
        .map(e -> (MarkdownElement.Table) e).toList();
    assertEquals(List.of(List.of(List.of("limit", "integer", "", "Maximum number of items to return")),
        List.of(List.of("changed_since", "integer", "", "Return items changed since this id"))),
        tables.stream().map(MarkdownElement.Table::rows).toList());
    assertEquals("Response", ((MarkdownElement.TextLine) elements.get(elements.size() - 1)).text(),
        "a label is no description");
  }

  @Test
  void aStarAfterANameMarksItRequired() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        account_id*
        int
        ID of the account.
        note
        string
        Free text.
        """);

    assertEquals(List.of(List.of("account_id", "int", "required", "ID of the account."), List.of("note", "string", "",
        "Free text.")), ((MarkdownElement.Table) elements.get(0)).rows());
  }

  @Test
  void theCaptionAndColumnNamesOfTheNextTableDescribeNoRecord() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Headers
        Name
        Type
        Description
        Authorization*
        string
        accessToken
        Request Body
        Name
        Type
        Description
        title*
        string
        content*
        string
        """);

    List<List<List<String>>> tables = elements.stream().filter(MarkdownElement.Table.class::isInstance)
        .map(table -> ((MarkdownElement.Table) table).rows()).toList();
    assertEquals(List.of(List.of("Authorization", "string", "required", "accessToken")), tables.get(0));
    assertEquals(List.of("title", "content"), tables.get(tables.size() - 1).stream().map(row -> row.get(0)).toList());
    assertTrue(elements.stream().anyMatch(e -> e instanceof MarkdownElement.TextLine line
        && line.text().equals("Request Body")), "the caption stays a line of its own");
  }

  @Test
  void aFieldCalledTypeWithItsMarkOpensNoTable() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        domain
        Required
        string
        Domain of the PBX.
        type
        Required
        string
        Kind of PBX.
        """);

    assertEquals(List.of(List.of("domain", "string", "Required", "Domain of the PBX."),
        List.of("type", "string", "Required", "Kind of PBX.")), ((MarkdownElement.Table) elements.get(0)).rows());
  }

  @Test
  void aNameAndTypeFollowedByTextInTheirParagraphAloneIsNoRecord() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        token
        string
        is what the call returns, nothing more.
        """);

    assertEquals(List.of(), elements.stream().filter(e -> e instanceof MarkdownElement.Table).toList());
  }

  @Test
  void aCaptionAfterTheLastRecordIsNoDescriptionAndACapitalisedWordNoLoneRecord() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        name
        string
        required

        The pet's name.

        tag
        string

        Response example

        Returns
        object

        The created pet, with its id.
        """);

    List<List<List<String>>> tables = elements.stream().filter(e -> e instanceof MarkdownElement.Table)
        .map(e -> ((MarkdownElement.Table) e).rows()).toList();
    assertEquals(List.of(List.of(List.of("name", "string", "required", "The pet's name."))), tables);
  }

  @Test
  void theAnswersAfterTheFieldsOpenNoRecordNorDescribeTheLastField() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        orderReference
        required
        string
        Reference of the order.
        Responses
        200
        OK
        object
        Example
        """);

    assertEquals(List.of(List.of("orderReference", "string", "required", "Reference of the order.")),
        ((MarkdownElement.Table) elements.get(0)).rows());
    assertEquals(List.of("Responses", "200", "OK", "object", "Example"), elements.subList(1, elements.size()).stream()
        .map(e -> ((MarkdownElement.TextLine) e).text()).toList());
  }

  @Test
  void aDescriptionWithoutStopDoesNotSwallowTheNextRecord() {
    // A description ending on a quoted example, as Mintlify prints one, reads as a sentence cut short; the name under
    // it opens a record all the same, since its type stands alone on the line after it.
    List<MarkdownElement> elements = MarkdownElements.read("""
        Request Body
        id
        string
        required
        Key of the device.Example: "main_door"
        name
        string
        required
        Name people see for the deviceExample: "Front door"
        port
        integer
        default:"4370"
        TCP port of the unit
        """);

    assertEquals(List.of(List.of("id", "string", "required", "Key of the device.Example: \"main_door\""),
        List.of("name", "string", "required", "Name people see for the deviceExample: \"Front door\""),
        List.of("port", "integer", "", "TCP port of the unit")), ((MarkdownElement.Table) elements.get(1)).rows());
  }

  @Test
  void opensARecordWhereANameStandsOverItsTypeOrOverAMarkAndItsType() {
    assertEquals(true, NameTypeLines.opensRecord("port", "integer", "default:\"4370\""));
    assertEquals(true, NameTypeLines.opensRecord("api-version", "required", "string"));
    assertEquals(false, NameTypeLines.opensRecord("string", "integer", ""), "a type is no name");
    assertEquals(false, NameTypeLines.opensRecord("required", "string", ""), "a mark is no name");
    assertEquals(false, NameTypeLines.opensRecord("the device", "string", ""), "a name is one word");
    assertEquals(false, NameTypeLines.opensRecord("lower", "case letters", ""));
  }

  @Test
  void aRequiredMarkAfterTheTypeOnItsLineMarksTheField() {
    List<MarkdownElement> elements = MarkdownElements.read("""
        Body parameters
        email
        string Required
        Address the invitation goes to
        role
        string
        Role of the new member
        limit
        integer (int64) Optional
        How many to list
        """);

    assertEquals(List.of(List.of("email", "string", "Required", "Address the invitation goes to"),
        List.of("role", "string", "", "Role of the new member"),
        List.of("limit", "integer (int64)", "Optional", "How many to list")),
        ((MarkdownElement.Table) elements.get(1)).rows());
    assertEquals(false, NameTypeLines.opensRecord("email", "string soon", ""), "only a mark may follow the type");
  }
}
