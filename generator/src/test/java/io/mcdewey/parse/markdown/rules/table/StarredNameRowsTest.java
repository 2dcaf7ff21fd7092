package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarredNameRowsTest {

  @Test
  void rowsOfNamesGluedToTheirDescriptionsBecomeItemsTheStarMarkingTheRequiredOnes() {
    assertEquals("""
        Query Parameters

        - client_id (required) - Client ID of the app
        - redirect_uri (required) - URL registered for callbacks
        - state (optional) - Random string sent back
        """, StarredNameRows.asItems("""
        Query Parameters

        client_id*Client ID of the app
        redirect_uri*URL registered for callbacks
        stateRandom string sent back
        """));
  }

  @Test
  void descriptionsInAScriptWithoutCapitalsAreRead() {
    assertEquals("- scope (required) - 访问范围\n- code (required) - 授权码",
        StarredNameRows.asItems("scope*访问范围\ncode*授权码"));
  }

  @Test
  void aRowWithoutAStarBeforeTheFirstStarredOneIsOfTheRun() {
    assertEquals("- limit (optional) - Maximum accounts per call\n- name (required) - Name\n- email (required) - Email",
        StarredNameRows.asItems("limitMaximum accounts per call\nname*Name\nemail*Email"));
  }

  @Test
  void aCamelCaseNameOrASentenceAfterTheRowsIsNoRow() {
    assertEquals("- client_id (required) - Client ID\n- scope (required) - 范围\ntoken过期时间为2小时，过期后请重新获取。",
        StarredNameRows.asItems("client_id*Client ID\nscope*范围\ntoken过期时间为2小时，过期后请重新获取。"));
    assertEquals("- client_id (required) - Client ID\n- redirect_uri (required) - Callback\ncodeChallengePKCE value",
        StarredNameRows.asItems("client_id*Client ID\nredirect_uri*Callback\ncodeChallengePKCE value"));
  }

  @Test
  void aLoneRowEmphasisAndCodeAreLeftAsTheyAre() {
    for (String text : List.of("client_id*Client ID of the app", "client_id*Client ID\nstateRandom string",
        "note*Important*: read this\ntip*Use* caching", "redirect_uri*Callback\nresponseTypeDefaults to code",
        "Use *Bold* words and *Italic* ones\nhere", "```\nclient_id*Client ID\nscope*Scopes\n```",
        "iPhone and eBay\nmacOS*Apple")) {
      assertEquals(text, StarredNameRows.asItems(text), text);
    }
  }
}
