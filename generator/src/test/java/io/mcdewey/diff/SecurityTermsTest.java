package io.mcdewey.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The roles and restrictions a security-constraints sentence names, whatever its wording. */
class SecurityTermsTest {

  @Test
  void rolesAreNamedInTheSingularAndLowerCase() {
    assertEquals(Set.of("administrator", "agent", "supervisor"),
        SecurityTerms.of("Administrators, agents, and Supervisors can use this API."));
  }

  @Test
  void restrictionsCountAndEveryDenialIsOneTerm() {
    assertEquals(Set.of("agent", "only"), SecurityTerms.of("Only agents may call it."));
    assertEquals(SecurityTerms.of("Agents cannot call it."), SecurityTerms.of("Agents can't ever call it."));
    assertEquals(Set.of("agent", "not"), SecurityTerms.of("Agents never call it."));
  }

  @Test
  void otherWordsAreNoTerms() {
    assertEquals(Set.of(), SecurityTerms.of("Anyone with valid credentials can use this API."));
  }
}
