package io.mcdewey.codegen.templates;

import java.util.List;

/**
 * The variables of {@code diff-report.html.vm}, the HTML report of the changes between two releases of a guide.
 * Every text is HTML-escaped already, so the template writes it as it is; absent values are empty texts.
 *
 * @param title the report's title ({@code API changes: northwind v4.0 → northwind v4.1})
 * @param oldFile the old release's input
 * @param newFile the new release's input
 * @param tally the count of changes by severity ({@code 34 changes: 12 errors, 9 warnings, 13 info})
 * @param impact whom the changes may break and the release they call for
 * @param sections the changes by severity, most severe first; severities without changes are left out
 */
public record DiffReportVars(String title, String oldFile, String newFile, String tally, String impact,
    List<Section> sections) implements TemplateVars {

  public static final String TEMPLATE = "diff-report.html.vm";

  public DiffReportVars {
    sections = List.copyOf(sections);
  }

  /**
   * The changes of one severity.
   *
   * @param severity the severity in lower case ({@code error}), also a CSS class
   * @param heading the section's heading ({@code Errors})
   * @param folded whether the section is folded away until opened, as the info-level one is
   * @param changes the changes, in report order
   */
  public record Section(String severity, String heading, boolean folded, List<Row> changes) {
    public Section {
      changes = List.copyOf(changes);
    }
  }

  /**
   * One change.
   *
   * @param kind the change kind's id ({@code parameter-added-required})
   * @param label the change kind in words
   * @param subject the operation's title, the schema's name, or {@code API}
   * @param request the operation's request line, possibly empty
   * @param element the part that changed, possibly empty
   * @param before what the old guide says, possibly empty; prose with the removed words marked up ({@code <del>})
   * @param after what the new guide says, possibly empty; prose with the added words marked up ({@code <ins>})
   * @param breaksClients whether the change may break clients: {@code yes} or {@code no}
   * @param breaksServers whether the change may break servers: {@code yes} or {@code no}
   * @param semver the release the change calls for ({@code major})
   * @param sdk what the change may do to the generated SDK: {@code compatible} or {@code incompatible} (binary and
   *     source)
   * @param oldLocation where the old guide documents the subject, in few words, possibly empty
   * @param oldSource the same place in full, with the file
   * @param newLocation where the new guide documents the subject, in few words, possibly empty
   * @param newSource the same place in full, with the file
   */
  public record Row(String kind, String label, String subject, String request, String element, String before,
      String after, String breaksClients, String breaksServers, String semver, String sdk, String oldLocation,
      String oldSource, String newLocation, String newSource) {}

  @Override
  public String templateName() {
    return TEMPLATE;
  }
}
