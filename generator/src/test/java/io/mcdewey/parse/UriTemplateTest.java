package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcdewey.model.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class UriTemplateTest {

  @Test
  void readsEveryPlaceholderSpellingAsABraceVariable() {
    assertEquals("/kennels/{kennel}/dogs/{dog}", UriTemplate.parse("/kennels/<kennel>/dogs/:dog").path());
    assertEquals("/kennels/{kennel_id}/dogs/{tag}", UriTemplate.parse("/kennels/(int:kennel_id)/dogs/(tag)").path());
    assertEquals("/kennels/{uuid}/dogs/{string}", UriTemplate.parse("/kennels/<:uuid>/dogs/<:string>").path());
    assertEquals("/kennels/{uuid}/dogs/{uuid2}", UriTemplate.parse("/kennels/<:uuid>/dogs/<:uuid>").path());
    assertEquals("/odata/$metadata", UriTemplate.parse("/odata/$metadata").path(), "OData's segments are no variables");
    assertEquals("/user/{user_id}/transaction", UriTemplate.parse("/user/$user_id/transaction").path());
    assertEquals("/odata/$Metadata", UriTemplate.parse("/odata/$Metadata").path());
    assertEquals("/me/events/$delta", UriTemplate.parse("/me/events/$delta").path());
    assertEquals("/api/v1/hostgroup/{id}/host", UriTemplate.parse("/api/v1/hostgroup/#{id}/host").path(),
        "Ruby's interpolation");
    assertEquals("/docs/#intro", UriTemplate.parse("/docs/#intro").path(), "a sign before no brace is left alone");
    assertEquals("/docs#{anchor}", UriTemplate.parse("/docs#{anchor}").path(), "a fragment after a segment");
  }

  @Test
  void joinsAUriBrokenBeforeItsQueryButEndsItBeforeAnArrow() {
    assertEquals("/kennels?size=10", UriTemplate.repair("/kennels ?size=10"));
    assertEquals("/kennels/<id>/dogs", UriTemplate.repair("/kennels/<id>/dogs =>"));
    assertEquals("/kennels/", UriTemplate.repair("/kennels/ =>"));
  }

  @Test
  void endsAUriAtPunctuationOfTheCjkForms() {
    assertEquals("/apps/{appId}/roles/{roleType}", UriTemplate.printedAt("/apps/{appId}/roles/{roleType}（应用级，含").uri());
    assertEquals("/users", UriTemplate.printedAt("/users、/groups").uri());
  }

  @Test
  void endsAUriWhereWordsOfAnotherScriptAreGluedToALatinSegment() {
    assertEquals("/api/auth/refresh-token", UriTemplate.printedAt("/api/auth/refresh-tokenПоследнее обновление").uri());
    assertEquals("/v1/tasks", UriTemplate.printedAt("/v1/tasks获取任务").uri());
    assertEquals("/wiki/Статья", UriTemplate.printedAt("/wiki/Статья").uri(), "a segment of its own script");
    assertEquals("/café/menu", UriTemplate.printedAt("/café/menu").uri(), "accented Latin letters");
    assertEquals("/users/{имя}", UriTemplate.printedAt("/users/{имя}").uri(), "a variable's name");
    assertEquals("/resistance/kΩ", UriTemplate.printedAt("/resistance/kΩ").uri(), "a unit's letter");
    assertEquals("/auth/logout", UriTemplate.printedAt("/auth/logoutи всё").uri(), "a word of one letter");
    assertEquals("/items/SKU-2024Б", UriTemplate.printedAt("/items/SKU-2024Б").uri(), "a code's letter");
  }

  @Test
  void aVariablesNameInBracesMayRunOverAFewWords() {
    assertEquals("/upstreams/{name or id}/targets", UriTemplate.printedAt("/upstreams/{name or id}/targets x").uri());
    assertEquals("http://<nm http address:port>/ws/v1/node",
        UriTemplate.printedAt("http://<nm http address:port>/ws/v1/node gives the node").uri(), "a host in angles");
    assertEquals("/a<b", UriTemplate.printedAt("/a<b c d e f>").uri(), "too many words for a name");
    assertEquals("/a/{b", UriTemplate.printedAt("/a/{b is not closed on this line at all}").uri());
  }

  @Test
  void leavesParenthesesThatAreNoPlaceholderAlone() {
    assertEquals("/files/report(1).pdf", UriTemplate.parse("/files/report(1).pdf").path());
  }

  @Test
  void splitsBaseUriPathAndQueryParameters() {
    UriTemplate template = UriTemplate.parse("https://{host}/v1/dogs/{id}?expand=owner|kennel&{?limit,offset}");

    assertEquals("https://{host}", template.baseUri());
    assertEquals("/v1/dogs/{id}", template.path());
    assertEquals(List.of("id", "expand", "limit", "offset"),
        template.parameters().stream().map(Parameter::name).toList());
    assertEquals(List.of("owner", "kennel"), template.parameters().get(1).allowedValues());
  }

  @Test
  void readsAnAmpersandEscapedForHtmlAsOne() {
    assertEquals(List.of("breed", "size"), UriTemplate.parse("/dogs?breed=terrier&amp;size=small").parameters()
        .stream().map(Parameter::name).toList());
  }

  @Test
  void takesALonePlaceholderForTheQueryStringForNoParameter() {
    assertEquals(List.of(), UriTemplate.parse("/cli/team/info?{parameters}").parameters());
  }

  @Test
  void needsAPathOrAHost() {
    assertNull(UriTemplate.parse("dogs"));
  }

  @Test
  void aNameInBracketsIsASegmentsVariableAndBracketedQueryPairsAreItsQuery() {
    UriTemplate uri = UriTemplate.parse("/track/[id]/stations/[?status=<>][&latest]");

    assertEquals("/track/{id}/stations/", uri.path());
    assertEquals("/printers/{id}/", UriTemplate.parse("/printers/{:id}/").path());
    assertEquals("/servers/{netgameid}/update",
        UriTemplate.parse("/servers/[:netgameid]/update?<query>").path());
    assertEquals(List.of("id", "status", "latest"), uri.parameters().stream().map(Parameter::name).toList());
  }

  @Test
  void spacesJustInsideASegmentsAngleBracketsAreNoPartOfIt() {
    assertEquals("/api/jobs/{id}/run", UriTemplate.parse("/api/jobs/ < id > /run").path());
    assertEquals("/api/smartbuttons/<id>", UriTemplate.printedAt("/api/smartbuttons/ < id > returns it").uri());
    assertEquals("/api/a", UriTemplate.printedAt("/api/a < b").uri(), "a comparison after the path");
    assertEquals("/api/items/", UriTemplate.printedAt("/api/items/ <!-- paging -->").uri(), "a comment");
    assertEquals("/api/jobs/<job", UriTemplate.printedAt("/api/jobs/<job id or name>").uri(),
        "words inside a segment's brackets end it, as before");
  }

  @Test
  void aParenthesisAfterASpaceOpensANoteNotASegment() {
    assertEquals("/", UriTemplate.printedAt("/ (overwrites all stubs)").uri());
    assertEquals("/stubs/", UriTemplate.printedAt("/stubs/ (all of them)").uri());
    assertEquals("/api/v1/users", UriTemplate.printedAt("/api/ v1/users").uri(), "a line broken after a slash");
  }

  @Test
  void anOptionalExtensionInBracketsClosesNoPath() {
    UriTemplate uri = UriTemplate.parse("/namespaces/<ns>[.<format>]");

    assertEquals("/namespaces/{ns}", uri.path());
    assertEquals(List.of("ns"), uri.parameters().stream().map(Parameter::name).toList());
    assertEquals("/layers/{layer}[.{format}]/x", UriTemplate.parse("/layers/{layer}[.{format}]/x").path(),
        "only at the path's end");
  }

  @Test
  void aQueryPairInBracketsAfterTheQuerysSignIsItsQueryToo() {
    UriTemplate uri = UriTemplate.parse("http://<host>:<port>/geode/v1/{region}?[limit={<number>|ALL}]");

    assertEquals("/geode/v1/{region}", uri.path());
    assertEquals(List.of("region", "limit"), uri.parameters().stream().map(Parameter::name).toList());
    assertEquals(List.of("region", "keys", "ignoreMissingKey"),
        UriTemplate.parse("/v1/{region}/{keys}?[ignoreMissingKey=true]").parameters().stream().map(Parameter::name)
            .toList());
  }
}
