package dk.mikrolan.programme;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.usecase.StreamReader;
import java.time.LocalDate;

/** How the programme's use cases load their aggregates through the shell's reader. */
final class Loads {

  private Loads() {}

  static ParticipantCase kase(StreamReader reader, CaseRef ref) {
    return ParticipantCase.replay(reader.read(ProgrammeStreams.caseStream(ref), CaseEvent.class));
  }

  static LoanAccount loan(StreamReader reader, CaseRef ref, BankingCalendar calendar) {
    return LoanAccount.replay(calendar, reader.read(ProgrammeStreams.loanStream(ref), LoanEvent.class));
  }

  static LoanFund fund(StreamReader reader, String municipalityCode, FundPeriod period) {
    return LoanFund.replay(reader.read(LoanFund.streamId(municipalityCode, period), LoanFundEvent.class));
  }

  static DeMinimisRecord aid(StreamReader reader, UndertakingId undertaking) {
    return DeMinimisRecord.replay(undertaking, reader.read(DeMinimisRecord.streamId(undertaking), DeMinimisEvent.class));
  }

  /** The loan policy of the programme policy in force on a date (none when none is in force). */
  static PolicyVersions<LoanPolicy> loanPolicies(PolicyVersions<ProgrammePolicy> policies, LocalDate date) {
    return policies.inForceOn(date).map(p -> PolicyVersions.of(p.loanPolicy())).orElse(PolicyVersions.of());
  }

  /**
   * The policies a use case is given must be the case's municipality's: a decision applies its own
   * municipality's rules, records its aid under that authority and writes its letters in its name.
   */
  static io.vavr.collection.Vector<dk.mikrolan.rules.Violation> policyMismatch(
      dk.mikrolan.identity.CaseRef ref, PolicyVersions<ProgrammePolicy> policies) {
    return io.vavr.collection.List.ofAll(policies.all())
        .map(ProgrammePolicy::municipalityCode)
        .distinct()
        .filter(code -> !code.equals(ref.municipalityCode()))
        .map(code -> CaseRule.MUNICIPALITY_MISMATCH.violation(code, ref.municipalityCode()))
        .toVector();
  }
}
