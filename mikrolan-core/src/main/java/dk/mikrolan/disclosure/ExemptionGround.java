package dk.mikrolan.disclosure;

import dk.mikrolan.rules.Text;

/**
 * Why an item of a review package may be exempt from access. The library only marks: whether the
 * ground holds, and whether the rest of a document is given (forvaltningsloven § 15 c), is the
 * caseworker's decision.
 */
public enum ExemptionGround {
  /**
   * Another participant of the cohort: a member's name, or a cohort record about another member.
   * Another person's private matters may outweigh the party's interest (forvaltningsloven §§ 15–15
   * b); the right to a copy must not adversely affect the rights of others (GDPR art. 15(4)).
   */
  OTHER_PARTICIPANT("Forvaltningsloven §§ 15–15 b; GDPR art. 15(4)",
      "Oplysning om en anden deltager på holdet.", "Information about another participant of the cohort."),
  /**
   * An internal working note: a document not given to anyone outside the authority (forvaltningsloven
   * § 12, stk. 1), unless it only records facts the authority had to note or its final decision
   * (§ 13).
   */
  INTERNAL_WORKING_NOTE("Forvaltningsloven § 12, stk. 1, og § 13",
      "Internt arbejdsdokument; vurdér om det kun gengiver faktiske oplysninger eller den endelige beslutning.",
      "Internal working document; consider whether it only records facts or the final decision."),
  /**
   * Another person's identity: a CPR number in free text that is not the participant's own
   * (forvaltningsloven §§ 15–15 b; databeskyttelsesloven § 11; GDPR art. 15(4)).
   */
  OTHER_IDENTITY("Forvaltningsloven §§ 15–15 b; databeskyttelsesloven § 11; GDPR art. 15(4)",
      "Et CPR-nummer, der ikke er deltagerens eget.", "A CPR number that is not the participant's own.");

  private final String source;
  private final Text text;

  ExemptionGround(String source, String danish, String english) {
    this.source = source;
    this.text = Text.of(danish, english);
  }

  /**
   * Returns the provisions the ground rests on.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns what the mark tells the caseworker, in Danish and English.
   *
   * @return the text, never null
   */
  public Text text() {
    return text;
  }
}
