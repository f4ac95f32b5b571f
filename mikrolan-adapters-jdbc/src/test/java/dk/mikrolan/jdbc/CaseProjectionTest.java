package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.testkit.ProgrammeFixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaseProjectionTest {

  private static final LocalDate REFERRED_ON = LocalDate.of(2026, 1, 5);

  private final ReadModelDatabase db;
  private final CaseProjection projection = new CaseProjection(ReadModelDatabase.OPTIONS);

  CaseProjectionTest() throws SQLException {
    db = new ReadModelDatabase();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private static CaseJourney amira() {
    return CaseJourney.refer("AAR-2026-0042",
        ProgrammeFixtures.participant("P-1", "Amira Hansen", BenefitType.CASH_BENEFIT), "751", REFERRED_ON);
  }

  @Test
  void rowFollowsTheCaseThroughEveryStageToClosed() throws SQLException {
    CaseJourney journey = amira();
    long position = db.project(projection, journey.stream(), journey.events());
    assertRowMatches(journey.state(), journey.caseId(), position);
    for (Stage stage : List.of(Stage.SCREENING, Stage.CAFE_MEETINGS, Stage.COMPETENCE_DEVELOPMENT,
        Stage.FINAL_SEMINAR, Stage.APPROVED, Stage.DISBURSED, Stage.REPAYING, Stage.CLOSED)) {
      journey.advanceTo(stage, "AAR-2026-1");
      position = db.project(projection, journey.stream(), journey.events());
      assertRowMatches(journey.state(), journey.caseId(), position);
      assertThat(read(journey.caseId()).get(2)).isEqualTo(stage.name());
    }
    assertThat(count()).isOne();
  }

  @Test
  void keepsTheCohortOnceCompetenceDevelopmentStartedAndNoneBefore() throws SQLException {
    CaseJourney journey = amira().advanceTo(Stage.CAFE_MEETINGS, "AAR-2026-1");
    db.project(projection, journey.stream(), journey.events());
    assertThat(read(journey.caseId()).get(3)).isNull();

    journey.advanceTo(Stage.COMPETENCE_DEVELOPMENT, "AAR-2026-1");
    db.project(projection, journey.stream(), journey.events());
    assertThat(read(journey.caseId()).get(3)).isEqualTo("AAR-2026-1");
  }

  @Test
  void showsAWithdrawnCaseAsWithdrawn() throws SQLException {
    CaseJourney journey = amira().advanceTo(Stage.CAFE_MEETINGS, "AAR-2026-1").withdraw();
    long position = db.project(projection, journey.stream(), journey.events());
    assertRowMatches(journey.state(), journey.caseId(), position);
    assertThat(read(journey.caseId()).get(2)).isEqualTo("WITHDRAWN");
  }

  @Test
  void holdsNeitherTheCprNumberNorTheName() throws SQLException {
    CaseJourney journey = amira();
    db.project(projection, journey.stream(), journey.events());
    assertThat(read(journey.caseId())).allSatisfy(value -> assertThat(String.valueOf(value))
        .doesNotContain("150390").doesNotContain("4000").doesNotContain("Amira"));
  }

  @Test
  void handlesCaseStreamsOnly() {
    CaseId id = CaseId.of("AAR-2026-0042");
    assertThat(projection.handles(ProgrammeStreams.caseStream(dk.mikrolan.identity.CaseRef.of("751", id)))).isTrue();
    assertThat(projection.handles(ProgrammeStreams.loanStream(dk.mikrolan.identity.CaseRef.of("751", id)))).isFalse();
  }

  @Test
  void rejectsAStreamOfAnotherAggregateNamingIt() {
    List<Object> loanEvents = List.of(new LoanEvent.DisbursementClosed(REFERRED_ON));
    assertThatThrownBy(() -> db.project(projection, ProgrammeStreams.caseStream(dk.mikrolan.identity.CaseRef.of("751", CaseId.of("X-1"))), loanEvents))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("case/751:X-1")
        .hasMessageContaining("DisbursementClosed");
  }

  @Test
  void writesNothingWhenTheStreamHasNoReferral() throws SQLException {
    List<Object> noReferral = List.of(new CaseEvent.ScreeningStarted(REFERRED_ON, "cw-1"));
    assertThatThrownBy(() -> db.project(projection, ProgrammeStreams.caseStream(dk.mikrolan.identity.CaseRef.of("751", CaseId.of("X-1"))), noReferral))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no referral");
    assertThat(count()).isZero();
  }

  private void assertRowMatches(ParticipantCase kase, CaseId caseId, long position) throws SQLException {
    assertThat(read(caseId)).containsExactly(
        caseId.value(),
        kase.municipalityCode(),
        kase.stage().name(),
        kase.cohortId().orElse(null),
        kase.participant().get().advisor().value(),
        kase.participantId().get().value(),
        kase.events().get(0).date(),
        position);
  }

  private List<Object> read(CaseId caseId) throws SQLException {
    String sql = "SELECT case_id, municipality_code, stage, cohort_id, advisor_id, participant_id, referred_on,"
        + " last_position FROM " + ReadModelDatabase.OPTIONS.table("rm_cases") + " WHERE case_id = ?";
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, caseId.value());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("row of %s", caseId).isTrue();
        Object[] row = {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getObject(7, LocalDate.class), rs.getLong(8)};
        assertThat(rs.next()).isFalse();
        return Arrays.asList(row);
      }
    }
  }

  private long count() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT COUNT(*) FROM " + ReadModelDatabase.OPTIONS.table("rm_cases"))) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
