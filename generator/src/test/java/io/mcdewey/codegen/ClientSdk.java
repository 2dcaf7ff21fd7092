package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.mcdewey.model.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A generated SDK (DTOs and client) compiled strictly and loaded, with the reflective calls the behaviour tests make
 * through it as a user's code would.
 */
final class ClientSdk {
  private final SdkSymbols symbols;
  private final ClassLoader loader;

  private ClientSdk(SdkSymbols symbols, ClassLoader loader) {
    this.symbols = symbols;
    this.loader = loader;
  }

  /**
   * Generates the SDK of {@code api} (client and DTOs) under {@code work/src}, compiles it strictly into
   * {@code work/classes} and loads it.
   */
  static ClientSdk compile(Api api, String basePackage, Path work) {
    SdkSymbols symbols = SdkSymbols.of(api, basePackage);
    try {
      for (JavaFile file : ClientWriter.files(symbols)) {
        file.writeTo(work.resolve("src"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ClientSdk(symbols, DtoFixtures.compile(symbols, work));
  }

  SdkSymbols symbols() {
    return symbols;
  }

  Class<?> type(ClassName name) {
    try {
      return Class.forName(name.reflectionName(), true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not generated", e);
    }
  }

  /** A client builder for {@code baseUri}. */
  Object clientBuilder(String baseUri) {
    return callStatic(symbols.client(), "builder", baseUri);
  }

  /** The value of the enum {@code name} for {@code wireValue}, through its {@code fromValue}. */
  Object enumValue(ClassName name, String wireValue) {
    return callStatic(name, "fromValue", wireValue);
  }

  Object callStatic(ClassName type, String method, Object... arguments) {
    return invoke(type(type), null, method, arguments);
  }

  /**
   * Calls the public method {@code method} of {@code target} that takes {@code arguments}; an exception the method
   * throws is rethrown as it is.
   */
  static Object call(Object target, String method, Object... arguments) {
    return invoke(target.getClass(), target, method, arguments);
  }

  private static Object invoke(Class<?> type, Object target, String name, Object... arguments) {
    Method method = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && (target == null) == Modifier.isStatic(m.getModifiers()))
        .filter(m -> accepts(m, arguments))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getName() + " has no method " + name + " taking "
            + Arrays.toString(arguments)));
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean accepts(Method method, Object[] arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    if (parameters.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      if (arguments[i] != null && !box(parameters[i]).isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> box(Class<?> type) {
    return type == int.class ? Integer.class : type == boolean.class ? Boolean.class : type;
  }
}
