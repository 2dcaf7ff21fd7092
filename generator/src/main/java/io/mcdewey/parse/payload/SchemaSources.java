package io.mcdewey.parse.payload;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import java.util.List;

/**
 * What a guide shows of its objects, before any schema is inferred: every payload it prints, the rows of its
 * parameter tables, and what it prints that is no API body. {@link SchemaInference} merges them into one schema per
 * element.
 *
 * @param samples the payloads, in guide order
 * @param rows the parameter tables' rows, in guide order
 * @param given schemas a layout reads as they are, taken over unchanged
 * @param omissions payloads that are not API bodies (web pages, messaging envelopes), reported and left out
 */
public record SchemaSources(List<Sample> samples, List<ParameterTableReader.Row> rows, List<Schema> given,
    List<Diagnostic> omissions) {

  /** Nothing shown. */
  public static final SchemaSources NONE = new SchemaSources(List.of(), List.of(), List.of(), List.of());

  public SchemaSources {
    samples = List.copyOf(samples);
    rows = List.copyOf(rows);
    given = List.copyOf(given);
    omissions = List.copyOf(omissions);
  }

  /**
   * A payload as printed.
   *
   * @param root its document element
   * @param source where it is printed
   * @param description the guide's sentence introducing it as an object ({@code The Dialog object represents ...}),
   *     empty when there is none
   */
  record Sample(XmlElement root, Provenance source, String description) {}

  public boolean isEmpty() {
    return samples.isEmpty() && rows.isEmpty() && given.isEmpty() && omissions.isEmpty();
  }

  /** These sources followed by {@code more}'s. */
  SchemaSources with(SchemaSources more) {
    return new SchemaSources(concat(samples, more.samples), concat(rows, more.rows), concat(given, more.given),
        concat(omissions, more.omissions));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
