package dk.mikrolan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.identity.Cpr;
import org.junit.jupiter.api.Test;

/** The correlation ids the adapter makes go with every event: never one the core would refuse. */
class ExchangeTest {

  @Test
  void aFreshCorrelationIdNeverLooksLikeACprNumber() {
    for (int i = 0; i < 20_000; i++) {
      String id = Exchange.newCorrelationId();
      assertThat(id).startsWith("http-").hasSizeLessThanOrEqualTo(120);
      assertThat(Cpr.mayAppearIn(id)).as(id).isFalse();
    }
  }
}
