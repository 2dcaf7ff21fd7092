package io.mcdewey.parse.markdown.rules.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.parse.markdown.MarkdownElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GluedRouteRowsTest {

  @Test
  void aMethodItsPathAndADescriptionGluedArePartedWhereTheDescriptionStarts() {
    assertArrayEquals(new String[] {"POST /api/v1/locations", "Crea una nueva ubicacion."},
        GluedRouteRows.parted("POST/api/v1/locationsCrea una nueva ubicacion.").orElseThrow());
    assertArrayEquals(new String[] {"GET /api/v1/locations/{id}", "Obtiene los detalles."},
        GluedRouteRows.parted("GET/api/v1/locations/{id}Obtiene los detalles.").orElseThrow());
    assertArrayEquals(new String[] {"GET /users/getUserInfo", "Returns the user"},
        GluedRouteRows.parted("GET/users/getUserInfoReturns the user").orElseThrow(), "camel case kept");
    assertArrayEquals(new String[] {"GET /v1/tasks", "获取任务 列表"},
        GluedRouteRows.parted("GET/v1/tasks获取任务 列表").orElseThrow());
  }

  @Test
  void aRequestLineOrWordsWithoutAGluedDescriptionAreNone() {
    for (String text : List.of("GET /users Returns the users", "GET/users", "Get all users now", "POST/api/v1/x",
        "GET/api/v1/Users/{id}")) {
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
