package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GluedRouteRowsTest {

  @Test
  void aMethodItsPathAndADescriptionGluedArePartedWhereTheDescriptionStarts() {
    assertEquals(List.of("POST /api/v1/locations", "Crea una nueva ubicacion."),
        GluedRouteRows.parted("POST/api/v1/locationsCrea una nueva ubicacion.").orElseThrow());
    assertEquals(List.of("GET /api/v1/locations/{id}", "Obtiene los detalles."),
        GluedRouteRows.parted("GET/api/v1/locations/{id}Obtiene los detalles.").orElseThrow());
    assertEquals(List.of("GET /users/getUserInfo", "Returns the user"),
        GluedRouteRows.parted("GET/users/getUserInfoReturns the user").orElseThrow(), "camel case kept");
    assertEquals(List.of("GET /v1/tasks", "获取任务 列表"),
        GluedRouteRows.parted("GET/v1/tasks获取任务 列表").orElseThrow());
  }

  @Test
  void aNameGluedToTheMethodIsALineOfItsOwnBeforeTheRequest() {
    assertEquals(List.of("Create Device", "POST {Basic API URL}/api/v1/orgs/{orgId}/devices", "Links a device"),
        GluedRouteRows.parted("Create DevicePOST {Basic API URL}/api/v1/orgs/{orgId}/devicesLinks a device")
            .orElseThrow());
    assertEquals(List.of("Activate Device", "POST /api/v1/devices/{deviceId}:active", "Activates it"),
        GluedRouteRows.parted("Activate DevicePOST /api/v1/devices/{deviceId}:activeActivates it").orElseThrow());
    assertEquals(List.of("Get Devices", "GET https://{domain}/{tenantPath}/api/v1/devices", "Gets them all."),
        GluedRouteRows.parted("Get DevicesGET https://{domain}/{tenantPath}/api/v1/devicesGets them all.")
            .orElseThrow());
    assertEquals(List.of("Update Device", "PUT /api/v1/devices/{id}"),
        GluedRouteRows.parted("Update DevicePUT /api/v1/devices/{id}").orElseThrow(), "no description");
    assertEquals(List.of("Get URL", "GET /url", "Reads it"), GluedRouteRows.parted("Get URLGET /urlReads it")
        .orElseThrow(), "a name closing in capitals");
  }

  @Test
  void aRequestLineOrWordsWithoutAGluedDescriptionAreNone() {
    for (String text : List.of("GET /users Returns the users", "GET/users", "Get all users now", "POST/api/v1/x",
        "GET/api/v1/Users/{id}", "To make one, use the POST /api/items call", "Create Device POST /x Makes",
        "TARGET /x Aims")) {
      assertEquals(Optional.empty(), GluedRouteRows.parted(text), text);
    }
  }

  @Test
  void onlyARunOfTwoRowsOrMoreIsParted() {
    MarkdownElement.TextLine one = new MarkdownElement.TextLine("GET/api/itemsLists the items.", 3, false);
    MarkdownElement.TextLine two = new MarkdownElement.TextLine("POST/api/itemsMakes an item.", 4, false);
    assertEquals(List.of(one), GluedRouteRows.read(List.of(one)));
    assertEquals(List.of("GET /api/items", "Lists the items.", "POST /api/items", "Makes an item."),
        GluedRouteRows.read(List.of(one, two)).stream().map(e -> ((MarkdownElement.TextLine) e).text()).toList());
  }
}
