package io.mcdewey.maven;

import java.lang.reflect.Field;

/** Sets a goal's parameters in tests, as Maven does from a project's configuration. */
final class MojoParameters {
  private MojoParameters() {}

  static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
    Field field = mojo.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
