package com.example.northwind.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The handler interfaces have the member the project's template adds; with the built-in one this does not compile. */
class HandlerActionsTest {

  @Test
  void eachHandlerListsTheActionsOfItsGroup() {
    assertEquals(List.of("Agent—Sign In", "Agent—Sign Out", "Agent—Change Agent State", "Agent—Get Agent",
        "Agent—Get Reason Code List"), AgentHandler.ACTIONS);
    assertEquals(List.of("Queue—Get Queue", "Queue—Get Queue Statistics"), QueueHandler.ACTIONS);
  }

  @Test
  void noClientIsGenerated() {
    assertEquals(null, HandlerActionsTest.class.getResource("/com/example/northwind/NorthwindClient.class"));
  }
}
