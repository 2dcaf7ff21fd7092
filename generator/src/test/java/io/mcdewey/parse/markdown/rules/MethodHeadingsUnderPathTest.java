package io.mcdewey.parse.markdown.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownElements;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodHeadingsUnderPathTest {

  @Test
  void aMethodHeadingUnderASectionNamingOnePathIsThatRequest() {
    assertEquals(List.of("Kennel Endpoint", "GET /kennels/$kennel_id", "POST /kennels/$kennel_id"),
        headings("""
            Kennel Endpoint
            ===============
            The kennel endpoint is found at ``/kennels/$kennel_id``, where ``$kennel_id`` is a number.

            GET
            ---
            Reads a kennel.

            POST
            ----
            Changes a kennel.
            """));
  }

  @Test
  void twoPathsOrNoneLeaveMethodHeadingsAsTheyAre() {
    assertEquals(List.of("Dogs", "GET"), headings("""
        # Dogs

        Served at `/dogs` and at `/kennels/{id}/dogs`.

        ## GET
        """));
    assertEquals(List.of("Dogs", "GET"), headings("""
        # Dogs

        Lists the dogs.

        ## GET
        """));
  }

  @Test
  void aHeadingWithMoreThanTheMethodIsLeftAlone() {
    assertEquals(List.of("Dogs", "GET dogs by breed"), headings("""
        # Dogs

        Served at `/dogs`.

        ## GET dogs by breed
        """));
  }

  private static List<String> headings(String text) {
    return MarkdownElements.read(text).stream().filter(MarkdownElement.Heading.class::isInstance)
        .map(element -> ((MarkdownElement.Heading) element).text()).toList();
  }

  @Test
  void aMethodHeadingUnderAnInnerSectionIsThatSectionsNotTheOuterOnes() {
    assertEquals(List.of("Users", "GET /users", "Kennels", "GET /kennels", "POST /kennels", "POST /users"), headings("""
        # Users

        Served at `/users`.

        ## GET

        ## Kennels

        Served at `/kennels`.

        ### GET

        ### POST

        ## POST
        """));
  }
}
