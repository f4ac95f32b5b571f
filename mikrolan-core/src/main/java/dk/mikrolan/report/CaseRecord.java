package dk.mikrolan.report;

import dk.mikrolan.identity.CaseId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.programme.ParticipantCase;
import java.util.Objects;
import java.util.Optional;

/**
 * One case as the report reads it: the case and, once paid out, its loan account.
 *
 * @param id the case's id
 * @param kase the case
 * @param loan the loan account, once opened
 */
public record CaseRecord(CaseId id, ParticipantCase kase, Optional<LoanAccount> loan) {

  /** Checks the record. */
  public CaseRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kase, "kase");
    Objects.requireNonNull(loan, "loan");
  }
}
