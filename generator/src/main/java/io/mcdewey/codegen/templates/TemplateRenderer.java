package io.mcdewey.codegen.templates;

import io.mcdewey.files.FileErrors;
import io.mcdewey.source.InputLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders templates: the built-in ones from the classpath ({@code /io/mcdewey/templates/}), each replaceable by a
 * file of the same name in a user's template directory. Each template is parsed once per renderer, on its first
 * render or ahead of it ({@link #parse}), and the renderer of the built-in templates is made once per JVM: a
 * generation renders the same few templates for every operation, and a build may generate several times. Velocity
 * starts when the first template is parsed, so that a run rendering none does not pay for it.
 */
public final class TemplateRenderer {
  /** Every built-in template's file name. */
  public static final Set<String> BUILT_IN = Set.of(DiffReportVars.TEMPLATE, SdkPomVars.TEMPLATE,
      SdkReadmeVars.TEMPLATE, ServerHandlerVars.TEMPLATE, ServerRoutesVars.TEMPLATE, ServerErrorVars.TEMPLATE,
      ServerReplyVars.TEMPLATE, ServerRequestsVars.TEMPLATE, ServerDispatcherVars.TEMPLATE,
      ServerBootstrapVars.TEMPLATE, ServerResourceVars.TEMPLATE);

  private static final String RESOURCES = "/io/mcdewey/templates/";

  private final Path userDirectory;
  /** Velocity, once started. */
  private RuntimeInstance engine;
  /** The parsed templates, by the name or path they were read from. */
  private final Map<String, Template> parsed = new ConcurrentHashMap<>();

  private TemplateRenderer(Path userDirectory) {
    this.userDirectory = userDirectory;
  }

  /** Velocity, started on first use. */
  private synchronized RuntimeInstance engine() {
    if (engine != null) {
      return engine;
    }
    Properties properties = new Properties();
    properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
    // A user's template calls the methods of its variables, but cannot reach classes through them, such as
    // $name.getClass().forName("java.lang.Runtime"), to run programs during a build.
    properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
    RuntimeInstance started = new RuntimeInstance();
    started.init(properties);
    engine = started;
    return started;
  }

  /** Holds the renderer of the built-in templates, made on first use. */
  private static final class BuiltIn {
    static final TemplateRenderer RENDERER = new TemplateRenderer(null);
  }

  /** A renderer of the built-in templates only. */
  public static TemplateRenderer builtIn() {
    return BuiltIn.RENDERER;
  }

  /**
   * A renderer that prefers templates in {@code directory}.
   *
   * @throws TemplateException when the directory is missing or holds a {@code .vm} file that overrides nothing,
   *     which is most likely a misspelt name
   */
  public static TemplateRenderer withOverrides(Path directory) throws TemplateException {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new TemplateException(directory + ": is a file; the templates are read from a directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new TemplateException(directory + ": the template directory does not exist");
    }
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".vm") && !BUILT_IN.contains(name))
          .sorted()
          .forEach(unknown::add);
    } catch (IOException e) {
      throw new TemplateException(directory + ": cannot list templates: " + e.getMessage(), e);
    }
    if (!unknown.isEmpty()) {
      throw new TemplateException(directory + ": " + String.join(", ", unknown) + " override no template; the"
          + " templates are " + String.join(", ", new TreeSet<>(BUILT_IN)));
    }
    return new TemplateRenderer(directory);
  }

  /** The user's templates this renderer reads in place of built-in ones, in the order of their names. */
  public List<Path> overrides() {
    if (userDirectory == null) {
      return List.of();
    }
    return new TreeSet<>(BUILT_IN).stream().map(userDirectory::resolve).filter(Files::isRegularFile).toList();
  }

  /**
   * Parses these templates now, ahead of their first render, such as on another thread while the guide is read. A
   * template that cannot be parsed is left for its render to report, where it would be reported without this.
   */
  public void parse(Collection<String> names) {
    for (String name : names) {
      try {
        template(name);
      } catch (TemplateException e) {
        // Reported by the render.
      }
    }
  }

  /** Renders the template of {@code vars}, with each record component as a variable. */
  public String render(TemplateVars vars) throws TemplateException {
    Template template = template(vars.templateName());
    VelocityContext context = new VelocityContext();
    for (RecordComponent component : vars.getClass().getRecordComponents()) {
      try {
        context.put(component.getName(), component.getAccessor().invoke(vars));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("template variables must be readable records", e);
      }
    }
    StringWriter out = new StringWriter();
    try {
      template.merge(context, out);
    } catch (VelocityException e) {
      throw new TemplateException("template " + template.getName() + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** Where a template's text comes from. */
  private interface Source {
    String text() throws TemplateException;
  }

  /** The template of this name: the user's when there is one, else the built-in one. */
  private Template template(String name) throws TemplateException {
    Path override = userDirectory == null ? null : userDirectory.resolve(name);
    return override != null && Files.isRegularFile(override)
        ? template(override.toString(), () -> read(override))
        : template(name, () -> builtInSource(name));
  }

  /** The template read from {@code origin}, parsed on its first use. */
  private Template template(String origin, Source source) throws TemplateException {
    Template known = parsed.get(origin);
    if (known != null) {
      return known;
    }
    RuntimeInstance engine = engine();
    Template template = new Template();
    template.setName(origin);
    template.setRuntimeServices(engine);
    try {
      template.setData(engine.parse(new StringReader(source.text()), template));
      template.initDocument();
    } catch (ParseException e) {
      throw new TemplateException("template " + origin + ": " + new ParseErrorException(e, origin).getMessage(), e);
    } catch (VelocityException e) {
      throw new TemplateException("template " + origin + ": " + e.getMessage(), e);
    }
    Template raced = parsed.putIfAbsent(origin, template);
    return raced == null ? template : raced;
  }

  private static String read(Path file) throws TemplateException {
    try {
      return InputLimit.readText(file);
    } catch (IOException e) {
      throw new TemplateException(file + ": cannot read template: " + FileErrors.reason(e), e);
    }
  }

  private static String builtInSource(String name) {
    try (InputStream in = TemplateRenderer.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in template missing from the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in template " + name, e);
    }
  }
}
