package dk.mikrolan.aid;

import static dk.mikrolan.aid.AidRule.*;

import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The decisions of {@link DeMinimisRecord}: which commands it accepts, and the events they cause. */
final class DeMinimisDecider {


  private DeMinimisDecider() {}

  static Either<Refusal, List<DeMinimisEvent>> decide(
      DeMinimisRecord record, DeMinimisCommand command, PolicyVersions<ProgrammePolicy> policies) {
    Vector<Violation> problems;
    DeMinimisEvent event;
    if (command instanceof DeMinimisCommand.RecordAid r) {
      problems = recordAid(record, r, policies);
      event = problems.isEmpty() ? granted(r) : null;
    } else if (command instanceof DeMinimisCommand.CancelAid c) {
      problems = c.reason().isBlank() ? Vector.of(REASON_MISSING.violation()) : Vector.empty();
      Option<DeMinimisEvent.AidGranted> grant = Option.ofOptional(record.grantOf(c.grantingAuthority(), c.caseId()));
      if (grant.isEmpty()) {
        problems = problems.append(NO_AID_FOR_CASE.violation(c.caseId()));
      } else if (c.date().isBefore(grant.get().grantDate())) {
        problems = problems.append(CANCELLED_BEFORE_GRANT.violation(c.date(), grant.get().grantDate()));
      }
      event = new DeMinimisEvent.AidCancelled(c.caseId(), c.date(), c.reason(),
          java.util.Optional.of(c.grantingAuthority()));
    } else {
      throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
    }
    return problems.isEmpty() && event != null
        ? Either.right(List.of(event))
        : Either.left(new Refusal(record.state(), problems));
  }

  private static DeMinimisEvent.AidGranted granted(DeMinimisCommand.RecordAid r) {
    return new DeMinimisEvent.AidGranted(
        r.caseId(),
        r.grantDate(),
        r.gge(),
        r.eurDkkRate(),
        EurConversion.toEur(r.gge(), r.eurDkkRate()),
        r.rates().referenceRate(),
        r.rates().discountRate(),
        DeMinimisRecord.REGULATION,
        r.grantingAuthority());
  }

  private static Vector<Violation> recordAid(
      DeMinimisRecord record, DeMinimisCommand.RecordAid r, PolicyVersions<ProgrammePolicy> policies) {
    Vector<Violation> problems = Vector.empty();
    if (record.grantOf(r.grantingAuthority(), r.caseId()).isPresent()) {
      problems = problems.append(AID_ALREADY_RECORDED.violation(r.caseId()));
    }
    if (r.gge().isNegative()) {
      problems = problems.append(AID_NEGATIVE.violation());
    }
    if (r.eurDkkRate().signum() <= 0) {
      problems = problems.append(EXCHANGE_RATE_NOT_POSITIVE.violation());
    } else if (!EurConversion.withinBand(r.eurDkkRate())) {
      problems = problems.append(EXCHANGE_RATE_OUTSIDE_BAND.violation(r.eurDkkRate().toPlainString(),
          EurConversion.BAND_LOW.toPlainString(), EurConversion.BAND_HIGH.toPlainString()));
    }
    if (!dk.mikrolan.identity.MunicipalityCode.isValid(r.grantingAuthority())) {
      problems = problems.append(AUTHORITY_MALFORMED.violation(r.grantingAuthority()));
    }
    Option<ProgrammePolicy> policy = Option.ofOptional(policies.inForceOn(r.grantDate()));
    if (policy.isEmpty()) {
      problems = problems.append(NO_POLICY_IN_FORCE.violation(r.grantDate()));
    }
    // The ceiling needs a policy, a usable rate and a non-negative amount; with those it is
    // checked even when other reasons refuse the command, so the refusal lists every reason.
    if (policy.isDefined() && r.eurDkkRate().signum() > 0 && EurConversion.withinBand(r.eurDkkRate())
        && !r.gge().isNegative()) {
      problems = problems.appendAll(ceiling(record, r, policy.get().deMinimisCeilingEur()));
    }
    return problems;
  }

  /**
   * Checks every three-year window that would hold the new grant: the one ending on its date and
   * those ending on each later grant within three years; reports the fullest window over the ceiling.
   */
  private static Vector<Violation> ceiling(DeMinimisRecord record, DeMinimisCommand.RecordAid r, BigDecimal ceiling) {
    BigDecimal aid = EurConversion.toEur(r.gge(), r.eurDkkRate());
    List<LocalDate> ends = List.ofAll(record.grants())
        .map(DeMinimisEvent.AidGranted::grantDate)
        .filter(end -> DeMinimisRecord.inThreeYearsEndingOn(r.grantDate(), end))
        .prepend(r.grantDate());
    LocalDate worstEnd = r.grantDate();
    BigDecimal worst = BigDecimal.ZERO;
    for (LocalDate end : ends) {
      BigDecimal total = record.aidEurInThreeYearsEndingOn(end).add(aid);
      if (total.compareTo(worst) > 0) {
        worst = total;
        worstEnd = end;
      }
    }
    if (worst.compareTo(ceiling) <= 0) {
      return Vector.empty();
    }
    return Vector.of(CEILING_EXCEEDED.violation(
        new Object[] {EurConversion.danish(aid), worstEnd, EurConversion.danish(worst), danish(ceiling)},
        new Object[] {EurConversion.english(aid), worstEnd, EurConversion.english(worst), english(ceiling)}));
  }

  // A policy's ceiling is a whole number of euro in practice; one with finer decimals is shown
  // as given rather than rounded.
  private static String danish(BigDecimal ceiling) {
    return ceiling.scale() <= EurConversion.EUR_SCALE
        ? EurConversion.danish(ceiling.setScale(EurConversion.EUR_SCALE))
        : ceiling.toPlainString() + " EUR";
  }

  private static String english(BigDecimal ceiling) {
    return ceiling.scale() <= EurConversion.EUR_SCALE
        ? EurConversion.english(ceiling.setScale(EurConversion.EUR_SCALE))
        : "EUR " + ceiling.toPlainString();
  }
}
