package io.mcdewey.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything read from one guide.
 *
 * @param product the product ({@code finesse}), possibly empty when the input does not say
 * @param version the guide's release ({@code v12.5}), possibly empty
 * @param title the guide's title, possibly empty
 * @param profile the name of the vendor profile the guide was read with
 * @param baseUri the base URI template with variables ({@code https://{FQDN}}), possibly empty
 * @param operations the actions, in guide order
 * @param schemas the objects, in first-seen order
 * @param diagnostics everything odd met while reading, in guide order
 * @param authentications the ways of authenticating the guide names, one per scheme, in guide order
 */
public record Api(
    String product,
    String version,
    String title,
    String profile,
    String baseUri,
    List<Operation> operations,
    List<Schema> schemas,
    List<Diagnostic> diagnostics,
    List<Authentication> authentications) {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

  public Api {
    product = product == null ? "" : product;
    version = version == null ? "" : version;
    title = title == null ? "" : title;
    profile = profile == null ? "" : profile;
    baseUri = baseUri == null ? "" : baseUri;
    operations = List.copyOf(operations);
    schemas = List.copyOf(schemas);
    diagnostics = List.copyOf(diagnostics);
    authentications = List.copyOf(authentications);
    if (operations.stream().map(Operation::id).distinct().count() != operations.size()) {
      throw new IllegalArgumentException("operation ids are not unique");
    }
    if (schemas.stream().map(Schema::name).distinct().count() != schemas.size()) {
      throw new IllegalArgumentException("schema names are not unique");
    }
  }

  /** A model of a guide that names no way of authenticating. */
  public Api(String product, String version, String title, String profile, String baseUri, List<Operation> operations,
      List<Schema> schemas, List<Diagnostic> diagnostics) {
    this(product, version, title, profile, baseUri, operations, schemas, diagnostics, List.of());
  }

  /** The variables of {@link #baseUri()}, such as {@code FQDN}. */
  public List<String> serverVariables() {
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(baseUri);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  public Optional<Operation> operation(String id) {
    return operations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  public Optional<Schema> schema(String name) {
    return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
