package dk.mikrolan.examples.embedding;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.office.CaseRequest;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.LetterPort;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.usecase.UseCaseResult;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The JDBC adapter on the host's own {@code DataSource} (its pool, its database, beside its own
 * tables): migrate when the host says so, build the entry point, seed a policy, refer a case.
 */
public final class JdbcOnYourDataSource {

  private JdbcOnYourDataSource() {}

  /**
   * Refers one participant in Aarhus and reads the case back.
   *
   * @param yours the host's data source
   * @param keys the CPR keys from the host's key store
   * @param letters where decision letters go (Digital Post, print)
   * @param clock the host's clock, which dates commands
   * @return the case as stored
   * @throws SQLException if the database cannot be reached to migrate
   */
  public static ParticipantCase referOne(DataSource yours, CprKeys keys, LetterPort letters, Clock clock)
      throws SQLException {
    MikrolanSchema.migrate(yours);
    Mikrolan office = MikrolanJdbc.builder(yours, keys).build().entryPoint(letters, clock).build();
    office.seedPolicies(Actor.system("policy-seed", Set.of(Role.ADMIN), Set.of("751")), Map.of("751.properties",
        ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
            .validFrom(LocalDate.of(2026, 1, 1)).build()));
    Actor caseworker = Actor.person("cw-1", Set.of(Role.CASEWORKER), Set.of("751"));
    CaseRef ref = CaseRef.of("751", "2026-0042");
    Participant anne = Participant.builder().id(ParticipantId.of("P-42")).cpr(Cpr.parse("150368-5123"))
        .name("Anne Andersen").benefit(BenefitType.CASH_BENEFIT)
        .businessIdea(BusinessIdea.of("Cykelværksted", "Reparation af cykler", "Studerende", "Timepris"))
        .advisor(AdvisorId.of("adv-1")).build();
    UseCaseResult<ParticipantCase> referred = office.caseWork(caseworker, ref, new CaseRequest.Refer(anne),
        Optional.empty());
    if (!(referred instanceof UseCaseResult.Done<ParticipantCase>)) {
      throw new IllegalStateException("The referral was not made: " + referred);
    }
    return office.kase(caseworker, ref).getOrElseThrow(refusal -> new IllegalStateException(refusal.toString()));
  }
}
