package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.GuideParser;
import io.mcdewey.parse.Profiles;
import io.mcdewey.source.GuideDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields of reStructuredText named by a method's or a URI's label, as a directive's options name its endpoint. */
class RstEndpointFieldsTest {

  @Test
  void methodAndUrlOptionsMakeTheRequestAndExampleCallsStayExamples() {
    Api api = rst("""
        Update customer
        ===============

        .. endpoint::
           :method: PATCH
           :url: https://api.example.com/v2/customers/*id*

        Changes a customer.

        Example
        -------

        .. code-block:: bash

           curl -X PATCH https://api.example.com/v2/customers/cst_8wmqcHMN4U -d "name=A"
        """);

    assertEquals(1, api.operations().size(), api.operations().toString());
    assertEquals("Update customer", operation(api, "PATCH", "/v2/customers/{id}").title());
  }

  @Test
  void fieldsOfOtherNamesMakeNone() {
    Api api = rst("""
        Settings
        ========

        :version: 2
        :homepage: https://example.com/settings

        The settings page.
        """);

    assertEquals(List.of(), api.operations());
  }

  private static Api rst(String text) {
    GuideDocument guide = new GuideDocument("inline.rst", "", "", "inline", text, List.of());
    return new GuideParser().parse(guide, Profiles.builtIn().named(Profiles.FALLBACK).orElseThrow());
  }
}
