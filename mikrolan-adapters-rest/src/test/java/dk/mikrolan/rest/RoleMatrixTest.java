package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route × every role, inside and outside the caller's municipality, against the literal
 * {@link RoleTable} (never the code's): a role the table names gets past the permission check (the
 * domain may still refuse: 412, 422 …), any other role gets 403; a caseworker of Copenhagen gets 404
 * for Aarhus's cases, cohorts and participants. The route list must name every route the resources
 * serve, so no endpoint is left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

  /** A token of Aarhus by role. */
  private static final Map<String, String> TOKENS = Map.of("CASEWORKER", Fixture.CASEWORKER, "DECIDER",
      Fixture.DECIDER, "FINANCE", Fixture.FINANCE, "AUDITOR", Fixture.AUDITOR, "ADMIN", Fixture.ADMIN);

  private JerseyServer server;
  private MikrolanRest rest;
  private final AtomicInteger keys = new AtomicInteger();

  @BeforeAll
  void start() {
    Fixture fixture = new Fixture();
    rest = fixture.rest;
    server = new JerseyServer(rest);
    for (List<String> step : RoleTable.SETUP) {
      Api.Answer a = step.get(3) == null
          ? server.api.post(step.get(0), TOKENS.get(step.get(2)), step.get(1), "Idempotency-Key", "setup-" + step.get(0))
          : server.api.post(step.get(0), TOKENS.get(step.get(2)), step.get(1), "Idempotency-Key", "setup-" + step.get(0),
              "If-Match", step.get(3));
      assertThat(a.status()).as("%s: %s", step.get(0), a.text()).isBetween(200, 201);
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private Api.Answer call(RoleTable.Route c, String token) {
    if (c.method().equals("GET")) {
      return server.api.get(c.path(), token);
    }
    return server.api.post(c.path(), token, c.body(), "Idempotency-Key", "m-" + keys.incrementAndGet(),
        "If-Match", "\"1\"");
  }

  @Test
  void theTableNamesEveryRouteButTheOpenOnes() {
    Set<String> listed = new TreeSet<>();
    RoleTable.routes().forEach(c -> listed.add(c.route().replace(" (reject)", "")));
    Set<String> served = new TreeSet<>(Routes.served(rest));
    served.removeAll(Set.of("GET /health", "GET /api/v1/openapi.json"));
    assertThat(listed).isEqualTo(served);
  }

  @Test
  void everyRoleGetsWhatTheTableSaysInsideAndNothingOutside() {
    List<String> wrong = new ArrayList<>();
    for (RoleTable.Route c : RoleTable.routes()) {
      Set<String> may = c.may();
      for (Map.Entry<String, String> role : TOKENS.entrySet()) {
        Api.Answer a = call(c, role.getValue());
        // The setup's case was rejected, so it has no loan: a role that may read is told the loan does
        // not exist (404), one that may not is told 403 first.
        boolean absent = a.status() == 404 && RoleTable.NO_LOAN.contains(c.route());
        boolean passed = a.status() != 401 && a.status() != 403 && (a.status() != 404 || absent) && a.status() < 500;
        if (may.contains(role.getKey()) != passed) {
          wrong.add(c.route() + " as " + role.getKey() + ": " + a.status() + " " + a.text());
        } else if (!may.contains(role.getKey()) && a.status() != 403) {
          wrong.add(c.route() + " as " + role.getKey() + ": " + a.status() + " instead of 403");
        }
      }
      if (c.scoped()) {
        Api.Answer outside = call(c, Fixture.COPENHAGEN);
        if (outside.status() != 404) {
          wrong.add(c.route() + " from Copenhagen: " + outside.status() + " instead of 404");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
