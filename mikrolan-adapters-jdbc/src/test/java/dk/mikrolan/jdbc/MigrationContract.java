package dk.mikrolan.jdbc;

import dk.mikrolan.identity.ParticipantRef;
import static org.assertj.core.api.Assertions.assertThat;

import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.CaseCommand;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.CaseWork;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import dk.mikrolan.usecase.Caller;
import dk.mikrolan.usecase.UseCaseResult;
import dk.mikrolan.usecase.UseCaseShell;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by version 0.1 (schema version 1) migrates to version 2: case, loan and
 * cohort streams get their municipality's code in front of their ids, every read model row and
 * participant gets the code, and the migrated data reads and takes new events as if written now.
 */
abstract class MigrationContract {

  abstract Dialect dialect();

  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
  private static final Cpr CPR = Cpr.parse("0101901234");
  private static final PolicyVersions<ProgrammePolicy> AARHUS = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2020, 1, 1)).build());

  @Test
  void aVersionOneDatabaseMovesToMunicipalityKeysAndKeepsWorking() throws Exception {
    CprKeys keys = CprTestKeys.single();
    CprProtector protector = AesGcmCprProtector.of(keys);
    JacksonEventCodec codec = new JacksonEventCodec(protector);
    try (TestDatabase db = TestDatabase.create(dialect())) {
      Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/mikrolan/" + dialect().folder())
          .table("mikrolan_schema_history").placeholders(Map.of("prefix", "mikrolan_"))
          .baselineOnMigrate(true).baselineVersion("0").target("1").load().migrate();

      Participant sample = ProgrammeFixtures.participant("P-1", "Amina Jensen", BenefitType.CASH_BENEFIT);
      Participant p = Participant.builder().id(sample.id()).cpr(CPR).name(sample.name()).benefit(sample.benefit())
          .businessIdea(sample.businessIdea()).advisor(sample.advisor()).build();
      RepaymentTerms terms = RepaymentTerms.builder().principal(DkkAmount.ofKroner(12_000))
          .firstDueDate(LocalDate.of(2026, 8, 1)).frequency(Frequency.MONTHLY).plan(RepaymentPlan.byCount(12)).build();
      try (Connection c = db.dataSource().getConnection()) {
        // As version 0.1 wrote them: ids without the municipality, read models keyed by case id.
        event(c, codec, "case", "2026-0042", 1, new CaseEvent.Referred(p, "751", DAY, "cw"));
        event(c, codec, "case", "2026-0042", 2, new CaseEvent.ScreeningStarted(DAY, "cw"));
        event(c, codec, "loan", "2026-0042", 1, new LoanEvent.Opened(terms, DAY));
        event(c, codec, "cohort", "H-1", 1, new CohortEvent.CohortPlanned(CohortId.of("H-1"), "751", DAY));
        // The same person referred in Copenhagen too: 0.1's participant ids were global.
        event(c, codec, "case", "2026-0043", 1, new CaseEvent.Referred(p, "101", DAY, "cw"));
        event(c, codec, "de-minimis", "participant-P-1", 1, new dk.mikrolan.aid.DeMinimisEvent.AidGranted(
            dk.mikrolan.identity.CaseId.of("2026-0042"), DAY, DkkAmount.ofKroner(900), new java.math.BigDecimal("7.46"),
            new java.math.BigDecimal("120.64"), new java.math.BigDecimal("0.0631"), new java.math.BigDecimal("0.0331"),
            dk.mikrolan.aid.DeMinimisRecord.REGULATION, "751"));
        event(c, codec, "loan-fund", "751-2026", 1, new dk.mikrolan.fund.LoanFundEvent.FundOpened("751",
            dk.mikrolan.fund.FundPeriod.ofYear(2026), DkkAmount.ofKroner(700_000), false, DAY));
        insert(c, "INSERT INTO mikrolan_rm_cases (case_id, municipality_code, stage, cohort_id, advisor_id,"
            + " participant_id, referred_on, last_position) VALUES ('2026-0042', '751', 'SCREENING', NULL, 'adv-1',"
            + " 'P-1', ?, 2)", DAY);
        insert(c, "INSERT INTO mikrolan_rm_cases (case_id, municipality_code, stage, cohort_id, advisor_id,"
            + " participant_id, referred_on, last_position) VALUES ('2026-0043', '101', 'REFERRED', NULL, 'adv-1',"
            + " 'P-1', ?, 6)", DAY);
        insert(c, "INSERT INTO mikrolan_rm_loans (case_id, status, disbursed_ore, outstanding_ore, written_off_ore,"
            + " next_due_date, last_position) VALUES ('2026-0042', 'AWAITING_DISBURSEMENT', 0, 0, 0, NULL, 3)");
        insert(c, "INSERT INTO mikrolan_rm_loan_instalments (case_id, instalment_no, due_date, remaining_ore)"
            + " VALUES ('2026-0042', 1, ?, 100000)", LocalDate.of(2026, 8, 3));
        String token = protector.protect(CPR);
        insert(c, "INSERT INTO mikrolan_participants (participant_id, cpr_hmac, cpr_encrypted, cpr_key_id)"
            + " VALUES ('P-1', ?, ?, ?)", protector.lookupHash(CPR), token, protector.keyIdOf(token));
        insert(c, "INSERT INTO mikrolan_cpr_access_log (participant_id, actor, purpose, correlation_id, accessed_at)"
            + " VALUES ('P-1', 'cw', 'Brev', 'req-1', ?)", Timestamp.from(Instant.parse("2026-01-06T10:00:00Z")));
      }

      MikrolanSchema.migrate(db.dataSource());

      assertThat(streamIds(db)).containsExactlyInAnyOrder("case/751:2026-0042", "case/751:2026-0042",
          "loan/751:2026-0042", "case/101:2026-0043", "de-minimis/participant-751-P-1", "cohort/751:H-1",
          "loan-fund/751-2026");
      assertThat(column(db, "SELECT municipality_code FROM mikrolan_rm_loans")).containsExactly("751");
      assertThat(column(db, "SELECT municipality_code FROM mikrolan_rm_loan_instalments")).containsExactly("751");
      assertThat(column(db, "SELECT municipality_code FROM mikrolan_participants")).containsExactlyInAnyOrder("751", "101");
      // The reading was before 0.2 and the participant is known in two municipalities: left open.
      assertThat(column(db, "SELECT municipality_code FROM mikrolan_cpr_access_log")).containsExactly((String) null);

      MikrolanJdbc jdbc = MikrolanJdbc.builder(db.dataSource(), keys).build();
      CaseRef ref = CaseRef.of("751", "2026-0042");
      ParticipantCase kase = ParticipantCase.replay(jdbc.eventStore().load(ProgrammeStreams.caseStream(ref),
          CaseEvent.class));
      assertThat(kase.stage()).isEqualTo(Stage.SCREENING);
      assertThat(kase.participant().get().cpr()).isEqualTo(CPR);
      assertThat(jdbc.eventStore().load(dk.mikrolan.cohort.Cohort.streamId("751", CohortId.of("H-1")),
          CohortEvent.class)).hasSize(1);
      assertThat(UseCaseShell.over(jdbc.eventStore()).run(CaseWork.of(new CaseWork.Request(ref,
          new CaseCommand.AddNote("Efter opgraderingen", DAY.plusDays(1), "cw")), AARHUS), Caller.of("cw", "c")))
          .isInstanceOf(UseCaseResult.Done.class);
      assertThat(jdbc.queries().casesByStage("751", Stage.SCREENING)).extracting(CaseRow::ref).containsExactly(ref);
      assertThat(jdbc.queries().loanRow(ref)).isPresent();
      assertThat(jdbc.participants().findByCpr(Set.of("751"), CPR)).containsExactly(new ParticipantRef("751", p.id()));
      assertThat(jdbc.participants().findByCpr(Set.of("101", "751"), CPR))
          .containsExactly(new ParticipantRef("101", p.id()), new ParticipantRef("751", p.id()));
      assertThat(dk.mikrolan.aid.DeMinimisRecord.replay(dk.mikrolan.aid.UndertakingId.of("751", p.id()),
          jdbc.eventStore().load(dk.mikrolan.aid.DeMinimisRecord.streamId(dk.mikrolan.aid.UndertakingId.of("751", p.id())),
              dk.mikrolan.aid.DeMinimisEvent.class)).grants()).hasSize(1);
      assertThat(jdbc.participants().revealCpr(new ParticipantRef("751", p.id()), "cw", "Brev", "req-2", java.time.Instant.parse("2026-03-02T09:00:00Z"))).isEqualTo(CPR);
      // The 0.1 reading has no municipality of its own: each municipality the participant is in sees it.
      Instant from = Instant.parse("2026-01-01T00:00:00Z");
      Instant to = Instant.parse("2100-01-01T00:00:00Z");
      assertThat(jdbc.participants().accessLog(Set.of("101"), from, to, 10))
          .extracting(dk.mikrolan.port.CprAccess::correlationId).containsExactly("req-1");
      assertThat(jdbc.participants().accessLog(Set.of("751"), from, to, 10))
          .extracting(dk.mikrolan.port.CprAccess::correlationId).containsExactly("req-1", "req-2");
      assertThat(jdbc.participants().accessLog(Set.of("851"), from, to, 10)).isEmpty();
      assertThat(jdbc.participants().accessLogOf(new ParticipantRef("751", p.id()), 10))
          .extracting(dk.mikrolan.port.CprAccess::correlationId).containsExactly("req-1", "req-2");
      assertThat(jdbc.participants().accessLogOf(new ParticipantRef("101", p.id()), 10))
          .extracting(dk.mikrolan.port.CprAccess::correlationId).containsExactly("req-1");
      assertThat(jdbc.participants().accessLogOf(new ParticipantRef("851", p.id()), 10)).isEmpty();
      assertThat(jdbc.participants().accessLog(Set.of("751"), from, to, 1)).hasSize(1);
    }
  }

  private static void event(Connection c, JacksonEventCodec codec, String type, String id, long version, Object event)
      throws SQLException {
    EventCodec.Encoded e = codec.encode(event);
    insert(c, "INSERT INTO mikrolan_events (stream_type, stream_id, stream_version, event_type, schema_version, payload,"
        + " actor, correlation_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'cw', 'v1', ?)", type, id, version, e.type(),
        e.schemaVersion(), e.json(), Timestamp.from(Instant.parse("2026-01-05T09:00:00Z")));
  }

  private static void insert(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }

  private static List<String> streamIds(TestDatabase db) throws SQLException {
    List<String> ids = new ArrayList<>();
    for (String row : column(db, "SELECT CONCAT(stream_type, CONCAT('/', stream_id)) FROM mikrolan_events")) {
      ids.add(row);
    }
    return ids;
  }

  private static List<String> column(TestDatabase db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
