package io.mcdewey.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The imports of one source file rendered from a template, and how the file refers to each type: by its simple name
 * where that is unambiguous, else by its canonical name. A simple name is ambiguous when a class of the file's own
 * package, a class of {@code java.lang} or another imported class already has it.
 */
final class JavaImports {
  private final String packageName;
  private final Set<String> localNames;
  private final Map<String, ClassName> imported = new HashMap<>();

  /**
   * @param packageName the file's package
   * @param localNames the simple names of the classes of that package the file may refer to
   */
  JavaImports(String packageName, Set<String> localNames) {
    this.packageName = packageName;
    this.localNames = Set.copyOf(localNames);
  }

  /** The source text naming {@code type}, importing it when that is safe. */
  String use(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      String arguments = parameterized.typeArguments().stream().map(this::use).collect(Collectors.joining(", "));
      return use(parameterized.rawType()) + "<" + arguments + ">";
    }
    if (!(type instanceof ClassName className)) {
      return type.toString();
    }
    ClassName outermost = className.topLevelClassName();
    String where = outermost.packageName();
    boolean bySimpleName = where.equals(packageName) || where.equals("java.lang") || importable(outermost);
    return bySimpleName ? String.join(".", className.simpleNames()) : className.canonicalName();
  }

  private boolean importable(ClassName outermost) {
    ClassName taken = imported.get(outermost.simpleName());
    if (taken != null) {
      return taken.equals(outermost);
    }
    if (localNames.contains(outermost.simpleName()) || isJavaLang(outermost.simpleName())) {
      return false;
    }
    imported.put(outermost.simpleName(), outermost);
    return true;
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, JavaImports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The import declarations' names, sorted. */
  List<String> imports() {
    return new ArrayList<>(new TreeSet<>(imported.values().stream().map(ClassName::canonicalName).toList()));
  }
}
