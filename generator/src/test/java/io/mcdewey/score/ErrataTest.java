package io.mcdewey.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrataTest {

  @TempDir
  Path dir;

  private AnswerKey key;

  @BeforeEach
  void writeKey() throws KeyFileException {
    key = AnswerKey.read(KeyFiles.write(dir, "guide-v1/answers.jsonl",
        "{\"title\": \"User—Sign In\", \"method\": \"PUT\", \"path\": \"/api/User/{id}\", \"params\": [], "
            + "\"responses\": [202, 400]}",
        "{\"title\": \"Page\", \"method\": \"GET\", \"path\": \"/a\", \"path_raw\": \"GET /a\", \"responses\": [200]}",
        "{\"title\": \"Page\", \"method\": \"GET\", \"path\": \"/b\", \"path_raw\": \"GET /b\", \"responses\": [200]}"));
  }

  @Test
  void setsAsideTheFieldOfTheEntryNamedByTitle() throws KeyFileException {
    Errata errata = Errata.read(KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"guide-v1/answers.jsonl\", \"title\": \"User - Sign In\", \"field\": \"responses\","
            + " \"shows\": [202, 400, 401]}"));

    Errata.Corrected corrected = errata.applyTo(key);

    assertNull(corrected.key().entries().get(0).responses());
    assertEquals("PUT", corrected.key().entries().get(0).method());
    assertEquals(1, corrected.applied().size());
  }

  @Test
  void namesAnEntryByMethodAndPathWhereTitlesAreShared() throws KeyFileException {
    Errata errata = Errata.read(KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"guide-v1/answers.jsonl\", \"method\": \"GET\", \"path\": \"/b\", \"field\": \"responses\","
            + " \"shows\": [200, 404]}"));

    List<KeyEntry> entries = errata.applyTo(key).key().entries();

    assertEquals(List.of(200), entries.get(1).responses());
    assertNull(entries.get(2).responses());
  }

  @Test
  void leavesKeysOtherThanItsOwnAlone() throws KeyFileException {
    Errata errata = Errata.read(KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"other-v2/answers.jsonl\", \"title\": \"User—Sign In\", \"field\": \"method\", \"shows\": \"GET\"}"));

    Errata.Corrected corrected = errata.applyTo(key);

    assertEquals(key, corrected.key());
    assertEquals(0, corrected.applied().size());
    assertEquals(1, corrected.forOtherKeys());
  }

  @Test
  void refusesAnErratumNamingNoEntry() throws KeyFileException {
    Path file = KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"answers.jsonl\", \"title\": \"User—Sign Out\", \"field\": \"method\", \"shows\": \"GET\"}");
    Errata errata = Errata.read(file);

    KeyFileException e = assertThrows(KeyFileException.class, () -> errata.applyTo(key));

    assertEquals(file + ":1: 'User—Sign Out' names no entry of " + key.file(), e.getMessage());
  }

  @Test
  void asksForMethodAndPathWhenAnErratumNamesSeveralEntries() throws KeyFileException {
    Path file = KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"answers.jsonl\", \"title\": \"Page\", \"field\": \"responses\", \"shows\": [200, 404]}");
    Errata errata = Errata.read(file);

    KeyFileException e = assertThrows(KeyFileException.class, () -> errata.applyTo(key));

    assertTrue(e.getMessage().endsWith("names 2 entries of " + key.file() + "; add 'method' and 'path' to name one"),
        e.getMessage());
  }

  @Test
  void refusesToSetAsideTheTitle() {
    Path file = KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"answers.jsonl\", \"title\": \"Page\", \"field\": \"title\", \"shows\": \"Other\"}");

    KeyFileException e = assertThrows(KeyFileException.class, () -> Errata.read(file));

    assertTrue(e.getMessage().startsWith(file + ":1: 'field' must be one of method, path, params, responses"),
        e.getMessage());
  }

  @Test
  void needsWhatThePageShows() {
    Path file = KeyFiles.write(dir, "errata.jsonl",
        "{\"key\": \"answers.jsonl\", \"title\": \"Page\", \"field\": \"path\"}");

    KeyFileException e = assertThrows(KeyFileException.class, () -> Errata.read(file));

    assertEquals(file + ":1: an erratum needs 'shows', what the page actually shows", e.getMessage());
  }

  @Test
  void anEmptyFileHoldsNoErrata() throws KeyFileException {
    Errata errata = Errata.read(KeyFiles.write(dir, "errata.jsonl"));

    assertEquals(List.of(), errata.errata());
    assertEquals(key, errata.applyTo(key).key());
  }
}
