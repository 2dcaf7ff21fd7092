package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The words the index keeps of guide text and asks for of questions. */
class TextAnalyzerTest {
  @Test
  void theSpellingsOfACompoundMeet() {
    for (String text : new String[] {"Get Wrap-Up Reason", "WrapUpReason", "wrapup", "wrap up", "wrapUpReasonId"}) {
      assertTrue(indexed(text).contains("wrapup"), text + ": " + indexed(text));
      assertTrue(asked(text).contains("wrapup"), text + ": " + asked(text));
    }
    assertTrue(indexed("CallVariable").contains("callvari"), indexed("CallVariable").toString());
    assertTrue(asked("call variable").contains("callvari"), asked("call variable").toString());
  }

  @Test
  void signingInAndOutIsOneWordHoweverSpelt() {
    for (String text : new String[] {"sign in", "Sign-In", "signin", "log in", "login", "logon",
        "log the agent in", "logged in", "signing an agent in"}) {
      assertTrue(asked(text).contains("signin"), text + ": " + asked(text));
    }
    for (String text : new String[] {"sign out", "Sign Out", "logout", "log the agent out", "log off"}) {
      assertTrue(asked(text).contains("signout"), text + ": " + asked(text));
    }
    assertFalse(asked("the catalog in the shop").contains("signin"));
    assertFalse(asked("loginId").contains("signin"), asked("loginId").toString());
  }

  @Test
  void theVerbsOfReadingCreatingChangingAndRemovingMeet() {
    assertTrue(asked("fetch every reason code").contains("get"), asked("fetch every reason code").toString());
    assertTrue(asked("look up a user").contains("get"), asked("look up a user").toString());
    assertTrue(indexed("Viewing Contacts").contains("get"), indexed("Viewing Contacts").toString());
    assertTrue(asked("add a location").contains("creat"), asked("add a location").toString());
    assertTrue(indexed("Editing a User").contains("updat"), indexed("Editing a User").toString());
    assertTrue(asked("cancelled faxes").contains("delet"), asked("cancelled faxes").toString());
    assertTrue(indexed("Aborting a Fax Entry").contains("delet"), indexed("Aborting a Fax Entry").toString());
    assertTrue(asked("fetch").contains("fetch"), "the word itself stays");
    assertFalse(asked("retrieve a held call").contains("get"), asked("retrieve a held call").toString());
  }

  @Test
  void identifiersAreKeptWholeAndSplit() {
    Set<String> words = indexed("TRANSFER_SST wrapUpReason");
    assertTrue(words.containsAll(Set.of("transfer_sst", "transfer", "sst", "wrapupreason", "reason")),
        words.toString());
  }

  private static Set<String> indexed(String text) {
    return terms(TextAnalyzer.indexing(), text);
  }

  private static Set<String> asked(String text) {
    return terms(TextAnalyzer.querying(), text);
  }

  private static Set<String> terms(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return terms;
  }
}
