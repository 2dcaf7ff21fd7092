package io.mcdewey.parse.markdown.dialect;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An AsciiDoc reference that sets a path's variables in italics inside monospace and prints each parameter's traits
 * as a one-row table under its term, as the Solr Reference Guide does.
 */
class AsciiDocParameterTraitsTest {

  private static Api parseAsciiDoc(String text) {
    GuideDocument guide = new GuideDocument("inline.adoc", "", "", "inline", text, null, List.of());
    return new GuideParser().parse(guide, Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());
  }

  @Test
  void readsVariablesInItalicsAndTheRequiredMarkOfAOneRowTableUnderATerm() {
    Api api = parseAsciiDoc("""
        === List Kennels

        `GET /_shelter_/kennels`

        *Path Parameters*

        `shelter`::
        +
        [%autowidth,frame=none]
        |===
        s|Required |Default: none
        |===
        +
        The shelter.

        *Query Parameters*

        `wt`::
        +
        [%autowidth,frame=none]
        |===
        |Optional |Default: `json`
        |===
        +
        The format of the answer.
        """);

    assertEquals(List.of("shelter path true", "wt query false"), described(operation(api, "GET", "/{shelter}/kennels")));
  }
}
