package dk.mikrolan.examples.walkthrough;

import dk.mikrolan.eligibility.Answer;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.programme.BudgetCategory;
import dk.mikrolan.programme.BudgetItem;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.LoanApplication;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The synthetic cohort: twenty made-up entrepreneurs and what becomes of each. The names are
 * invented; every CPR number has a seventh digit of 5–8 and a birth year of 58–99, so it belongs
 * to someone born 1858–1899, whom no living person can be. The numbers are unique and never
 * printed in full.
 */
final class Cast {

  /** Where an entrepreneur leaves the programme, or that they borrow. */
  enum Path {
    /** Sorted out at rough sorting: a screening rule fails, and the decider refuses. */
    SORTED_OUT,
    /** Withdraws after the first café meeting. */
    WITHDRAWS_AFTER_CAFE,
    /** The advisor's assessment is not eligible, and the decider refuses. */
    NOT_ELIGIBLE,
    /** Leaves the cohort during competence development and withdraws. */
    WITHDRAWS_IN_COHORT,
    /** Refused at the seminar on facts a hearing put to them first. */
    REJECTED_AFTER_HEARING,
    /** Recommended, approved, paid out and repaying. */
    BORROWER
  }

  /** How a borrower repays during the walkthrough's months. */
  enum Repayment {
    /** Not a borrower. */
    NONE,
    /** Pays each instalment on its due date. */
    ON_TIME,
    /** Pays nine days late every other month. */
    LATE_EVERY_OTHER_MONTH,
    /** Pays the first seven instalments, then nothing. */
    STOPS_PAYING,
    /** Pays three instalments, then the whole rest. */
    PAYS_OFF_EARLY,
    /** Misses the fourth instalment through illness and is granted a deferral (henstand). */
    DEFERRAL,
    /** Pays three instalments; the business closes and the rest is written off (eftergivet). */
    WRITE_OFF,
    /** The bank takes the third payment back; it is paid again a week later. */
    BANK_REVERSAL,
    /** Pays the sixth instalment nine days late. */
    LATE_ONCE
  }

  /**
   * One entrepreneur.
   *
   * @param participantId the participant id, such as {@code D-01}
   * @param name the made-up name
   * @param cpr the CPR number of someone born before 1900
   * @param benefit the benefit received now
   * @param benefitDescription the description of support of type {@code OTHER}
   * @param idea the business idea
   * @param wish the answer at rough sorting whether they wish to be self-employed
   * @param revenueModelStated whether rough sorting found how the idea earns money
   * @param requested the amount applied for
   * @param plan the repayment plan applied for (monthly)
   * @param budget the start-up budget
   * @param path where they leave, or that they borrow
   * @param repayment how they repay, {@code NONE} unless a borrower
   * @param granted what the decider grants, when a borrower
   * @param tranches how many tranches the loan is paid out in, 1 or 2
   * @param followUp how they support themselves six months after payout
   * @param advisor the advisor who follows them
   */
  record Entrepreneur(String participantId, String name, String cpr, BenefitType benefit,
      Optional<String> benefitDescription, BusinessIdea idea, Answer wish, boolean revenueModelStated,
      DkkAmount requested, RepaymentPlan plan, List<BudgetItem> budget, Path path, Repayment repayment,
      DkkAmount granted, int tranches, SupportStatus followUp, String advisor) {

    /** Checks the parts. */
    Entrepreneur {
      Objects.requireNonNull(participantId, "participantId");
      budget = List.copyOf(budget);
      if (tranches < 1 || tranches > 2) {
        throw new IllegalArgumentException("One or two tranches: " + tranches);
      }
    }

    /** Returns the participant as the referral states them. */
    Participant participant() {
      return Participant.builder().id(ParticipantId.of(participantId)).cpr(Cpr.parse(cpr)).name(name)
          .benefit(benefit).benefitDescription(benefitDescription).businessIdea(idea)
          .advisor(AdvisorId.of(advisor)).build();
    }

    /** Returns the loan application. */
    LoanApplication application() {
      return LoanApplication.of(requested, plan, Frequency.MONTHLY, budget);
    }

    /** Returns the masked CPR number, {@code DDMMYY-XXXX}. */
    String maskedCpr() {
      return Cpr.parse(cpr).toString();
    }

    /** Returns the id and the name, as the printout names a person. */
    String label() {
      return participantId + " " + name;
    }
  }

  private Cast() {}

  /** The twenty entrepreneurs, in the order of their participant ids. */
  static final List<Entrepreneur> ALL = List.of(
      borrower("D-01", "Amira Haddad", "140362-5128", BenefitType.CASH_BENEFIT,
          idea("Syværksted", "Ændringer og reparation af tøj", "Beboere og renserier i Gellerup", "Pris pr. opgave"),
          25_000, 24,
          budget(25_000, "Industrisymaskine og overlocker", BudgetCategory.PREMISES, "Indretning af lokale"),
          Repayment.ON_TIME, 2, SupportStatus.SELF_SUPPORTING),
      borrower("D-02", "Bo Lindqvist", "030771-6013", BenefitType.SICKNESS_BENEFIT,
          idea("Cykelværksted", "Reparation og salg af brugte cykler", "Studerende i Aarhus C",
              "Timepris og reservedele"),
          18_000, 18, budget(18_000, "Værktøj og montagestander", BudgetCategory.STOCK, "Reservedele"),
          Repayment.ON_TIME, 1, SupportStatus.SELF_SUPPORTING),
      borrower("D-03", "Camilla Juhl", "220868-7246", BenefitType.EARLY_RETIREMENT_PENSION,
          idea("Keramikværksted", "Brugskeramik og kurser", "Turister og lokale kunder", "Salg og kursusgebyrer"),
          30_000, 24, budget(30_000, "Brændeovn og drejeskive", BudgetCategory.STOCK, "Ler og glasur"),
          Repayment.LATE_EVERY_OTHER_MONTH, 2, SupportStatus.PARTLY),
      borrower("D-04", "Dennis Okafor", "111175-5371", BenefitType.REHABILITATION,
          idea("Flytte- og budfirma", "Små flytninger og budkørsel", "Private og butikker i Aarhus", "Pris pr. kørsel"),
          40_000, 24, budget(40_000, "Udbetaling på varebil", BudgetCategory.MARKETING, "Skilte og hjemmeside"),
          Repayment.STOPS_PAYING, 1, SupportStatus.BACK_ON_BENEFITS),
      borrower("D-05", "Eva Mortensen", "050589-8102", BenefitType.CASH_BENEFIT,
          idea("Hundeluftning", "Luftning og pasning af hunde", "Travle hundeejere i Risskov", "Månedsabonnement"),
          8_000, 16, budget(8_000, "Hundebur til bilen", BudgetCategory.MARKETING, "Flyers og hjemmeside"),
          Repayment.PAYS_OFF_EARLY, 1, SupportStatus.SELF_SUPPORTING),
      borrower("D-06", "Farah Nasser", "290192-6154", BenefitType.SICKNESS_BENEFIT,
          idea("Bageri", "Mellemøstligt bagværk", "Caféer og private i Aarhus V", "Salg fra disk og engros"),
          45_000, 24, budget(45_000, "Bageovn og dejmaskine", BudgetCategory.PREMISES, "Indretning af bagerbutik"),
          Repayment.DEFERRAL, 2, SupportStatus.PARTLY),
      borrower("D-07", "Gustav Holm", "170660-7039", BenefitType.CASH_BENEFIT,
          idea("Vinduespudsning", "Vinduespudsning for private", "Villakvarterer i Højbjerg", "Fast pris pr. besøg"),
          12_000, 12, budget(12_000, "Stiger og udstyr", BudgetCategory.MARKETING, "Annoncer"),
          Repayment.WRITE_OFF, 1, SupportStatus.BACK_ON_BENEFITS),
      hanne(),
      borrower("D-09", "Ibrahim Yusuf", "250377-6417", BenefitType.CASH_BENEFIT,
          idea("Rengøringsfirma", "Erhvervsrengøring om aftenen", "Små kontorer i Aarhus N", "Fast månedspris"),
          20_000, RepaymentPlan.byAmount(DkkAmount.ofKroner(800)),
          budget(20_000, "Gulvvaskemaskine og udstyr", BudgetCategory.STOCK, "Rengøringsmidler"),
          Repayment.ON_TIME, 1, SupportStatus.SELF_SUPPORTING),
      borrower("D-10", "Julie Brandt", "310790-8062", BenefitType.SICKNESS_BENEFIT,
          idea("Yogastudie", "Yoga for begyndere og gravide", "Kvinder i Aarhus C", "Klippekort og hold"),
          35_000, 36, budget(35_000, "Måtter og lydanlæg", BudgetCategory.PREMISES, "Indskud på lokale"),
          Repayment.BANK_REVERSAL, 1, SupportStatus.PARTLY),
      borrower("D-11", "Kasper Nørgaard", "120264-7155", BenefitType.EARLY_RETIREMENT_PENSION,
          idea("Elektronikreparation", "Reparation af telefoner og computere", "Private i Viby", "Pris pr. reparation"),
          15_000, 15, budget(15_000, "Loddestation og måleudstyr", BudgetCategory.STOCK, "Reservedele"),
          Repayment.ON_TIME, 1, SupportStatus.SELF_SUPPORTING),
      borrower("D-12", "Lærke Thomsen", "190496-5334", BenefitType.REHABILITATION,
          idea("Genbrugsbørnetøj", "Webshop med brugt børnetøj", "Børnefamilier i hele landet", "Salg med avance"),
          22_000, 22, budget(22_000, "Kamera og lys til produktfotos", BudgetCategory.SOFTWARE, "Webshop"),
          Repayment.LATE_ONCE, 1, SupportStatus.PARTLY),
      borrower("D-13", "Mads Ravn", "061187-6291", BenefitType.CASH_BENEFIT,
          idea("Anlægsgartner", "Anlæg og pasning af haver", "Parcelhusejere i Tranbjerg", "Timepris og materialer"),
          28_000, 28, budget(28_000, "Plæneklipper og trailer", BudgetCategory.MARKETING, "Bilreklame"),
          Repayment.ON_TIME, 1, SupportStatus.SELF_SUPPORTING),
      leaver("D-14", "Nadia Petrovic", "270581-7410", BenefitType.CASH_BENEFIT,
          idea("Foodtruck", "Street food fra Balkan", "Festivaler og pladser i Aarhus C", "Salg pr. ret"),
          50_000, Path.REJECTED_AFTER_HEARING),
      leaver("D-15", "Oliver Kjeldsen", "150699-8123", BenefitType.SICKNESS_BENEFIT,
          idea("Tatovørstudie", "Tatoveringer efter aftale", "Unge voksne i Aarhus", "Timepris"),
          30_000, Path.WITHDRAWS_IN_COHORT),
      leaver("D-16", "Pia Lauridsen", "021073-5506", BenefitType.EARLY_RETIREMENT_PENSION,
          idea("Lysestøberi", "Håndstøbte stearinlys", "Gavebutikker", "Salg til butikker"),
          15_000, Path.NOT_ELIGIBLE),
      leaver("D-17", "Rasmus Vinther", "231285-6647", BenefitType.CASH_BENEFIT,
          idea("Podcastproduktion", "Produktion af podcasts for foreninger", "Foreninger og små firmaer",
              "Pris pr. afsnit"),
          10_000, Path.WITHDRAWS_AFTER_CAFE),
      new Entrepreneur("D-18", "Sofie Abildgaard", "090879-7530", BenefitType.OTHER, Optional.of("ledighedsydelse"),
          idea("Frisørsalon", "Frisør for hele familien", "Familier i Brabrand", "Betaling pr. klipning"),
          Answer.YES, true, DkkAmount.ofKroner(20_000), RepaymentPlan.byCount(20),
          budget(20_000, "Frisørstol og spejl", BudgetCategory.STOCK, "Shampoo og farver"), Path.SORTED_OUT,
          Repayment.NONE, DkkAmount.ZERO, 1, SupportStatus.BACK_ON_BENEFITS, advisor(18)),
      new Entrepreneur("D-19", "Tobias Frost", "280294-5219", BenefitType.CASH_BENEFIT, Optional.empty(),
          idea("App-udvikling", "Apps til små virksomheder", "Små virksomheder", "Ikke afklaret"),
          Answer.YES, false, DkkAmount.ofKroner(25_000), RepaymentPlan.byCount(25),
          budget(25_000, "Computer", BudgetCategory.SOFTWARE, "Licenser"), Path.SORTED_OUT,
          Repayment.NONE, DkkAmount.ZERO, 1, SupportStatus.BACK_ON_BENEFITS, advisor(19)),
      new Entrepreneur("D-20", "Ulla Bech", "161166-8376", BenefitType.SICKNESS_BENEFIT, Optional.empty(),
          idea("Café", "Lille café med hjemmebag", "Beboere i Hasle", "Salg af kaffe og kage"),
          Answer.NO, true, DkkAmount.ofKroner(40_000), RepaymentPlan.byCount(40),
          budget(40_000, "Espressomaskine", BudgetCategory.PREMISES, "Indretning"), Path.SORTED_OUT,
          Repayment.NONE, DkkAmount.ZERO, 1, SupportStatus.BACK_ON_BENEFITS, advisor(20)));

  /**
   * Returns an entrepreneur by participant id.
   *
   * @param participantId the id, such as {@code D-01}
   * @return the entrepreneur, never null
   * @throws java.util.NoSuchElementException if there is none with the id
   */
  static Entrepreneur byId(String participantId) {
    return ALL.stream().filter(e -> e.participantId().equals(participantId)).findFirst().orElseThrow();
  }

  /** Hanne applies for more than the programme lends and is granted less, with the considerations. */
  private static Entrepreneur hanne() {
    List<BudgetItem> budget = List.of(
        BudgetItem.of(BudgetCategory.EQUIPMENT, "Computer og storformatprinter", DkkAmount.ofKroner(25_000)),
        BudgetItem.of(BudgetCategory.SOFTWARE, "Licenser til layoutprogrammer", DkkAmount.ofKroner(15_000)),
        BudgetItem.of(BudgetCategory.EQUIPMENT, "Udbetaling på privatbil", DkkAmount.ofKroner(12_000)));
    return new Entrepreneur("D-08", "Hanne Søgaard", "080983-5288", BenefitType.REHABILITATION, Optional.empty(),
        idea("Grafisk bureau", "Logoer, tryksager og skilte", "Foreninger og små butikker", "Pris pr. opgave"),
        Answer.YES, true, DkkAmount.ofKroner(52_000), RepaymentPlan.byCount(24), budget, Path.BORROWER,
        Repayment.ON_TIME, DkkAmount.ofKroner(40_000), 2, SupportStatus.SELF_SUPPORTING, advisor(8));
  }

  private static Entrepreneur borrower(String id, String name, String cpr, BenefitType benefit, BusinessIdea idea,
      long kroner, int instalments, List<BudgetItem> budget, Repayment repayment, int tranches,
      SupportStatus followUp) {
    return borrower(id, name, cpr, benefit, idea, kroner, RepaymentPlan.byCount(instalments), budget, repayment,
        tranches, followUp);
  }

  private static Entrepreneur borrower(String id, String name, String cpr, BenefitType benefit, BusinessIdea idea,
      long kroner, RepaymentPlan plan, List<BudgetItem> budget, Repayment repayment, int tranches,
      SupportStatus followUp) {
    return new Entrepreneur(id, name, cpr, benefit, Optional.empty(), idea, Answer.YES, true,
        DkkAmount.ofKroner(kroner), plan, budget, Path.BORROWER, repayment, DkkAmount.ofKroner(kroner), tranches,
        followUp, advisor(number(id)));
  }

  private static Entrepreneur leaver(String id, String name, String cpr, BenefitType benefit, BusinessIdea idea,
      long kroner, Path path) {
    return new Entrepreneur(id, name, cpr, benefit, Optional.empty(), idea, Answer.YES, true,
        DkkAmount.ofKroner(kroner), RepaymentPlan.byCount(24),
        budget(kroner, "Udstyr", BudgetCategory.MARKETING, "Markedsføring"), path, Repayment.NONE, DkkAmount.ZERO, 1,
        SupportStatus.BACK_ON_BENEFITS, advisor(number(id)));
  }

  private static BusinessIdea idea(String title, String description, String market, String revenueModel) {
    return BusinessIdea.of(title, description, market, revenueModel);
  }

  /** A budget of two items, the equipment half of it, that covers the amount exactly. */
  private static List<BudgetItem> budget(long kroner, String equipment, BudgetCategory category, String other) {
    DkkAmount total = DkkAmount.ofKroner(kroner);
    DkkAmount first = DkkAmount.ofOre(total.ore() / 2);
    return List.of(BudgetItem.of(BudgetCategory.EQUIPMENT, equipment, first),
        BudgetItem.of(category, other, total.minus(first)));
  }

  private static int number(String participantId) {
    return Integer.parseInt(participantId.substring(2));
  }

  /** Odd participants are followed by adv-1, even ones by adv-2. */
  private static String advisor(int number) {
    return number % 2 == 1 ? "adv-1" : "adv-2";
  }
}
