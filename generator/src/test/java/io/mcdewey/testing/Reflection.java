package io.mcdewey.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/** Calls the public methods of classes a test compiled and loaded, as code written against them would. */
public final class Reflection {
  private Reflection() {}

  /** Calls the instance method {@code name} of {@code target} that takes {@code arguments}. */
  public static Object call(Object target, String name, Object... arguments) {
    return invoke(target.getClass(), target, name, arguments);
  }

  /** Calls the static method {@code name} of {@code type} that takes {@code arguments}. */
  public static Object callStatic(Class<?> type, String name, Object... arguments) {
    return invoke(type, null, name, arguments);
  }

  /** Whether {@code type} has a public static method {@code name}. */
  public static boolean hasStatic(Class<?> type, String name) {
    return Arrays.stream(type.getMethods())
        .anyMatch(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers()));
  }

  /** Calls the public method whose parameters take {@code arguments}; what it throws is rethrown as it is. */
  private static Object invoke(Class<?> type, Object target, String name, Object... arguments) {
    Method method = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && (target == null) == Modifier.isStatic(m.getModifiers()))
        .filter(m -> accepts(m.getParameterTypes(), arguments))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no method " + name + " on " + type.getName() + " for "
            + Arrays.toString(arguments)));
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
    if (parameters.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      if (arguments[i] != null && !boxed(parameters[i]).isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> type) {
    return type == int.class ? Integer.class : type == boolean.class ? Boolean.class : type;
  }
}
