package io.mcdewey.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectNamingTest {
  private static final String LONG = "a".repeat(300);

  @Test
  void takesJavaPackagesOutsideTheJdks() {
    for (String name : List.of("com.example", "com.example.northwind", "café.api", "_x.$y", "javafx.app")) {
      assertEquals(Optional.empty(), ProjectNaming.packageProblem(name), name);
    }
  }

  @Test
  void saysWhyAPackageIsRefused() {
    assertEquals("the package name is empty", problem(""));
    assertEquals("'com..x' is not a Java package name: it has an empty part", problem("com..x"));
    assertEquals("'com.' is not a Java package name: it has an empty part", problem("com."));
    assertEquals("'com.1example' is not a Java package name: '1example' starts with '1', not a letter, _ or $",
        problem("com.1example"));
    assertEquals("'com.example.new' is not a Java package name: 'new' is a Java keyword", problem("com.example.new"));
    assertEquals("'com.a b' is not a Java package name: 'a b' holds ' ', which a Java name cannot",
        problem("com.a b"));
    assertEquals("'com.a<b/>' is not a Java package name: 'a<b/>' holds '<', which a Java name cannot",
        problem("com.a<b/>"));
    assertEquals("'com.aU+0007' is not a Java package name: 'aU+0007' holds U+0007, which a Java name cannot",
        problem("com.a\u0007"));
    assertEquals("'java.lang' cannot hold generated code: packages java.* and javax.* belong to the JDK",
        problem("java.lang"));
    assertEquals("'javax.ws.rs' cannot hold generated code: packages java.* and javax.* belong to the JDK",
        problem("javax.ws.rs"));
    assertEquals("'java' cannot hold generated code: packages java.* and javax.* belong to the JDK", problem("java"));
    assertEquals("'com." + "a".repeat(36) + "…' is not a Java package name: its part '" + "a".repeat(40) + "…' is 300"
        + " bytes long, and a part is a directory, whose name file systems allow 255 bytes at most",
        problem("com." + LONG));
  }

  @Test
  void takesMavenCoordinates() {
    assertEquals(Optional.empty(), ProjectNaming.groupIdProblem("com.example"));
    assertEquals(Optional.empty(), ProjectNaming.artifactIdProblem("northwind-sdk_2.x"));
    assertEquals(Optional.empty(), ProjectNaming.versionProblem("1.0.0-SNAPSHOT"));
    assertEquals(Optional.empty(), ProjectNaming.versionProblem("2.1+build.7"));
  }

  @Test
  void saysWhyACoordinateIsRefused() {
    assertEquals("the group id is empty", ProjectNaming.groupIdProblem("").orElseThrow());
    assertEquals("the group id 'a b' holds ' '; a Maven group id holds only letters, digits and . _ -",
        ProjectNaming.groupIdProblem("a b").orElseThrow());
    assertEquals("the artifact id 'a&b' holds '&'; a Maven artifact id holds only letters, digits and . _ -",
        ProjectNaming.artifactIdProblem("a&b").orElseThrow());
    assertEquals("the artifact id '<x/>' holds '<'; a Maven artifact id holds only letters, digits and . _ -",
        ProjectNaming.artifactIdProblem("<x/>").orElseThrow());
    assertEquals("the version '1.0U+000Aevil' holds U+000A; a Maven version holds only letters, digits and . _ + -",
        ProjectNaming.versionProblem("1.0\nevil").orElseThrow());
    assertEquals("the version is empty", ProjectNaming.versionProblem("").orElseThrow());
  }

  private static String problem(String name) {
    return ProjectNaming.packageProblem(name).orElseThrow();
  }
}
