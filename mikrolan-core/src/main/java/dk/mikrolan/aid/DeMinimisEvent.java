package dk.mikrolan.aid;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact in an undertaking's de minimis record. Events are never changed or deleted: aid that is
 * not paid out is cancelled by a later event. A record is the fold of its events ({@link
 * DeMinimisRecord#evolve(DeMinimisEvent)}).
 */
public sealed interface DeMinimisEvent {

  /**
   * Returns the business date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * De minimis aid granted: the aid equivalent of an interest-free loan, with everything needed to
   * show how it was computed and to report it.
   *
   * @param caseId the case whose approval granted the aid
   * @param grantDate the day the legal right to the aid was conferred (the approval)
   * @param gge the gross grant equivalent (bruttotilskudsækvivalent) in DKK, zero or more
   * @param eurDkkRate the rate used, in DKK per euro
   * @param ggeEur the aid in euro by {@link EurConversion} ({@code EUR_CENTS_HALF_EVEN}), scale 2
   * @param referenceRate the reference rate used, as a fraction
   * @param discountRate the discount rate used, as a fraction
   * @param regulation the regulation the aid is granted under, {@value DeMinimisRecord#REGULATION}
   * @param grantingAuthority the municipality's code (kommunekode)
   */
  record AidGranted(
      CaseId caseId,
      LocalDate grantDate,
      DkkAmount gge,
      BigDecimal eurDkkRate,
      BigDecimal ggeEur,
      BigDecimal referenceRate,
      BigDecimal discountRate,
      String regulation,
      String grantingAuthority)
      implements DeMinimisEvent {
    /** Checks the parts are present. */
    public AidGranted {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(grantDate, "grantDate");
      Objects.requireNonNull(gge, "gge");
      Objects.requireNonNull(eurDkkRate, "eurDkkRate");
      Objects.requireNonNull(ggeEur, "ggeEur");
      Objects.requireNonNull(referenceRate, "referenceRate");
      Objects.requireNonNull(discountRate, "discountRate");
      Objects.requireNonNull(regulation, "regulation");
      Objects.requireNonNull(grantingAuthority, "grantingAuthority");
    }

    /** Returns the grant date. */
    @Override
    public LocalDate date() {
      return grantDate;
    }
  }

  /**
   * Aid cancelled because the loan was not paid out (the approval was withdrawn or the case
   * ended); it no longer counts towards the ceiling.
   *
   * @param caseId the case
   * @param date the day
   * @param reason why
   * @param grantingAuthority the municipality whose case it is; empty in cancellations written
   *     before the authority was recorded (case ids were then unique across municipalities)
   */
  record AidCancelled(CaseId caseId, LocalDate date, String reason, Optional<String> grantingAuthority)
      implements DeMinimisEvent {
    /** Checks the parts are present. */
    public AidCancelled {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(grantingAuthority, "grantingAuthority");
    }
  }
}
