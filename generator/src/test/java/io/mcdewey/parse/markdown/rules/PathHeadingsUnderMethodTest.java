package io.mcdewey.parse.markdown.rules;

import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathHeadingsUnderMethodTest {

  @Test
  void readsEachPathHeadingUnderAMethodHeadingAsThatMethodsRequest() {
    Api api = parse("""
        # GET
        Parameters go in the query.

        ## /guilds
        Lists the servers.

        ## /channels
        ### Notes
        Text.

        # POST
        ## /news
        Adds news.
        """);
    assertEquals(List.of("GET /guilds", "GET /channels", "POST /news"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void leavesHeadingsOfOtherWordsOrDeeperLevelsAsTheyAre() {
    Api api = parse("""
        # GET
        Use the GET tool to download files.

        ## /etc/hosts
        Names of hosts.

        # GET requests
        ## /guilds
        Lists the servers.

        # POST
        ### /deeper
        Text.
        """);
    assertEquals(List.of(), api.operations());
  }
}
