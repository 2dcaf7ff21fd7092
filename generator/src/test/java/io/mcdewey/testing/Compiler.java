package io.mcdewey.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in a test, as a user's build would, and loads the classes. Compilation runs with
 * {@code -Xlint:all -Werror} unless told otherwise, so generated code must be warning-free.
 */
public final class Compiler {
  public static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8");

  private Compiler() {}

  /**
   * Compiles every {@code .java} file under {@code sources} into {@code classes}.
   *
   * @throws AssertionError carrying the compiler's messages when compilation fails
   */
  public static ClassLoader compile(Path sources, Path classes) {
    return compile(sources, classes, STRICT, List.of());
  }

  /** Compiles with the given options and extra class path entries. */
  public static ClassLoader compile(Path sources, Path classes, List<String> options, List<Path> classPath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> javaFiles = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      Files.createDirectories(classes);
      List<String> arguments = new ArrayList<>(options);
      arguments.addAll(List.of("-d", classes.toString()));
      if (!classPath.isEmpty()) {
        arguments.add("-classpath");
        arguments.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
      }
      boolean ok = compiler.getTask(messages, files, null, arguments, null,
          files.getJavaFileObjectsFromPaths(javaFiles)).call();
      if (!ok) {
        throw new AssertionError("generated sources do not compile (" + javaFiles.size() + " files):\n" + messages);
      }
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
