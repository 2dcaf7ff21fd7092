package io.mcdewey.parse.payload;

import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the examples that disagree with the guide's other examples, so that one misprint does not decide the shape
 * of an object, and reports each repair.
 *
 * <ul>
 *   <li>An element nested in an element of its own name ({@code <settings>...<settings>...</settings>}) where no
 *       other example nests it so: the inner start tag was meant as the outer's end tag, and what follows it belongs
 *       to the parent.
 *   <li>An unclosed element alone inside an element other examples show as text
 *       ({@code <errorMessage><ConferenceCallCommand>: failed</errorMessage>}): it is part of the text, printed
 *       unescaped.
 * </ul>
 */
final class ExampleMisprints {
  /** Examples showing an element nested in itself that make it the guide's shape rather than a misprint. */
  private static final int CONFIRMING_EXAMPLES = 2;

  private final Map<String, Integer> selfNesting = new HashMap<>();
  private final Set<String> textValues = new HashSet<>();
  private final List<Diagnostic> repairs = new ArrayList<>();

  private ExampleMisprints(List<SchemaSources.Sample> samples) {
    for (SchemaSources.Sample sample : samples) {
      Set<String> nested = new HashSet<>();
      for (XmlElement element : sample.root().descendantsAndSelf()) {
        if (element.isLeaf() && element.terminated() && !element.text().isEmpty()) {
          textValues.add(key(element));
        }
        String key = key(element);
        element.children().stream().filter(child -> key(child).equals(key)).forEach(child -> nested.add(key));
      }
      nested.forEach(name -> selfNesting.merge(name, 1, Integer::sum));
    }
  }

  /**
   * What the samples are with their misprints repaired.
   *
   * @param samples the guide's examples
   * @param report takes a warning for each repair
   */
  static List<SchemaSources.Sample> repaired(List<SchemaSources.Sample> samples, List<Diagnostic> report) {
    ExampleMisprints misprints = new ExampleMisprints(samples);
    List<SchemaSources.Sample> repaired = new ArrayList<>();
    for (SchemaSources.Sample sample : samples) {
      repaired.add(new SchemaSources.Sample(misprints.repair(sample.root(), sample.source()), sample.source(),
          sample.description()));
    }
    report.addAll(misprints.repairs);
    return repaired;
  }

  private XmlElement repair(XmlElement element, Provenance source) {
    if (element.children().size() == 1 && foldsIntoText(element, element.children().get(0))) {
      XmlElement inline = element.children().get(0);
      warn(source, "an example prints <" + inline.name() + "> unclosed inside <" + element.name() + ">, which the"
          + " other examples show as text: read as part of the text");
      return new XmlElement(element.name(), "<" + inline.name() + ">" + inline.text(), element.attributes(), List.of(),
          element.terminated());
    }
    List<XmlElement> children = new ArrayList<>();
    for (XmlElement child : element.children()) {
      XmlElement repairedChild = repair(child, source);
      int inner = selfNested(repairedChild);
      if (inner < 0) {
        children.add(repairedChild);
        continue;
      }
      warn(source, "an example nests <" + child.name() + "> in <" + child.name() + ">, which no other example does:"
          + " read as if the inner start tag ended the outer element");
      List<XmlElement> own = repairedChild.children();
      children.add(repairedChild.withChildren(own.subList(0, inner)));
      children.addAll(own.get(inner).children());
      children.addAll(own.subList(inner + 1, own.size()));
    }
    return element.withChildren(children);
  }

  /** Where {@code element} holds an element of its own name that no other example confirms; -1 if nowhere. */
  private int selfNested(XmlElement element) {
    if (selfNesting.getOrDefault(key(element), 0) >= CONFIRMING_EXAMPLES) {
      return -1;
    }
    for (int i = 0; i < element.children().size(); i++) {
      if (key(element.children().get(i)).equals(key(element))) {
        return i;
      }
    }
    return -1;
  }

  private boolean foldsIntoText(XmlElement parent, XmlElement child) {
    return !child.terminated() && child.isLeaf() && parent.text().isEmpty() && parent.attributes().isEmpty()
        && textValues.contains(key(parent));
  }

  private void warn(Provenance source, String message) {
    repairs.add(new Diagnostic(DiagnosticKind.EXAMPLE_MISPRINT, message, source));
  }

  private static String key(XmlElement element) {
    return element.name().toLowerCase(Locale.ROOT);
  }
}
