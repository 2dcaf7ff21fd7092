package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Compiler;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JAX-RS flavour of the server: resource interfaces annotated for any jakarta.ws.rs runtime. */
class ServerJaxRsTest {
  private static final String SERVER = DtoFixtures.SAMPLE_PACKAGE + ".server.";

  @TempDir Path temp;

  @Test
  void resourcesCompileAgainstTheJakartaApiAndCarryTheGuidesRoutes() throws Exception {
    Path sources = ServerSdk.write(temp.resolve("src"), ServerSdk.sample(), ServerFlavour.JAX_RS);

    ClassLoader loader = Compiler.compile(sources, temp.resolve("classes"), Compiler.STRICT,
        List.of(ServerSdk.jaxRsApi()));

    Class<?> resource = loader.loadClass(SERVER + "CallResource");
    assertTrue(loader.loadClass(SERVER + "CallHandler").isAssignableFrom(resource));
    assertEquals("/", resource.getAnnotation(jakarta.ws.rs.Path.class).value());
    Method putCall = resource.getMethod("handlePutCall", String.class, String.class);
    assertNotNull(putCall.getAnnotation(PUT.class));
    assertEquals("/northwind/api/Call/{callId}", putCall.getAnnotation(jakarta.ws.rs.Path.class).value());
    assertEquals("callId", ((PathParam) putCall.getParameterAnnotations()[0][0]).value());
    assertEquals(0, putCall.getParameterAnnotations()[1].length, "the body is the entity, without annotation");
  }
}
