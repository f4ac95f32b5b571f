package dk.mikrolan.identity;

import java.util.Objects;

/**
 * A case as the library keys it: the municipality (kommunekode) and the case id the municipality
 * assigned. Two municipalities may use the same case id (such as journal number {@code
 * 2026-0042}) and still have two cases: every stream keyed by a case includes the code.
 *
 * @param municipalityCode the municipality's three-digit code
 * @param caseId the municipality's id of the case
 */
public record CaseRef(String municipalityCode, CaseId caseId) {

  /** Checks the parts. */
  public CaseRef {
    MunicipalityCode.require(Objects.requireNonNull(municipalityCode, "municipalityCode"));
    Objects.requireNonNull(caseId, "caseId");
  }

  /**
   * Obtains a case reference.
   *
   * @param municipalityCode the three-digit code, not null
   * @param caseId the case id, not null
   * @return the reference, never null
   */
  public static CaseRef of(String municipalityCode, CaseId caseId) {
    return new CaseRef(municipalityCode, caseId);
  }

  /**
   * Obtains a case reference.
   *
   * @param municipalityCode the three-digit code, not null
   * @param caseId the case id, not null
   * @return the reference, never null
   * @throws IllegalArgumentException if either part is malformed
   */
  public static CaseRef of(String municipalityCode, String caseId) {
    return new CaseRef(municipalityCode, CaseId.of(caseId));
  }

  /**
   * Parses the form {@link #toString()} writes, {@code 751:2026-0042}.
   *
   * @param text the text, not null
   * @return the reference, never null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static CaseRef parse(String text) {
    if (text.length() < 5 || text.charAt(3) != ':') {
      throw new IllegalArgumentException("A case reference is kommunekode:case-id");
    }
    return new CaseRef(text.substring(0, 3), CaseId.of(text.substring(4)));
  }

  /** Returns {@code <kommunekode>:<case id>}, which {@link #parse(String)} accepts and stream ids use. */
  @Override
  public String toString() {
    return municipalityCode + ":" + caseId.value();
  }
}
