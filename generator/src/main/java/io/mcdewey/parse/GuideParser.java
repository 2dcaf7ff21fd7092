package io.mcdewey.parse;

import static java.util.stream.Collectors.toSet;

import io.mcdewey.model.Api;
import io.mcdewey.model.Diagnostic;
import io.mcdewey.model.DiagnosticKind;
import io.mcdewey.model.Operation;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import io.mcdewey.parse.flattened.FlattenedTablesParser;
import io.mcdewey.parse.markdown.MarkdownParser;
import io.mcdewey.parse.payload.JsonSchemaInference;
import io.mcdewey.parse.payload.SchemaInference;
import io.mcdewey.parse.payload.SchemaSources;
import io.mcdewey.source.GuideDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link GuideDocument} into an {@link Api} with the strategy its profile's {@link Layout} calls for, then
 * gives every operation a unique id and reports what the model lacks.
 */
public final class GuideParser {

  /**
   * Reads the guide; a failure of the parser itself becomes an error diagnostic.
   *
   * @throws ProfilePattern.TooSlow when a pattern of a user's profile takes too long on the guide
   */
  public Api parse(GuideDocument guide, Profile profile) {
    Diagnostics diagnostics = new Diagnostics();
    LayoutParser layout = switch (profile.layout()) {
      case FLATTENED_TABLES -> new FlattenedTablesParser();
      case MARKDOWN -> new MarkdownParser();
    };
    LayoutParser.Result result;
    try {
      result = layout.parse(guide, profile, diagnostics);
    } catch (ProfilePattern.TooSlow e) {
      // Not a fault of the parser: the user's profile has to change, and the caller says so.
      throw e;
    } catch (RuntimeException e) {
      diagnostics.report(DiagnosticKind.PARSER_FAILURE, "the guide could not be read to its end (" + e + "); please"
          + " report this with the guide", new Provenance(guide.file(), null, null, 0));
      result = new LayoutParser.Result("", "", List.of(), SchemaSources.NONE);
    }
    List<Operation> operations = withUniqueIds(ResponseMediaTypes.of(ModelCompletion.operations(result.operations())),
        diagnostics);
    SchemaSources sources = result.schemas().isEmpty()
        ? ModelCompletion.schemaSources(operations, profile) : result.schemas();
    SchemaInference.InferredSchemas schemas = SchemaInference.infer(sources, operations);
    operations = ModelCompletion.withSchemaNames(operations, schemas.schemas());
    Set<String> taken = schemas.schemas().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).collect(toSet());
    JsonSchemaInference.InferredJson json = JsonSchemaInference.infer(operations, taken);
    operations = json.operations();
    List<Schema> all = new ArrayList<>(schemas.schemas());
    json.schemas().stream().filter(s -> !taken.contains(s.name().toLowerCase(Locale.ROOT))).forEach(all::add);
    for (Operation operation : operations) {
      reportGaps(operation, diagnostics);
    }
    if (operations.isEmpty()) {
      diagnostics.report(DiagnosticKind.NO_OPERATIONS, "no REST endpoint found with profile '" + profile.name() + "'",
          new Provenance(guide.file(), null, null, 0));
    }
    List<Diagnostic> reported = new ArrayList<>(diagnostics.all());
    reported.addAll(schemas.diagnostics());
    return new Api(guide.product(), guide.version(), result.title(), profile.name(), result.baseUri(), operations,
        all, reported, Authentications.of(guide));
  }

  private static List<Operation> withUniqueIds(List<Operation> operations, Diagnostics diagnostics) {
    Map<String, Integer> seen = new HashMap<>();
    List<Operation> unique = new ArrayList<>();
    for (Operation operation : operations) {
      int count = seen.merge(operation.id(), 1, Integer::sum);
      if (count == 1) {
        unique.add(operation);
        continue;
      }
      String id = operation.id() + "-" + count;
      while (seen.containsKey(id)) {
        id = id + "-" + count;
      }
      seen.put(id, 1);
      if (!operation.title().isEmpty()) {
        diagnostics.report(DiagnosticKind.DUPLICATE_TITLE, "the title '" + operation.title() + "' is used by more"
            + " than one endpoint; this one is named " + id, operation.source());
      }
      unique.add(operation.toBuilder().id(id).build());
    }
    return unique;
  }

  private static void reportGaps(Operation operation, Diagnostics diagnostics) {
    String name = operation.title().isEmpty() ? "an untitled endpoint" : "'" + operation.title() + "'";
    if (operation.method() == null) {
      diagnostics.report(DiagnosticKind.MISSING_METHOD, "no HTTP method visible for " + name, operation.source());
    }
    if (operation.path() == null) {
      diagnostics.report(DiagnosticKind.MISSING_PATH, "no URI visible for " + name, operation.source());
    }
  }
}
