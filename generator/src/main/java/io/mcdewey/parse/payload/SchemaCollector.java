package io.mcdewey.parse.payload;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Provenance;
import io.mcdewey.parse.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/**
 * Gathers what a guide's text shows of its objects: every XML payload it prints, with the sentence introducing it
 * as an object, and the rows of its parameter tables ({@link SchemaSources}); {@link SchemaInference} makes the
 * schemas of them.
 *
 * <p>Payloads that are no API body are left out and reported: a web page ({@code <html>}, {@code <div>}) and the
 * envelopes of a messaging protocol ({@code <iq>}, {@code <message>} and the namespaced elements inside), of which
 * only the plain payloads they carry ({@code <Update>}) are kept.
 */
public final class SchemaCollector {
  private final Profile profile;
  private final List<SchemaSources.Sample> samples = new ArrayList<>();
  private final List<ParameterTableReader.Row> rows = new ArrayList<>();
  private final List<Diagnostic> omissions = new ArrayList<>();
  private final Set<String> elementNames = new LinkedHashSet<>();

  public SchemaCollector(Profile profile) {
    this.profile = profile;
  }

  /** Adds the payloads and parameter tables of a run. */
  public void collect(TextRun run) {
    collect(run.text(), run::at);
  }

  /** Adds the payloads and parameter tables of a text; {@code where} gives the provenance of an offset. */
  public void collect(String text, IntFunction<Provenance> where) {
    for (XmlFragments.Fragment fragment : XmlFragments.find(text)) {
      fragment.root().descendantsAndSelf().forEach(element -> elementNames.add(element.name()));
      Provenance source = where.apply(fragment.start());
      if (PayloadKinds.isWebPage(fragment.root())) {
        omit(source, "a web page (<" + fragment.root().name() + ">) is printed here; it is no API body and no"
            + " schema is made of it");
        continue;
      }
      List<XmlElement> carried = PayloadKinds.carried(fragment.root());
      if (carried.size() != 1 || carried.get(0) != fragment.root()) {
        omit(source, "a messaging envelope (<" + fragment.root().name() + ">) is printed here; it is no API body,"
            + " only the payloads it carries are read");
      }
      for (XmlElement root : carried) {
        samples.add(new SchemaSources.Sample(root, source, root == fragment.root() ? description(fragment, text) : ""));
      }
    }
    rows.addAll(ParameterTableReader.read(text, profile.parameterTableHeader()));
  }

  private void omit(Provenance source, String message) {
    omissions.add(new Diagnostic(DiagnosticKind.NON_API_PAYLOAD, message, source));
  }

  /** The sentence introducing an object definition ("The X object represents ...") that describes the fragment. */
  private String description(XmlFragments.Fragment fragment, String text) {
    if (profile.objectDefinition() == null) {
      return "";
    }
    int from = Math.max(0, fragment.start() - 600);
    Matcher matcher = profile.objectDefinition().matcher(text.substring(from, fragment.start()));
    String found = null;
    int foundAt = -1;
    while (matcher.find()) {
      found = matcher.group("name");
      foundAt = matcher.start();
    }
    if (found == null || !found.equals(fragment.root().name())) {
      return "";
    }
    String before = text.substring(from, from + foundAt);
    int sentence = before.indexOf("The " + found + " object");
    return sentence < 0 ? "" : before.substring(sentence).strip();
  }

  /** Every element name seen in the payloads collected so far. */
  public Set<String> elementNames() {
    return Set.copyOf(elementNames);
  }

  /** What the texts collected show of the guide's schemas. */
  public SchemaSources schemas() {
    return new SchemaSources(samples, rows, List.of(), omissions);
  }
}
