package io.mcdewey.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerKeyTest {

  @TempDir
  Path dir;

  @Test
  void readsTitledEntries() throws KeyFileException {
    Path file = KeyFiles.write(dir, "answers.jsonl",
        "{\"title\": \"User—Sign In\", \"chunks\": [29, 30], \"method\": \"put\", \"uri\": \"https://<FQDN>/api/User/<id>\","
            + " \"path\": \"/api/User/{id}\", \"params\": [{\"name\": \"id\", \"required\": true},"
            + " {\"name\": \"token\", \"required\": null}], \"responses\": [202, 400], \"deprecated\": false,"
            + " \"complete\": true}");

    KeyEntry entry = AnswerKey.read(file).entries().get(0);

    assertEquals(1, entry.line());
    assertEquals("User—Sign In", entry.title());
    assertEquals(List.of(29, 30), entry.chunks());
    assertEquals("PUT", entry.method());
    assertEquals("/api/User/{id}", entry.path());
    assertEquals(List.of(new KeyParameter("id", true), new KeyParameter("token", null)), entry.params());
    assertEquals(List.of(202, 400), entry.responses());
    assertFalse(entry.matchedByRoute());
  }

  @Test
  void readsAPathParameterAsRequiredByItsUriWhereThePageSaysNothing() throws KeyFileException {
    Path file = KeyFiles.write(dir, "answers.jsonl",
        "{\"title\": \"Get\", \"method\": \"GET\", \"path\": \"/db/{db}\", \"path_raw\": \"/db/{db}\", \"params\": ["
            + "{\"name\": \"db\", \"required\": null, \"in\": \"path\"},"
            + " {\"name\": \"q\", \"required\": null, \"in\": \"query\"}], \"responses\": null}");

    assertEquals(List.of(new KeyParameter("db", true), new KeyParameter("q", null)),
        AnswerKey.read(file).entries().get(0).params());
  }

  @Test
  void keepsFieldsTheLabellerCouldNotSeeAsNull() throws KeyFileException {
    Path file = KeyFiles.write(dir, "answers.jsonl",
        "{\"title\": null, \"chunks\": [101], \"method\": null, \"path\": null, \"params\": null, \"responses\": null}");

    KeyEntry entry = AnswerKey.read(file).entries().get(0);

    assertNull(entry.title());
    assertNull(entry.method());
    assertNull(entry.path());
    assertNull(entry.params());
    assertNull(entry.responses());
  }

  @Test
  void entriesRecordingThePrintedRequestLineAreMatchedByRoute() throws KeyFileException {
    Path file = KeyFiles.write(dir, "answers.jsonl",
        "{\"title\": \"Viewing Contacts\", \"method\": \"GET\", \"path\": \"/v1/contacts/{USER}\","
            + " \"path_raw\": \"GET /v1/contacts/USER HTTP/1.1\", \"params\": [{\"name\": \"USER\", \"required\": true,"
            + " \"in\": \"path\"}], \"headers\": [], \"responses\": [200]}");

    KeyEntry entry = AnswerKey.read(file).entries().get(0);

    assertTrue(entry.matchedByRoute());
    assertEquals(List.of(), entry.chunks());
  }

  @Test
  void namesTheFileAndLineOfAMalformedEntry() {
    Path file = KeyFiles.write(dir, "answers.jsonl",
        "{\"title\": \"A\", \"params\": []}",
        "",
        "{\"title\": \"B\", \"params\": {\"name\": \"id\"}}");

    KeyFileException e = assertThrows(KeyFileException.class, () -> AnswerKey.read(file));

    assertEquals(file + ":3: 'params' must be a list or null", e.getMessage());
  }

  @Test
  void refusesARequiredFlagThatIsNotABoolean() {
    Path file = KeyFiles.write(dir, "answers.jsonl",
        "{\"title\": \"A\", \"params\": [{\"name\": \"id\", \"required\": \"yes\"}]}");

    KeyFileException e = assertThrows(KeyFileException.class, () -> AnswerKey.read(file));

    assertEquals(file + ":1: 'required' of parameter 'id' must be true, false or null", e.getMessage());
  }

  @Test
  void namesALineThatIsNotJson() {
    Path file = KeyFiles.write(dir, "answers.jsonl", "{\"title\": \"A\"", "");

    KeyFileException e = assertThrows(KeyFileException.class, () -> AnswerKey.read(file));

    assertTrue(e.getMessage().startsWith(file + ":1: not a JSON object"), e.getMessage());
  }

  @Test
  void refusesAMissingOrEmptyKey() {
    Path missing = dir.resolve("nowhere.jsonl");
    Path empty = KeyFiles.write(dir, "empty.jsonl");

    assertEquals(missing + ": no such file",
        assertThrows(KeyFileException.class, () -> AnswerKey.read(missing)).getMessage());
    assertEquals(empty + ": the answer key holds no entry",
        assertThrows(KeyFileException.class, () -> AnswerKey.read(empty)).getMessage());
  }
}
