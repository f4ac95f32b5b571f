package dk.mikrolan.policy;

import dk.mikrolan.rules.Violation;
import java.util.Locale;

/**
 * The ways a policy file ({@link PolicyFile}) can be unreadable, each with a stable code (its
 * name) and Danish and English texts ({@code %s} placeholders filled in order). The field of each
 * violation is the file's key, such as {@code loan.floor}; values the policy itself refuses are
 * reported as {@link PolicyViolation}s under the key too.
 */
public enum PolicyFileViolation {
  /** A required key is absent. */
  POLICY_KEY_MISSING("Nøglen %s mangler.", "The key %s is missing."),
  /** A key the file format does not know, such as a misspelt one. */
  POLICY_KEY_UNKNOWN(
      "Nøglen %s findes ikke i politikfilen; er den stavet forkert?",
      "The key %s is not part of the policy file; is it misspelt?"),
  /** A whole number that cannot be read. */
  POLICY_NUMBER_UNREADABLE(
      "%s skal være et helt tal, fx 4, ikke '%s'.", "%s must be a whole number such as 4, not '%s'."),
  /** A date that cannot be read or does not exist. */
  POLICY_DATE_UNREADABLE(
      "%s skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2026-01-01, ikke '%s'.",
      "%s must be a date of the form YYYY-MM-DD, such as 2026-01-01, not '%s'."),
  /** An amount that cannot be read. */
  POLICY_AMOUNT_UNREADABLE(
      "%s skal være et beløb i kroner med højst to decimaler, fx DKK 1000.00 eller 1000.00, ikke '%s'.",
      "%s must be an amount in kroner with at most two decimals, such as DKK 1000.00 or 1000.00,"
          + " not '%s'."),
  /** A decimal number (a rate, an amount in euro) that cannot be read. */
  POLICY_DECIMAL_UNREADABLE(
      "%s skal være et decimaltal med punktum, fx 0.0231, ikke '%s'.",
      "%s must be a decimal number with a point, such as 0.0231, not '%s'."),
  /** A switch that is neither {@code true} nor {@code false}. */
  POLICY_BOOLEAN_UNREADABLE(
      "%s skal være true eller false, ikke '%s'.", "%s must be true or false, not '%s'."),
  /** A benefit type (forsørgelsestype) the library does not know. */
  POLICY_BENEFIT_UNKNOWN(
      "%s: '%s' er ikke en forsørgelsestype; brug %s.",
      "%s: '%s' is not a benefit type; use %s."),
  /** A role (in a {@code permissions.withheld.} key) the library does not know. */
  POLICY_ROLE_UNKNOWN(
      "%s: '%s' er ikke en rolle; brug %s.",
      "%s: '%s' is not a role; use %s."),
  /** An action the library does not know. */
  POLICY_ACTION_UNKNOWN(
      "%s: '%s' er ikke en handling; brug en af Action-værdierne, fx WITHDRAW.",
      "%s: '%s' is not an action; use one of the Action names, such as WITHDRAW."),
  /** An empty item in a comma-separated list, such as {@code TAX,,VAT}. */
  POLICY_LIST_ITEM_EMPTY(
      "%s har et tomt element: '%s'.", "%s has an empty item: '%s'."),
  /** The same item twice in a list. */
  POLICY_LIST_ITEM_REPEATED(
      "%s nævner '%s' mere end én gang.", "%s names '%s' more than once."),
  /** No version was given to {@link PolicyFile#readVersions(java.util.List)}. */
  POLICY_VERSIONS_EMPTY("Der er ingen politikversioner.", "There are no policy versions."),
  /** Two versions in force from the same day. */
  POLICY_VERSION_DUPLICATE(
      "To politikversioner gælder fra %s.", "Two policy versions are valid from %s."),
  /** Versions of different municipalities read as one policy. */
  POLICY_MUNICIPALITY_MIXED(
      "Versionen gælder kommune %s, men den første version gælder kommune %s.",
      "The version is for municipality %s, but the first version is for municipality %s.");

  private final String danish;
  private final String english;

  PolicyFileViolation(String danish, String english) {
    this.danish = danish;
    this.english = english;
  }

  /**
   * Creates the violation for a key.
   *
   * @param key the file's key, used as the violation's field, not null
   * @param args the arguments for the placeholders
   * @return the violation, never null
   */
  public Violation at(String key, Object... args) {
    return Violation.of(
        name(), key, String.format(Locale.ROOT, danish, args), String.format(Locale.ROOT, english, args));
  }
}
