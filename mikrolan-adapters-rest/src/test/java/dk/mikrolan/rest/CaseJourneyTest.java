package dk.mikrolan.rest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case from referral to approval through the API alone, on Jersey with H2 ({@link Journey}). */
class CaseJourneyTest {

  static final String CASE = Journey.CASE;
  static final String PARTICIPANT = Journey.PARTICIPANT;

  private Fixture fixture;
  private JerseyServer server;

  @BeforeEach
  void start() {
    fixture = new Fixture();
    server = new JerseyServer(fixture.rest);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fromReferralToApprovalThroughTheApiAlone() {
    Journey journey = new Journey(fixture, server.api);
    journey.approved(journey.recommended());
  }
}
