package io.mcdewey.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Misspelt words of questions corrected from the words of the guides, and every other word left as it is. */
class SpellingCorrectorTest {
  private static final List<String> GUIDE = List.of(
      "Transfer a Call. Make a single-step transfer of the call to another extension.",
      "Answer a Call. Answer the ringing call on the agent's extension.",
      "Hold a Call. Put the active call on hold; retrieve it later.",
      "Queue Statistics. The statistics of each queue, reset every night.",
      "Get Wrap-Up Reasons. The wrapUpReason an agent chooses after a call.",
      "Sign In to Finesse. An agent signs in with an extension.",
      "Receive Faxes. Faxes are received on the modem line.",
      "Receiving faxes on a second line. The server receives them for agents.");

  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;
  private final SpellingCorrector corrector = new SpellingCorrector("words", TextAnalyzer.querying(),
      List.of("text"));

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(TextAnalyzer.indexing(),
        Map.of("words", SpellingCorrector.vocabularyAnalyzer())));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (String text : GUIDE) {
        Document document = new Document();
        document.add(new TextField("text", text, Field.Store.NO));
        document.add(new TextField("words", text, Field.Store.NO));
        writer.addDocument(document);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void aDroppedLetterIsPutBack() throws IOException {
    assertEquals("cold transfer a call", corrected("cold tranfer a call"));
    assertEquals("answer an incoming call", corrected("answr an incoming call"));
  }

  @Test
  void twoLettersSwappedCountOneEdit() throws IOException {
    assertEquals("transfer the caller", corrected("trasnfer the caller"));
    assertEquals("when are queue statistics reset", corrected("when are queue statisitcs reset"));
  }

  @Test
  void aDoubledLetterIsDropped() throws IOException {
    assertEquals("hold the customer", corrected("holld the customer"));
  }

  @Test
  void longWordsMayTakeTwoEdits() throws IOException {
    assertEquals("queue statistics", corrected("queue statstcs"));
    assertEquals("fax statistics", corrected("fax stattistcs"), "a doubled and a dropped letter");
  }

  @Test
  void wordsTheGuidesHoldAreLeftAlone() throws IOException {
    for (String question : List.of("Transfer a call", "transferring calls", "answered calls", "holding",
        "wrapup reasons", "wrap up reason", "signin", "sign in an agent", "the agent receives faxes")) {
      assertEquals(question, corrected(question));
    }
  }

  @Test
  void shortWordsAreLeftAlone() throws IOException {
    assertEquals("hld a cal", corrected("hld a cal"), "one edit turns most short words into another word");
    assertEquals("tansfr", corrected("tansfr"), "six letters take one edit, not two");
  }

  @Test
  void wordsWithNothingNearAreLeftAlone() throws IOException {
    assertEquals("eavesdrop on a call", corrected("eavesdrop on a call"));
    assertEquals("ransfer", corrected("ransfer"), "the first letter is kept");
  }

  @Test
  void theWordMoreEntriesHoldWinsBetweenEqualEdits() throws IOException {
    // "agent" and "agents" are both one edit from "agentz"; "agent" is held by more entries.
    assertEquals("the agent", corrected("the agentz"));
  }

  @Test
  void editsCountInsertionsDeletionsSubstitutionsAndSwaps() {
    assertEquals(0, edits("transfer", "transfer"));
    assertEquals(1, edits("tranfer", "transfer"));
    assertEquals(1, edits("transsfer", "transfer"));
    assertEquals(1, edits("trensfer", "transfer"));
    assertEquals(1, edits("trasnfer", "transfer"));
    assertEquals(2, edits("tarnsfre", "transfer"));
    assertTrue(edits("tr", "transfer", 2) > 2, "more than the reach");
    assertTrue(edits("tsnarfer", "transfer", 1) > 1, "more than the reach");
  }

  @Test
  void theEditsAllowedGrowWithTheWord() {
    assertEquals(0, SpellingCorrector.allowedEdits(4));
    assertEquals(1, SpellingCorrector.allowedEdits(5));
    assertEquals(1, SpellingCorrector.allowedEdits(7));
    assertEquals(2, SpellingCorrector.allowedEdits(8));
  }

  private String corrected(String question) throws IOException {
    return corrector.corrected(reader, question);
  }

  private static int edits(String word, String term) {
    return edits(word, term, 2);
  }

  private static int edits(String word, String term, int reach) {
    return SpellingCorrector.edits(word.getBytes(StandardCharsets.US_ASCII), new BytesRef(term), reach);
  }
}
