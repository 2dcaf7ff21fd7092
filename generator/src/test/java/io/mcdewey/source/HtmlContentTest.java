package io.mcdewey.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlContentTest {

  @Test
  void aListOfLinksToPlacesInThePageIsATableOfContents() {
    String text = HtmlContent.body("""
        <p>Contents</p>
        <ol>
          <li><a href="#overview"><strong>Overview</strong></a></li>
          <li><a href="#apis">APIs</a>
            <ol><li><a href="#get-dogs">GET /api/dogs</a></li></ol>
          </li>
        </ol>
        <h3 id="get-dogs">GET /api/dogs</h3>
        """).text();

    assertEquals("Contents GET /api/dogs", text);
  }

  @Test
  void listsThatSayMoreThanTheirLinksStay() {
    String text = HtmlContent.body("""
        <ul>
          <li><a href="#dogs">dogs</a>: the dogs of the kennel</li>
          <li><a href="https://example.org/spec">the spec</a></li>
        </ul>
        """).text();

    assertEquals("dogs: the dogs of the kennel the spec", text);
  }
}
