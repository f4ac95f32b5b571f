package dk.mikrolan.eligibility;

/**
 * A named eligibility rule (kriterium) of the micro-loan programme. The constant's name is its
 * stable id: it never changes between releases, and it is the code of the {@link
 * RuleOutcome#reason() reason} a failed rule gives.
 *
 * <p>Each rule knows the stage that decides it, its source (the memo section it comes from, and for
 * the target group the historical legal basis), its name and a description of what it checks, in
 * Danish and English. The memo is the Danish "Notat: Mikrolån" (cited as "Notat om mikrolån"); its
 * Danish headings are cited as written, since the Danish text is the source, and the English
 * source names the headings of its English working translation. A decision letter's
 * justification (begrundelse, forvaltningsloven § 24) quotes these texts through {@link
 * RuleOutcome#danishText()}.
 *
 * <p>What a rule admits (benefit types, the scale and the pass mark of scores) is the
 * municipality's policy, never the rule's.
 */
public enum EligibilityRule {

  /**
   * Target group (målgruppe): the applicant's benefit type is one the policy admits. The memo
   * names cash benefit, early-retirement pension, sickness benefit and rehabilitation "for
   * example"; the former aktivlov § 65 (loan or grant to a revalidend starting a business) is the
   * historical legal basis (Jobcenter Aalborg, "Erfaringer med brug af mikro-lån til ledige",
   * 2014).
   */
  TARGET_GROUP(
      EligibilityStage.SCREENING,
      "benefitType",
      "Målgruppe",
      "Target group",
      "Notat om mikrolån, afsnit 'Baggrund' og 'Målgruppe og formål'; historisk retsgrundlag: den"
          + " tidligere aktivlov § 65",
      "Memo on micro-loans, sections 'Background' and 'Target group and purpose'; historical legal"
          + " basis: the former aktivlov (Active Social Policy Act) § 65",
      "Ansøgerens forsørgelsesgrundlag er et af dem, kommunens mikrolånsordning omfatter.",
      "The applicant's benefit is one the municipality's micro-loan programme admits."),

  /**
   * Business idea (forretningsidé): an idea is stated, with a title and how it will earn money.
   * The memo's rough sorting considers "kun ledige med en god forretningsidé"; whether the idea is
   * good is for the advisor ({@link #MARKET}, {@link #FEASIBILITY}).
   */
  BUSINESS_IDEA(
      EligibilityStage.SCREENING,
      "businessIdea",
      "Forretningsidé",
      "Business idea",
      "Notat om mikrolån, afsnit 'Mere end bare at give et mikrolån', trin 1 'Grov sortering'",
      "Memo on micro-loans, section 'More than a loan', step 1 'Rough sorting'",
      "Der er oplyst en forretningsidé med en titel og en beskrivelse af, hvordan den skal tjene"
          + " penge.",
      "A business idea is stated, with a title and how it will earn money."),

  /**
   * Genuine wish to be self-employed (reelt ønske om at blive selvstændig), as the applicant
   * states it: "Mikrolån er ikke for alle".
   */
  GENUINE_WISH(
      EligibilityStage.SCREENING,
      "wishToBeSelfEmployed",
      "Reelt ønske om at blive selvstændig",
      "Genuine wish to be self-employed",
      "Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed'",
      "Memo on micro-loans, section 'A genuine wish to be self-employed'",
      "Ansøgeren har selv givet udtryk for et ønske om at blive selvstændig.",
      "The applicant has stated a wish to be self-employed."),

  /** Personal competences (personlige kompetencer) self-employment needs, scored by the advisor. */
  COMPETENCES(
      EligibilityStage.ASSESSMENT,
      "scores.COMPETENCES",
      "Personlige kompetencer",
      "Personal competences",
      "Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed', første punkt",
      "Memo on micro-loans, section 'A genuine wish to be self-employed', first point",
      "Vejlederen vurderer, at ansøgeren har de personlige kompetencer, det kræver at være"
          + " selvstændig.",
      "The advisor judges that the applicant has the personal competences self-employment needs."),

  /** Courage (gå-på-mod), scored by the advisor. */
  COURAGE(
      EligibilityStage.ASSESSMENT,
      "scores.COURAGE",
      "Gå-på-mod",
      "Courage",
      "Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed', første punkt",
      "Memo on micro-loans, section 'A genuine wish to be self-employed', first point",
      "Vejlederen vurderer, at ansøgeren har det nødvendige gå-på-mod.",
      "The advisor judges that the applicant has the courage (gå-på-mod) it takes."),

  /** A market for the idea ("Er der et marked?"), scored by the advisor. */
  MARKET(
      EligibilityStage.ASSESSMENT,
      "scores.MARKET",
      "Marked",
      "Market",
      "Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed', andet punkt",
      "Memo on micro-loans, section 'A genuine wish to be self-employed', second point",
      "Vejlederen vurderer, at der er et marked for forretningsidéen.",
      "The advisor judges that there is a market for the business idea."),

  /** Feasibility of the idea ("Kan det lade sig gøre?"), scored by the advisor. */
  FEASIBILITY(
      EligibilityStage.ASSESSMENT,
      "scores.FEASIBILITY",
      "Realiserbarhed",
      "Feasibility",
      "Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed', andet punkt",
      "Memo on micro-loans, section 'A genuine wish to be self-employed', second point",
      "Vejlederen vurderer, at forretningsidéen kan lade sig gøre.",
      "The advisor judges that the business idea can be carried out."),

  /** Passion for the idea ("brænder for sin idé"), scored by the advisor. */
  PASSION(
      EligibilityStage.ASSESSMENT,
      "scores.PASSION",
      "Brænder for idéen",
      "Passion for the idea",
      "Notat om mikrolån, afsnit 'Reelt ønske om selvstændighed', tredje punkt",
      "Memo on micro-loans, section 'A genuine wish to be self-employed', third point",
      "Vejlederen vurderer, at ansøgeren brænder for sin idé.",
      "The advisor judges that the applicant is passionate about the idea.");

  private final EligibilityStage stage;
  private final String field;
  private final String danishName;
  private final String englishName;
  private final String source;
  private final String englishSource;
  private final String danishDescription;
  private final String englishDescription;

  EligibilityRule(
      EligibilityStage stage,
      String field,
      String danishName,
      String englishName,
      String source,
      String englishSource,
      String danishDescription,
      String englishDescription) {
    this.stage = stage;
    this.field = field;
    this.danishName = danishName;
    this.englishName = englishName;
    this.source = source;
    this.englishSource = englishSource;
    this.danishDescription = danishDescription;
    this.englishDescription = englishDescription;
  }

  /**
   * Returns the stage that decides this rule.
   *
   * @return the stage, never null
   */
  public EligibilityStage stage() {
    return stage;
  }

  /**
   * Returns the input field the rule reads, such as {@code benefitType} or {@code
   * scores.COURAGE}; it is the {@code field} of the rule's failure reason.
   *
   * @return the field, never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the Danish name, as letters show it, such as {@code Gå-på-mod}.
   *
   * @return the name, never null
   */
  public String danishName() {
    return danishName;
  }

  /**
   * Returns the English name, such as {@code Courage}.
   *
   * @return the name, never null
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the source the rule rests on, in Danish as a letter cites it, such as {@code Notat om
   * mikrolån, afsnit 'Reelt ønske om selvstændighed', første punkt}.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the source in English, citing the memo's headings as its English translation gives
   * them; where the two differ, {@link #source()} stands.
   *
   * @return the source, never null
   */
  public String englishSource() {
    return englishSource;
  }

  /**
   * Returns what the rule checks, in Danish.
   *
   * @return one sentence, never null
   */
  public String danishDescription() {
    return danishDescription;
  }

  /**
   * Returns what the rule checks, in English.
   *
   * @return one sentence, never null
   */
  public String englishDescription() {
    return englishDescription;
  }
}
