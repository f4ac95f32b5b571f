package dk.mikrolan.office;

import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundCommand;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a municipality's loan fund for a period, with the ceiling and the revolving choice of the
 * policy in force on the day (or on the period's first day, when it is opened ahead), or changes a fund's ceiling: the ADMIN's fund management. A fund is
 * opened from the policy, never from figures a caller states, so the ceiling the council set is the
 * one recorded.
 */
final class FundWork implements UseCase<LoanFund, LoanFund> {

  private final String municipalityCode;
  private final FundPeriod period;
  private final PolicyVersions<ProgrammePolicy> policies;
  private final LocalDate today;
  private final Optional<LoanFundCommand.ChangeCeiling> change;

  private FundWork(String municipalityCode, FundPeriod period, PolicyVersions<ProgrammePolicy> policies,
      LocalDate today, Optional<LoanFundCommand.ChangeCeiling> change) {
    this.municipalityCode = Objects.requireNonNull(municipalityCode, "municipalityCode");
    this.period = Objects.requireNonNull(period, "period");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.today = Objects.requireNonNull(today, "today");
    this.change = change;
  }

  static FundWork open(String municipalityCode, FundPeriod period, PolicyVersions<ProgrammePolicy> policies,
      LocalDate today) {
    return new FundWork(municipalityCode, period, policies, today, Optional.empty());
  }

  static FundWork changeCeiling(String municipalityCode, FundPeriod period, LoanFundCommand.ChangeCeiling change) {
    return new FundWork(municipalityCode, period, PolicyVersions.of(), change.date(), Optional.of(change));
  }

  @Override
  public OnConflict onConflict() {
    return OnConflict.REPORT;
  }

  @Override
  public LoanFund load(StreamReader reader) {
    return LoanFund.replay(reader.read(LoanFund.streamId(municipalityCode, period), LoanFundEvent.class));
  }

  @Override
  public Either<Refusal, Decided<LoanFund>> decide(LoanFund fund) {
    LoanFundCommand command;
    if (change.isPresent()) {
      command = change.get();
    } else {
      if (period.last().isBefore(today)) {
        return Either.left(new Refusal(fund.status().name(), Vector.of(
            OfficeRule.FUND_PERIOD_ENDED.violation(period, period.last()))));
      }
      // A fund opened ahead of its period takes the policy that will be in force when it starts.
      LocalDate governing = period.first().isAfter(today) ? period.first() : today;
      Optional<ProgrammePolicy> policy = policies.inForceOn(governing);
      if (policy.isEmpty()) {
        return Either.left(new Refusal(fund.status().name(), Vector.of(
            dk.mikrolan.programme.CaseRule.NO_POLICY_IN_FORCE.violation(governing))));
      }
      command = LoanFundCommand.Open.from(policy.get(), period, today);
    }
    return fund.decide(command).map(events -> Decided.of(fund.evolveAll(events))
        .write(LoanFund.streamId(municipalityCode, period), events));
  }
}
