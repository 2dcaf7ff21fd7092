package io.mcdewey.parse.markdown.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelativeRoutesTest {

  @Test
  void aRouteWithoutItsSlashHoldsASegmentNoOtherTextDoes() {
    assertTrue(RelativeRoutes.isRouteWithoutSlash("api/account/create"));
    assertTrue(RelativeRoutes.isRouteWithoutSlash("v2/users"));
    assertTrue(RelativeRoutes.isRouteWithoutSlash("users/{id}"));
    assertTrue(RelativeRoutes.isRouteWithoutSlash("cs-ws/resources/admin/device"), "three segments");
    assertFalse(RelativeRoutes.isRouteWithoutSlash("application/json"), "a media type");
    assertFalse(RelativeRoutes.isRouteWithoutSlash("health/live"), "a setting's value");
    assertFalse(RelativeRoutes.isRouteWithoutSlash("N/A"));
    assertFalse(RelativeRoutes.isRouteWithoutSlash("api.example.net/v1/x"), "a host without a scheme");
    assertFalse(RelativeRoutes.isRouteWithoutSlash("api"), "one segment");
  }

  @Test
  void aHostWithoutASchemeIsNamedByItsDomainThenARoute() {
    assertTrue(RelativeRoutes.isHostWithoutScheme("api.example.net/cdn/x"));
    assertTrue(RelativeRoutes.isHostWithoutScheme("localhost:8080/v1"));
    assertFalse(RelativeRoutes.isHostWithoutScheme("api/v1/users"));
    assertFalse(RelativeRoutes.isHostWithoutScheme("https://api.example.net/x"));
  }

  @Test
  void aUriNamesAServerOnlyWhereItsPathHoldsNoSegmentButAnApisBase() {
    assertTrue(RelativeRoutes.namesServerOnly("https://api.example.com/v1"));
    assertTrue(RelativeRoutes.namesServerOnly("https://api.example.com"));
    assertTrue(RelativeRoutes.namesServerOnly("/api/v2.1/"));
    assertFalse(RelativeRoutes.namesServerOnly("https://api.example.com/v1/users"));
    assertFalse(RelativeRoutes.namesServerOnly("/products/{id}"));
  }
}
