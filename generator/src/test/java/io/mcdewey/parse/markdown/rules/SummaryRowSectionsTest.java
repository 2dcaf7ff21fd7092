package io.mcdewey.parse.markdown.rules;

import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryRowSectionsTest {

  @Test
  void aSectionTitledByASummaryRowsNameDocumentsItsRequest() {
    Api api = parse("""
        # GroupApi

        Method | HTTP request | Description
        ------------- | ------------- | -------------
        [**getGroup**](GroupApi.md#getGroup) | **GET** /v3/groups/{groupId} | Get a group
        [**getMembers**](GroupApi.md#getMembers) | **GET** /v3/groups/{groupId}/members | Get its members

        <a name="getMembers"></a>
        # **getMembers**
        > MemberPage getMembers(groupId, opts)

        ### Parameters

        Name | Type | Description  | Notes
        ------------- | ------------- | ------------- | -------------
         **groupId** | **Number**|  |
         **page** | **Number**| Index of the page | [optional] [default to 1]
        """);

    assertEquals(List.of("groupId path true", "page query false"),
        operation(api, "GET", "/v3/groups/{groupId}/members").parameters().stream()
            .map(p -> p.name() + " " + p.location().name().toLowerCase(java.util.Locale.ROOT) + " " + p.required())
            .toList());
  }

  @Test
  void aNameTwoRowsGiveOrASectionWithARequestLineOfItsOwnIsLeftAsPrinted() {
    List<MarkdownElement> twice = MarkdownElements.read("""
        Name | Request
        --- | ---
        list | GET /a
        list | GET /b

        # list

        Lists.
        """);
    assertEquals("Lists.", ((MarkdownElement.TextLine) twice.get(2)).text());
    List<MarkdownElement> own = MarkdownElements.read("""
        Name | Request
        --- | ---
        list | GET /a

        # list

        GET /a/all
        """);
    assertEquals("GET /a/all", ((MarkdownElement.TextLine) own.get(2)).text());
  }
}
