package io.mcdewey.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Authentication;
import io.mcdewey.model.Authentication.Scheme;
import io.mcdewey.source.GuideDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationsTest {

  private static List<Authentication> of(String markdown) {
    return Authentications.of(new GuideDocument("guide.md", null, null, null, markdown, List.of()));
  }

  @Test
  void readsTheFirstSentenceOfEachSchemeWithItsLine() {
    List<Authentication> found = of("# Guide\n\nSee http://example.com/basics.\n\nAll APIs use HTTP BASIC"
        + " authentication. Send\nan OAuth 2 access token too.\n");

    assertEquals(List.of(Scheme.BASIC, Scheme.BEARER), found.stream().map(Authentication::scheme).toList());
    assertEquals("All APIs use HTTP BASIC authentication.", found.get(0).statement());
    assertEquals(5, found.get(0).source().line());
    assertEquals("Send an OAuth 2 access token too.", found.get(1).statement());
    assertEquals(6, found.get(1).source().line());
  }

  @Test
  void ignoresTheCaseOfAsciiLettersOnlyAndNeedsAWordBoundary() {
    assertEquals(List.of(Scheme.BEARER), of("Headers: authorization: bearer xyz\n").stream()
        .map(Authentication::scheme).toList());
    assertEquals(List.of(), of("a subaccess tokens list; xoauth; http basics; basicauth; http ba\u017Fic; ACCESS\n"));
    assertEquals(List.of(Scheme.BASIC), of("uses Http   Basic\n").stream().map(Authentication::scheme).toList());
  }
}
