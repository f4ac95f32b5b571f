package dk.mikrolan.examples.walkthrough;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.eligibility.Assessment;
import dk.mikrolan.eligibility.EligibilityEvaluator;
import dk.mikrolan.eligibility.EligibilityRule;
import dk.mikrolan.eligibility.EligibilityStage;
import dk.mikrolan.eligibility.EligibilityVerdict;
import dk.mikrolan.eligibility.RuleStatus;
import dk.mikrolan.eligibility.Score;
import dk.mikrolan.eligibility.ScreeningFacts;
import dk.mikrolan.examples.walkthrough.Cast.Entrepreneur;
import dk.mikrolan.examples.walkthrough.Cast.Path;
import dk.mikrolan.examples.walkthrough.Cast.Repayment;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.CaseRequest;
import dk.mikrolan.office.CohortRequest;
import dk.mikrolan.office.LoanRequest;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.DecisionLetter;
import dk.mikrolan.programme.DisburseLoan;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.ReportScope;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.usecase.UseCaseResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The whole programme for a synthetic cohort of twenty entrepreneurs, run in-process through the
 * entry point {@link Mikrolan} alone: referral; rough sorting, which sorts three out; café meetings;
 * the advisor's assessment; a cohort with its courses (accounting, tax, VAT, insurance), guidance
 * and four seminar days, enrolment and recorded attendance; competence development; the seminar;
 * recommendations; thirteen approvals (one for less than was asked) and one refusal after a
 * hearing; payout, in two tranches for some loans; monthly repayments for the rest of the
 * walkthrough's days (ten instalments fall due), with late and missed payments, a payment the bank
 * takes back, a deferral (henstand), a write-off (eftergivelse) and a loan paid off early; the
 * first follow-up of the policy (six months after payout). It prints the funnel with the
 * exits and their reasons, two decision letters in Danish (an approval and the refusal after the
 * hearing), one repayment schedule and the programme report.
 *
 * <p>The walkthrough owns its clock (Europe/Copenhagen): it starts on the start day and moves
 * forward as the programme's months pass, never more than {@value #MAX_DAYS} days past the start,
 * and every date the world supplies (a café meeting held, a hearing's answer received, a value
 * date, a payout) is the clock's today or a day or two before. A host that wants demo data passes
 * a start of {@value #MAX_DAYS} days or more ago, and the walkthrough ends before the host's today.
 * Every step must succeed: a step the entry point refuses stops the walkthrough with an {@link
 * IllegalStateException} naming the step and the refusal. For a fixed start the output is the same
 * on every run.
 *
 * <p>The walkthrough refers twenty participants with the case ids {@code <start year>-0001} to
 * {@code -0020} and the participant ids {@code D-01} to {@code D-20}: it is meant for a store that
 * holds none of them yet. No CPR number is printed in full.
 */
public final class Walkthrough {

  /** How many days past its start the walkthrough's clock moves, at most. */
  public static final int MAX_DAYS = 390;

  /** The start day {@link #main} uses. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 6);

  /** DKK per euro for the de minimis ceiling at approval. */
  private static final BigDecimal EUR_DKK = new BigDecimal("7.46");

  /** How many days late a late payer pays. */
  private static final int LATE_DAYS = 9;

  /**
   * What the walkthrough did.
   *
   * @param start the first day
   * @param end the day the clock stopped on, the report's date
   * @param municipalityCode the municipality the cases are in
   * @param cases each participant id's case, in the order of the participant ids
   * @param funnel how many cases reached each stage of the main path, as the walkthrough followed them
   * @param exits the cases that ended before a loan, in the order they ended
   * @param approved the cases whose loan was granted
   * @param report the programme report of the walkthrough's cases on the last day
   * @param lettersDelivered how many decision letters the outbox handed to the letter port
   */
  public record Summary(LocalDate start, LocalDate end, String municipalityCode, Map<String, CaseRef> cases,
      Map<Stage, Long> funnel, List<Exit> exits, List<CaseRef> approved, ProgrammeReport report,
      int lettersDelivered) {

    /** Checks and copies the parts. */
    public Summary {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      cases = Collections.unmodifiableMap(new LinkedHashMap<>(cases));
      Map<Stage, Long> copy = new EnumMap<>(Stage.class);
      copy.putAll(funnel);
      funnel = Collections.unmodifiableMap(copy);
      exits = List.copyOf(exits);
      approved = List.copyOf(approved);
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * A case that ended before a loan.
   *
   * @param participantId the participant's id
   * @param ref the case
   * @param from the stage it ended in
   * @param ending {@link Stage#REJECTED} or {@link Stage#WITHDRAWN}
   * @param reasons the ids of the rules a refusal rests on, or {@code WITHDRAWN}
   */
  public record Exit(String participantId, CaseRef ref, Stage from, Stage ending, List<String> reasons) {

    /** Checks and copies the parts. */
    public Exit {
      Objects.requireNonNull(participantId, "participantId");
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(ending, "ending");
      reasons = List.copyOf(reasons);
    }
  }

  private final WalkthroughClock clock;
  private final Mikrolan office;
  private final ProgrammePolicy policy;
  private final String municipality;
  private final PrintStream out;
  private final Printout printout;
  private final CohortId cohortId;
  private final Agenda agenda;

  private final Actor admin;
  private final Actor caseworker;
  private final Actor decider;
  private final Actor secondDecider;
  private final Actor finance;
  private final Actor auditor;
  private final Map<String, Actor> advisors = new LinkedHashMap<>();

  private final Map<String, CaseRef> refs = new LinkedHashMap<>();
  private final Map<CaseRef, Stage> furthest = new LinkedHashMap<>();
  private final List<Exit> exits = new ArrayList<>();
  private final List<CaseRef> approved = new ArrayList<>();
  private final Map<String, AssessmentOutcome> screened = new LinkedHashMap<>();
  private final Map<String, AssessmentOutcome> assessed = new LinkedHashMap<>();
  private final Map<String, LocalDate> cafeMeetings = new LinkedHashMap<>();
  private int lettersDelivered;
  private int paymentsReceived;

  private Walkthrough(Function<Clock, Mikrolan> officeOn, ProgrammePolicy policy, LocalDate start, PrintStream out) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.out = Objects.requireNonNull(out, "out");
    this.printout = new Printout(out);
    if (policy.validFrom().isAfter(start)) {
      throw new IllegalArgumentException("The policy takes effect on " + policy.validFrom()
          + ", after the walkthrough's start on " + start + ": it must be in force from the start");
    }
    this.clock = new WalkthroughClock(start, MAX_DAYS);
    this.office = Objects.requireNonNull(officeOn.apply(clock), "the entry point");
    this.municipality = policy.municipalityCode();
    this.cohortId = CohortId.of("H" + start.getYear() + "-1");
    this.agenda = new Agenda(clock);
    Set<String> here = Set.of(municipality);
    this.admin = Actor.system("walkthrough-admin", Set.of(Role.ADMIN), here);
    this.caseworker = Actor.person("cw-1", Set.of(Role.CASEWORKER), here);
    this.decider = Actor.person("head-1", Set.of(Role.DECIDER), here);
    this.secondDecider = Actor.person("head-2", Set.of(Role.DECIDER), here);
    this.finance = Actor.person("fin-1", Set.of(Role.FINANCE), here);
    this.auditor = Actor.person("aud-1", Set.of(Role.AUDITOR), here);
    for (String advisor : List.of("adv-1", "adv-2")) {
      advisors.put(advisor, Actor.person(advisor, Set.of(Role.CASEWORKER), here));
    }
  }

  /**
   * Runs the walkthrough: builds the entry point on the walkthrough's clock, seeds the policy,
   * opens the loan fund of each calendar year the walkthrough spans (unless it is open already)
   * and takes the twenty entrepreneurs through the programme, printing as it goes.
   *
   * @param officeOn builds the entry point on a clock, once; over an empty store or one that holds
   *     none of the walkthrough's cases, not null
   * @param policy the municipality's policy, in force from {@code start} with a base rate for the
   *     aid at approval; seeded into the municipality's history, which must not contradict it, not null
   * @param start the first day; the clock ends {@value #MAX_DAYS} days later, not null
   * @param out where the walkthrough is printed, not null
   * @return what the walkthrough did, never null
   * @throws IllegalArgumentException if the policy takes effect after the start
   * @throws IllegalStateException if the entry point refuses a step, naming the step and the refusal
   */
  public static Summary run(Function<Clock, Mikrolan> officeOn, ProgrammePolicy policy, LocalDate start,
      PrintStream out) {
    Objects.requireNonNull(officeOn, "officeOn");
    Objects.requireNonNull(start, "start");
    return new Walkthrough(officeOn, policy, start, out).run();
  }

  /**
   * Runs the walkthrough on an in-memory store for Aarhus Kommune ({@link #aarhus()}), prints it,
   * and writes the programme report as a page ({@code programrapport.html} in the working folder).
   *
   * @param args the start day as {@code YYYY-MM-DD}, or none for {@link #DEFAULT_START}
   * @throws java.io.IOException if the page cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    LocalDate start = args.length > 0 ? LocalDate.parse(args[0]) : DEFAULT_START;
    Summary summary = run(clock -> Mikrolan.builder(new InMemoryEventStore(), letter -> { }, clock).build(), aarhus(),
        start, System.out);
    java.nio.file.Path page = java.nio.file.Path.of("programrapport.html");
    java.nio.file.Files.writeString(page, dk.mikrolan.examples.report.ReportPage.of(summary.report(), "Aarhus Kommune"),
        java.nio.charset.StandardCharsets.UTF_8);
    System.out.println("The programme report as a page: " + page.toAbsolutePath());
  }

  /**
   * Returns the CPR numbers of the walkthrough's twenty made-up entrepreneurs, as {@code
   * DDMMYY-SSSS}: numbers of people born 1858-1899, so of no one living. For checks that no CPR
   * number reaches a log line, a file name or a stored row in plain.
   *
   * @return the numbers, unmodifiable, never null
   */
  public static java.util.List<String> syntheticCprNumbers() {
    return Cast.ALL.stream().map(Cast.Entrepreneur::cpr).toList();
  }

  /**
   * Returns the policy {@link #main} uses: Aarhus Kommune (751) with the library's defaults from
   * 1 January 2020, and a base rate of 2.31 % for the de minimis aid.
   *
   * @return the policy, never null
   */
  public static ProgrammePolicy aarhus() {
    return ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2020, 1, 1))
        .addBaseRates(new BaseRate(LocalDate.of(2020, 1, 1), new BigDecimal("0.0231"))).build();
  }

  // --- the programme ------------------------------------------------------------------------------

  private Summary run() {
    out.println("mikrolan walkthrough: " + policy.municipalityName() + " (" + municipality + "), a synthetic cohort of "
        + Cast.ALL.size() + " entrepreneurs");
    out.println("Start " + clock.start() + "; the clock stops on " + clock.last() + ", " + MAX_DAYS + " days on.");
    printout.roster(Cast.ALL);
    printout.section("Timeline");
    setUp();
    intake();
    LocalDate cohortStart = clock.start().plusDays(10);
    LocalDate seminar = competenceDevelopment(cohortStart);
    LocalDate lastSeminarDay = seminar(seminar);
    decisionsAndRepayment(lastSeminarDay);
    clock.moveTo(clock.last());
    lettersDelivered += office.letters().dispatch(500).delivered().size();
    say("the walkthrough ends; " + lettersDelivered + " decision letters handed to the letter port");
    Map<Stage, Long> funnel = funnel();
    printout.funnel(funnel, exits);
    printout.letter("Decision letter: approval", entrepreneur("D-01"), ref(entrepreneur("D-01")),
        lastLetter(entrepreneur("D-01")));
    printout.letter("Decision letter: refusal after a hearing", entrepreneur("D-14"), ref(entrepreneur("D-14")),
        lastLetter(entrepreneur("D-14")));
    printout.schedule(entrepreneur("D-06"), ref(entrepreneur("D-06")), loan(entrepreneur("D-06")), clock.today(),
        "after a deferral of two months");
    Map<Entrepreneur, LoanAccount> loans = new LinkedHashMap<>();
    on(Path.BORROWER).forEach(e -> loans.put(e, loan(e)));
    printout.loans(loans, clock.today());
    ProgrammeReport report = Checked.read("the programme report", office.report(auditor, Set.of(municipality),
        new ReportScope(Optional.of(municipality), Optional.empty(), Optional.of(clock.start()),
            Optional.of(clock.start())), clock.today()));
    printout.report(report, municipality, clock.start(), funnel);
    return new Summary(clock.start(), clock.today(), municipality, refs, funnel, exits, approved, report,
        lettersDelivered);
  }

  /** The policy and the loan fund of each calendar year the walkthrough spans. */
  private void setUp() {
    Checked.done("seeding the policy", office.seedPolicies(admin, Map.of(municipality + ".properties", policy)));
    say("policy of " + policy.municipalityName() + " in force from " + policy.validFrom() + " seeded");
    for (int year = clock.start().getYear(); year <= clock.last().getYear(); year++) {
      FundPeriod period = FundPeriod.ofYear(year);
      if (office.fund(auditor, municipality, period).isRight()) {
        say("loan fund " + period + " is open already");
        continue;
      }
      LoanFund fund = Checked.done("opening the loan fund " + period, office.openFund(admin, municipality, period));
      say("loan fund " + period + " opened with a ceiling of " + kr(fund.ceiling()));
    }
  }

  /** Referral, rough sorting, café meetings and the advisor's assessment. */
  private void intake() {
    LocalDate start = clock.start();
    int number = 0;
    for (Entrepreneur e : Cast.ALL) {
      number++;
      CaseRef ref = CaseRef.of(municipality, CaseId.of(String.format(Locale.ROOT, "%d-%04d", start.getYear(), number)));
      refs.put(e.participantId(), ref);
      work(e, caseworker, "referral", new CaseRequest.Refer(e.participant()));
      work(e, caseworker, "start of rough sorting", new CaseRequest.StartScreening());
    }
    say(Cast.ALL.size() + " referred by the jobcentre (cases " + refs.get("D-01").caseId() + " to "
        + refs.get("D-20").caseId() + "); rough sorting started");

    clock.moveTo(start.plusDays(1));
    List<String> sortedOut = new ArrayList<>();
    for (Entrepreneur e : Cast.ALL) {
      AssessmentOutcome outcome = screening(e);
      screened.put(e.participantId(), outcome);
      work(e, caseworker, "rough sorting", new CaseRequest.RecordScreening(outcome));
      if (outcome.verdict() != AssessmentOutcome.Verdict.ELIGIBLE) {
        sortedOut.add(e.participantId() + " (" + ids(outcome.failedRules()) + ")");
      }
    }
    say("rough sorting: " + (Cast.ALL.size() - sortedOut.size()) + " go on to café meetings; sorted out: "
        + String.join(", ", sortedOut));

    clock.moveTo(start.plusDays(2));
    for (Entrepreneur e : on(Path.SORTED_OUT)) {
      reject(e, screened.get(e.participantId()).failedRules(), List.of(Text.of(
          "Mikrolånsordningen er for ledige, der opfylder alle kriterierne ved den grove sortering. Det gør du ikke, og"
              + " derfor kan du ikke fortsætte i forløbet.",
          "The programme is for people who meet every criterion of rough sorting. You do not, and so you cannot"
              + " continue.")),
          List.of(Text.of("De oplysninger, du selv gav ved henvisningen og den grove sortering den " + start.plusDays(1)
              + ".", "What you stated yourself at the referral and at rough sorting on " + start.plusDays(1) + ".")),
          false);
    }
    say("the decider refuses the " + sortedOut.size() + " sorted out, quoting the rules they do not meet");
    for (Entrepreneur e : stillIn()) {
      cafe(e, "Første café-møde: baggrund, ressourcer og udfordringer; idéen '" + e.idea().title() + "' drøftet.",
          clock.today());
    }
    say(stillIn().size() + " first café meetings with the advisors adv-1 and adv-2");

    clock.moveTo(start.plusDays(7));
    for (Entrepreneur e : on(Path.WITHDRAWS_AFTER_CAFE)) {
      end(e, caseworker, "withdrawal", new CaseRequest.Withdraw("Flytter til en anden kommune."));
      say(e.label() + " withdraws: moving to another municipality");
    }

    clock.moveTo(start.plusDays(8));
    for (Entrepreneur e : stillIn()) {
      cafe(e, "Andet café-møde: forretningsidé, marked og økonomi gennemgået.", clock.today().minusDays(1));
    }
    say(stillIn().size() + " second café meetings, held yesterday, recorded today");

    clock.moveTo(start.plusDays(9));
    for (Entrepreneur e : stillIn()) {
      AssessmentOutcome outcome = assessment(e);
      assessed.put(e.participantId(), outcome);
      work(e, advisor(e), "assessment", new CaseRequest.RecordAssessment(outcome));
    }
    say("the advisors assess " + stillIn().size() + ": " + on(Path.NOT_ELIGIBLE).stream()
        .map(e -> e.participantId() + " not eligible (" + ids(assessed.get(e.participantId()).failedRules()) + ")")
        .reduce((a, b) -> a + ", " + b).orElse("all eligible"));

    clock.moveTo(start.plusDays(10));
    for (Entrepreneur e : on(Path.NOT_ELIGIBLE)) {
      reject(e, assessed.get(e.participantId()).failedRules(), List.of(Text.of(
          "Vejlederens vurdering efter to café-møder er, at der ikke er et marked, der kan bære virksomheden, og at"
              + " idéen ikke kan gennemføres, så du bliver selvforsørgende.",
          "After two café meetings the advisor judges that there is no market to carry the business and that the idea"
              + " cannot be carried out so that you become self-supporting.")),
          List.of(Text.of("Café-møderne den " + cafeMeetings.get(e.participantId()) + " og " + start.plusDays(7)
              + " og vejlederens vurdering den " + start.plusDays(9) + ", som du fik at vide på møderne.",
              "The café meetings on " + cafeMeetings.get(e.participantId()) + " and " + start.plusDays(7)
                  + " and the advisor's assessment on " + start.plusDays(9)
                  + ", which you were told at the meetings.")),
          false);
      say("the decider refuses " + e.label() + " on the assessment");
    }
  }

  /** The cohort, its sessions, enrolment, attendance and the applications; answers the seminar's first day. */
  private LocalDate competenceDevelopment(LocalDate cohortStart) {
    clock.moveTo(cohortStart);
    cohort(new CohortRequest.Plan(cohortStart), "planning cohort " + cohortId);
    Set<String> topics = new LinkedHashSet<>(List.of("ACCOUNTING", "TAX", "VAT", "INSURANCE"));
    topics.addAll(new TreeSet<>(policy.mandatoryCourses()));
    List<Session> sessions = new ArrayList<>();
    int course = 0;
    for (String topic : topics) {
      sessions.add(new Session("K" + (course + 1), SessionKind.COURSE, Optional.of(topic),
          cohortStart.plusDays(4 + 7L * course)));
      course++;
    }
    int guidance = Math.max(4, policy.minGuidanceSessions() + 1);
    for (int i = 0; i < guidance; i++) {
      // Personal guidance, business coaching and financial advice (the memo's three), then more guidance.
      sessions.add(new Session("V" + (i + 1), i == 1 ? SessionKind.COACHING : SessionKind.GUIDANCE, Optional.empty(),
          cohortStart.plusDays(7 + 7L * i)));
    }
    LocalDate lastSession = sessions.stream().map(Session::date).max(LocalDate::compareTo).orElseThrow();
    LocalDate earliest = cohortStart.plusMonths(policy.competenceMinMonths()).plusDays(1);
    LocalDate seminar = (earliest.isAfter(lastSession) ? earliest : lastSession.plusDays(1))
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    for (int day = 0; day < policy.seminarDays(); day++) {
      sessions.add(new Session("S" + (day + 1), SessionKind.SEMINAR_DAY, Optional.empty(), seminar.plusDays(day)));
    }
    for (Session s : sessions) {
      cohort(new CohortRequest.ScheduleSession(s.id(), s.kind(), s.topic(), s.date()), "scheduling session " + s.id());
    }
    say("cohort " + cohortId + " planned from " + cohortStart + ": courses " + String.join(", ", topics) + "; "
        + guidance + " guidance and coaching sessions; seminar " + seminar + " to " + seminar.plusDays(
            policy.seminarDays() - 1L));

    for (Entrepreneur e : stillIn()) {
      cohort(new CohortRequest.Enrol(ref(e).caseId(), clock.today()), "enrolling " + e.label());
      work(e, caseworker, "start of competence development", new CaseRequest.StartCompetenceDevelopment(cohortId));
    }
    say(stillIn().size() + " enrolled; competence development starts");

    for (Session s : sessions) {
      if (s.kind() != SessionKind.SEMINAR_DAY) {
        agenda.on(s.date(), () -> attendance(s));
      }
    }
    for (Entrepreneur e : on(Path.WITHDRAWS_IN_COHORT)) {
      agenda.on(cohortStart.plusDays(12), () -> {
        cohort(new CohortRequest.Leave(ref(e).caseId(), clock.today(), "Fastansat som tatovør"),
            "leaving: " + e.label());
        end(e, caseworker, "withdrawal", new CaseRequest.Withdraw("Har fået fast arbejde og stopper i forløbet."));
        say(e.label() + " leaves the cohort and withdraws: has found a job");
      });
    }
    agenda.on(cohortStart.plusDays(26), () -> {
      for (Entrepreneur e : stillIn()) {
        work(e, caseworker, "loan application", new CaseRequest.SubmitApplication(e.application()));
      }
      say(stillIn().size() + " loan applications with start-up budgets, after the four courses");
    });
    agenda.run();
    return seminar;
  }

  /** The four-day seminar and the recommendations; answers the seminar's last day. */
  private LocalDate seminar(LocalDate first) {
    clock.moveTo(first);
    for (Entrepreneur e : stillIn()) {
      work(e, caseworker, "start of the seminar", new CaseRequest.StartSeminar());
    }
    say(stillIn().size() + " start the final seminar, every course and enough guidance recorded");
    LocalDate last = first.plusDays(policy.seminarDays() - 1L);
    for (int day = 0; day < policy.seminarDays(); day++) {
      clock.moveTo(first.plusDays(day));
      String session = "S" + (day + 1);
      for (Entrepreneur e : stillIn()) {
        cohort(new CohortRequest.RecordAttendance(session, ref(e).caseId(), true, ""), "seminar day " + (day + 1)
            + ": " + e.label());
      }
    }
    say("seminar attendance recorded for all " + policy.seminarDays() + " days");
    for (Entrepreneur e : on(Path.BORROWER)) {
      work(e, advisor(e), "recommendation", new CaseRequest.Recommend(terms(e, last)));
    }
    say("the advisors recommend " + on(Path.BORROWER).size() + " loans");
    for (Entrepreneur e : on(Path.REJECTED_AFTER_HEARING)) {
      work(e, caseworker, "hearing", new CaseRequest.SendHearing(List.of(hearingFacts(last))));
      say("hearing (partshøring) sent to " + e.label() + " on facts from the municipality's planning office");
    }
    return last;
  }

  /** Approvals, the refusal after the hearing, payouts, the repayment months and the follow-up. */
  private void decisionsAndRepayment(LocalDate lastSeminarDay) {
    LocalDate approval = lastSeminarDay.plusDays(1);
    LocalDate payout = payoutDay(lastSeminarDay);
    agenda.on(approval, () -> {
      for (Entrepreneur e : on(Path.BORROWER)) {
        approve(e, terms(e, lastSeminarDay));
      }
      lettersDelivered += office.letters().dispatch(500).delivered().size();
      say("the decider approves " + approved.size() + " loans, " + kr(on(Path.BORROWER).stream()
          .map(Entrepreneur::granted).reduce(DkkAmount.ZERO, DkkAmount::plus)) + " in all; D-08 is granted "
          + kr(entrepreneur("D-08").granted()) + " of the " + kr(entrepreneur("D-08").requested()) + " applied for");
    });
    agenda.on(payout, () -> {
      int warnings = 0;
      for (Entrepreneur e : on(Path.BORROWER)) {
        warnings += disburse(e, firstTranche(e), "1");
      }
      say("payout: " + on(Path.BORROWER).size() + " loans, " + on(Path.BORROWER).stream().filter(e -> e.tranches() == 2)
          .count() + " of them in two tranches; " + warnings + " lump-sum warnings for cash-benefit recipients");
    });
    for (Entrepreneur e : on(Path.REJECTED_AFTER_HEARING)) {
      agenda.on(lastSeminarDay.plusDays(7), () -> hearingAnswered(e, lastSeminarDay));
    }
    agenda.on(payout.plusDays(14), () -> {
      for (Entrepreneur e : on(Path.BORROWER)) {
        if (e.tranches() == 2) {
          disburse(e, e.granted().minus(firstTranche(e)), "2");
        }
      }
      say("second tranches paid out against documented expenses");
    });
    LocalDate firstDue = payout.plusMonths(1);
    for (int m = 0; !dueDate(firstDue, m).isAfter(clock.last()); m++) {
      int month = m;
      LocalDate due = dueDate(firstDue, m);
      int[] before = new int[1];
      agenda.on(due, () -> before[0] = paymentsReceived);
      for (Entrepreneur e : on(Path.BORROWER)) {
        repay(e, month, due);
      }
      agenda.on(due, () -> say("instalment " + (month + 1) + " falls due: " + (paymentsReceived - before[0])
          + " borrowers pay on the day"));
    }
    int followUp = policy.followUpMonths().get(0);
    agenda.on(payout.plusMonths(followUp).plusDays(1), () -> {
      long self = 0;
      for (Entrepreneur e : on(Path.BORROWER)) {
        work(e, caseworker, "follow-up", new CaseRequest.RecordOutcome(followUp, e.followUp(), Optional.empty(),
            e.repayment() != Repayment.WRITE_OFF));
        self += e.followUp() == SupportStatus.SELF_SUPPORTING ? 1 : 0;
      }
      say("follow-up " + followUp + " months after payout: " + self + " of " + on(Path.BORROWER).size()
          + " self-supporting");
    });
    int notRun = agenda.run();
    if (notRun > 0) {
      say("steps planned for after the last day, not run: " + notRun);
    }
  }

  /** What each borrower does in a repayment month. */
  private void repay(Entrepreneur e, int month, LocalDate due) {
    String id = e.participantId() + "-M" + (month + 1);
    switch (e.repayment()) {
      case ON_TIME -> agenda.on(due, () -> payDue(e, id));
      case LATE_EVERY_OTHER_MONTH -> {
        if (month % 2 == 1) {
          agenda.on(due.plusDays(LATE_DAYS), () -> {
            payDue(e, id);
            say(e.label() + " pays instalment " + (month + 1) + ", " + LATE_DAYS + " days late");
          });
        } else {
          agenda.on(due, () -> payDue(e, id));
        }
      }
      case STOPS_PAYING -> {
        if (month < 7) {
          agenda.on(due, () -> payDue(e, id));
        } else {
          agenda.on(due, () -> say(e.label() + " pays nothing"));
        }
      }
      case PAYS_OFF_EARLY -> {
        if (month < 3) {
          agenda.on(due, () -> payDue(e, id));
        } else if (month == 3) {
          agenda.on(due, () -> {
            LoanAccount loan = loan(e);
            done(e, "payment of the rest", office.changeLoan(finance, ref(e), LoanRequest.ReceivePayment.of(id,
                loan.outstanding(clock.today()), clock.today(), "BS-" + id), Optional.empty()));
            paymentsReceived++;
            say(e.label() + " pays the rest of the loan, " + kr(DkkAmount.of(loan.outstanding(clock.today())))
                + ": repaid, the case is " + stage(e));
          });
        }
      }
      case DEFERRAL -> {
        if (month == 3) {
          agenda.on(due, () -> say(e.label() + " is ill and pays nothing"));
          agenda.on(due.plusDays(6), () -> {
            done(e, "deferral", office.changeLoan(decider, ref(e), new LoanRequest.Defer(2,
                "Sygdom; lægeerklæring modtaget. Henstand i to måneder."), Optional.empty()));
            say("the decider grants " + e.label() + " a deferral (henstand) of two months");
          });
        } else {
          agenda.on(due, () -> payDue(e, id));
        }
      }
      case WRITE_OFF -> {
        if (month < 3) {
          agenda.on(due, () -> payDue(e, id));
        } else if (month == 3) {
          agenda.on(due, () -> say(e.label() + " pays nothing: the business has lost its customers"));
        } else if (month == 4) {
          agenda.on(due.plusDays(10), () -> {
            DkkAmount rest = loan(e).balances(clock.today()).outstanding();
            done(e, "write-off", office.changeLoan(decider, ref(e), new LoanRequest.WriteOff(Optional.empty(),
                "Virksomheden er lukket, og deltageren er tilbage på kontanthjælp uden udsigt til at kunne betale."),
                Optional.empty()));
            say("the business is closed: the decider writes off " + kr(rest) + " for " + e.label() + ", the case is "
                + stage(e));
          });
        }
      }
      case BANK_REVERSAL -> {
        if (month == 2) {
          agenda.on(due, () -> payDue(e, id));
          agenda.on(due.plusDays(2), () -> {
            done(e, "reversal", office.changeLoan(finance, ref(e), new LoanRequest.ReversePayment(id, clock.today(),
                "Afvist af banken: manglende dækning"), Optional.empty()));
            say("the bank takes " + e.label() + "'s payment of instalment " + (month + 1) + " back");
          });
          agenda.on(due.plusDays(7), () -> {
            payDue(e, id + "b");
            say(e.label() + " pays instalment " + (month + 1) + " again");
          });
        } else {
          agenda.on(due, () -> payDue(e, id));
        }
      }
      case LATE_ONCE -> {
        if (month == 5) {
          agenda.on(due.plusDays(LATE_DAYS), () -> {
            payDue(e, id);
            say(e.label() + " pays instalment " + (month + 1) + ", " + LATE_DAYS + " days late");
          });
        } else {
          agenda.on(due, () -> payDue(e, id));
        }
      }
      case NONE -> throw new IllegalStateException(e.label() + " is not a borrower");
    }
  }

  // --- the steps ----------------------------------------------------------------------------------

  private ParticipantCase work(Entrepreneur e, Actor actor, String step, CaseRequest request) {
    ParticipantCase kase = Checked.done(e.label() + ": " + step, office.caseWork(actor, ref(e), request,
        Optional.empty()));
    follow(ref(e), kase.stage());
    return kase;
  }

  private <T> T done(Entrepreneur e, String step, UseCaseResult<T> result) {
    T value = Checked.done(e.label() + ": " + step, result);
    follow(ref(e), kase(e).stage());
    return value;
  }

  private void cohort(CohortRequest request, String step) {
    Checked.done(step, office.cohortWork(caseworker, municipality, cohortId, request, Optional.empty()));
  }

  private void cafe(Entrepreneur e, String note, LocalDate heldOn) {
    cafeMeetings.putIfAbsent(e.participantId(), heldOn);
    work(e, advisor(e), "café meeting", new CaseRequest.RecordCafeMeeting(note, heldOn));
  }

  /** Records attendance at a session: everyone enrolled attends, but D-04 is ill for the third guidance. */
  private void attendance(Session s) {
    for (Entrepreneur e : stillIn()) {
      boolean ill = e.participantId().equals("D-04") && s.id().equals("V3");
      cohort(new CohortRequest.RecordAttendance(s.id(), ref(e).caseId(), !ill, ill ? "Meldt syg" : ""),
          "attendance at " + s.id() + ": " + e.label());
    }
    if (s.id().equals("V3")) {
      say("session V3: D-04 is ill; every other session attended by all enrolled");
    }
  }

  private void end(Entrepreneur e, Actor actor, String step, CaseRequest request) {
    ParticipantCase kase = work(e, actor, step, request);
    CaseEvent last = kase.events().get(kase.events().size() - 1);
    if (last instanceof CaseEvent.Rejected r) {
      exits.add(new Exit(e.participantId(), ref(e), r.from(), Stage.REJECTED, r.decision().justification()
          .map(j -> j.rules().stream().map(RuleReference::id).toList()).orElse(List.of())));
    } else if (last instanceof CaseEvent.Withdrawn w) {
      exits.add(new Exit(e.participantId(), ref(e), w.from(), Stage.WITHDRAWN, List.of("WITHDRAWN")));
    } else {
      throw new IllegalStateException(e.label() + ": " + step + " did not end the case");
    }
  }

  private void reject(Entrepreneur e, List<RuleReference> rules, List<Text> considerations, List<Text> facts,
      boolean restsOnFactsUnknown) {
    end(e, decider, "refusal", new CaseRequest.Reject(rules, considerations, facts, restsOnFactsUnknown));
  }

  private void approve(Entrepreneur e, RepaymentTerms terms) {
    List<Text> considerations = e.granted().equals(e.requested()) ? List.of() : List.of(Text.of(
        "Lånet kan kun dække etablering af virksomheden. Budgettets post til udbetaling på en privatbil ("
            + kr(DkkAmount.ofKroner(12_000)) + ") er ikke etablering af virksomheden og indgår ikke.",
        "The loan covers only establishing the business. The budget's down payment on a private car ("
            + DkkAmount.ofKroner(12_000) + ") does not establish the business and is left out."));
    Mikrolan.Approval approval = new Mikrolan.Approval(UndertakingId.of(municipality,
        ParticipantId.of(e.participantId())), Optional.empty(), FundPeriod.ofYear(clock.today().getYear()), terms,
        considerations, EUR_DKK);
    ApproveLoan.Outcome outcome = done(e, "approval", office.approve(decider, ref(e), approval, Optional.empty()));
    if (outcome instanceof ApproveLoan.AwaitingSecondDecider) {
      // The municipality's delegation asks two deciders above its limit: the second approves the same proposal.
      outcome = done(e, "second approval", office.approve(secondDecider, ref(e), approval, Optional.empty()));
    }
    if (!(outcome instanceof ApproveLoan.Approved)) {
      throw new IllegalStateException(e.label() + ": the approval was not granted: " + outcome.kase());
    }
    approved.add(ref(e));
  }

  /** Pays a tranche out today; answers the number of warnings the payout gave. */
  private int disburse(Entrepreneur e, DkkAmount amount, String tranche) {
    DisburseLoan.Paid paid = done(e, "payout of tranche " + tranche, office.disburse(finance, ref(e), amount,
        clock.today(), "UDB-" + ref(e).caseId() + "-" + tranche, Optional.empty()));
    CaseEvent last = paid.kase().events().get(paid.kase().events().size() - 1);
    return last instanceof CaseEvent.Disbursed d ? d.warnings().size() : 0;
  }

  private void hearingAnswered(Entrepreneur e, LocalDate sent) {
    String answer = "Deltageren har søgt en standplads i Lystrup, men har ikke fået svar og har ingen anden plads.";
    work(e, caseworker, "hearing answer", new CaseRequest.RecordHearingAnswer(answer, clock.today().minusDays(1)));
    EligibilityRule rule = EligibilityRule.FEASIBILITY;
    RuleReference feasibility = new RuleReference(rule.name(), rule.source(), Text.of(
        "Kriteriet '" + rule.danishName() + "' er ikke opfyldt: forretningsidéen kan ikke gennemføres som beskrevet"
            + " uden en standplads.",
        "The criterion '" + rule.englishName() + "' is not met: the business idea cannot be carried out as described"
            + " without a pitch."));
    reject(e, List.of(feasibility), List.of(Text.of(
        "Forretningsidéen forudsætter en fast standplads i Aarhus C. Uden en tilladelse kan foodtrucken ikke drives som"
            + " beskrevet, og et lån vil ikke kunne gøre dig selvforsørgende. Dit svar i partshøringen ændrer ikke"
            + " dette, da du ikke har fået en anden plads.",
        "The business idea rests on a fixed pitch in Aarhus C. Without a permit the food truck cannot run as described,"
            + " and a loan would not make you self-supporting. Your answer to the hearing does not change this, since"
            + " you have no other pitch.")),
        List.of(hearingFacts(sent), Text.of("Dit svar i partshøringen, modtaget " + clock.today().minusDays(1) + ": "
            + answer, "Your answer to the hearing, received " + clock.today().minusDays(1) + ": " + answer)), true);
    lettersDelivered += office.letters().dispatch(500).delivered().size();
    say("hearing answered; the decider refuses " + e.label() + " on the facts heard");
  }

  private static Text hearingFacts(LocalDate on) {
    return Text.of("Kommunens planafdeling oplyste den " + on + ", at der ikke gives flere standpladstilladelser til"
        + " foodtrucks i Aarhus C i " + on.getYear() + ", og at alle eksisterende pladser er fordelt.",
        "The municipality's planning office stated on " + on + " that no more pitch permits for food trucks in Aarhus C"
            + " are given in " + on.getYear() + " and that every existing pitch is taken.");
  }

  /** Pays what has fallen due by today, if anything, value-dated today. */
  private void payDue(Entrepreneur e, String paymentId) {
    LocalDate today = clock.today();
    DkkAmount due = DkkAmount.ZERO;
    for (ScheduledInstalment i : loan(e).instalments(today)) {
      if (!i.dueDate().isAfter(today)) {
        due = due.plus(i.remaining());
      }
    }
    if (due.isPositive()) {
      done(e, "payment " + paymentId, office.changeLoan(finance, ref(e), new LoanRequest.ReceivePayment(paymentId, due,
          today, "BS-" + paymentId, PrepaymentHandling.SHORTEN_TERM), Optional.empty()));
      paymentsReceived++;
    }
  }

  // --- the outcomes of the steps -------------------------------------------------------------------

  /** Rough sorting by the eligibility rules of its stage: eligible when they all pass. */
  private AssessmentOutcome screening(Entrepreneur e) {
    ScreeningFacts facts = ScreeningFacts.builder().benefitType(e.benefit()).benefitDescription(e.benefitDescription())
        .businessIdeaTitle(e.idea().title())
        .businessIdeaRevenueModel(e.revenueModelStated() ? e.idea().revenueModel() : "")
        .wishToBeSelfEmployed(e.wish()).build();
    EligibilityVerdict verdict = EligibilityEvaluator.evaluate(facts, Optional.empty(), policy);
    boolean passes = verdict.outcomes().stream().filter(o -> o.rule().stage() == EligibilityStage.SCREENING)
        .allMatch(o -> o.status() == RuleStatus.PASSED);
    return passes ? AssessmentOutcome.eligible() : AssessmentOutcome.from(verdict);
  }

  /** The advisor's assessment after two café meetings: every criterion scored. */
  private AssessmentOutcome assessment(Entrepreneur e) {
    boolean weak = e.path() == Path.NOT_ELIGIBLE;
    int pass = Math.min(policy.assessmentScaleMax(), policy.assessmentThreshold() + 1);
    int fail = Math.max(policy.assessmentScaleMin(), policy.assessmentThreshold() - 1);
    Map<EligibilityRule, Score> scores = new EnumMap<>(EligibilityRule.class);
    for (EligibilityRule rule : EligibilityRule.values()) {
      if (rule.stage() != EligibilityStage.ASSESSMENT) {
        continue;
      }
      if (weak && rule == EligibilityRule.MARKET) {
        scores.put(rule, Score.of(fail, "Gavebutikkerne i området har faste leverandører og køber ikke flere lys."));
      } else if (weak && rule == EligibilityRule.FEASIBILITY) {
        scores.put(rule, Score.of(fail, "Prisen, butikkerne vil betale, dækker ikke materialer og tid."));
      } else {
        scores.put(rule, Score.of(pass, "Vurderet efter to café-møder."));
      }
    }
    Assessment assessment = Assessment.of(e.advisor(), clock.today(), scores, policy);
    return AssessmentOutcome.from(EligibilityEvaluator.evaluate(ScreeningFacts.builder().benefitType(e.benefit())
        .businessIdeaTitle(e.idea().title()).businessIdeaRevenueModel(e.idea().revenueModel())
        .wishToBeSelfEmployed(e.wish()).build(), Optional.of(assessment), policy));
  }

  /** The terms recommended and granted: monthly, the first instalment a month after the planned payout. */
  private RepaymentTerms terms(Entrepreneur e, LocalDate lastSeminarDay) {
    LocalDate payout = payoutDay(lastSeminarDay);
    return RepaymentTerms.builder().principal(e.granted()).firstDueDate(payout.plusMonths(1))
        .frequency(Frequency.MONTHLY).plan(e.plan()).disbursementDate(payout).build();
  }

  /** Payout is planned for three days after the approval, which is the day after the seminar. */
  private static LocalDate payoutDay(LocalDate lastSeminarDay) {
    return lastSeminarDay.plusDays(4);
  }

  private static DkkAmount firstTranche(Entrepreneur e) {
    return e.tranches() == 1 ? e.granted() : DkkAmount.ofOre(e.granted().ore() / 2);
  }

  private LocalDate dueDate(LocalDate firstDue, int month) {
    return office.calendar().onOrNextBankingDay(Frequency.MONTHLY.nominalDate(firstDue, month));
  }

  // --- reading back -------------------------------------------------------------------------------

  private CaseRef ref(Entrepreneur e) {
    return refs.get(e.participantId());
  }

  private ParticipantCase kase(Entrepreneur e) {
    return Checked.read("the case of " + e.label(), office.kase(auditor, ref(e)));
  }

  private Stage stage(Entrepreneur e) {
    return kase(e).stage();
  }

  private LoanAccount loan(Entrepreneur e) {
    return Checked.read("the loan of " + e.label(), office.loan(auditor, ref(e)));
  }

  private DecisionLetter lastLetter(Entrepreneur e) {
    List<DecisionLetter> letters = Checked.read("the letters of " + e.label(), office.letters(auditor, ref(e)));
    return letters.get(letters.size() - 1);
  }

  private Actor advisor(Entrepreneur e) {
    return advisors.get(e.advisor());
  }

  /** Keeps the furthest stage of the main path each case has reached. */
  private void follow(CaseRef ref, Stage stage) {
    if (stage.ordinal() <= Stage.CLOSED.ordinal()
        && furthest.getOrDefault(ref, Stage.REFERRED).ordinal() <= stage.ordinal()) {
      furthest.put(ref, stage);
    }
  }

  /** How many cases reached each stage of the main path, as the walkthrough followed them. */
  private Map<Stage, Long> funnel() {
    Map<Stage, Long> funnel = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      if (s.ordinal() <= Stage.CLOSED.ordinal()) {
        funnel.put(s, furthest.values().stream().filter(f -> f.ordinal() >= s.ordinal()).count());
      }
    }
    return funnel;
  }

  private static List<Entrepreneur> on(Path path) {
    return Cast.ALL.stream().filter(e -> e.path() == path).toList();
  }

  /** The entrepreneurs whose case has not ended. */
  private List<Entrepreneur> stillIn() {
    Set<String> ended = new HashSet<>();
    exits.forEach(x -> ended.add(x.participantId()));
    return Cast.ALL.stream().filter(e -> !ended.contains(e.participantId())).toList();
  }

  private static Entrepreneur entrepreneur(String participantId) {
    return Cast.byId(participantId);
  }

  private static String ids(List<RuleReference> rules) {
    return String.join(", ", rules.stream().map(RuleReference::id).toList());
  }

  // --- printing -----------------------------------------------------------------------------------

  private void say(String line) {
    out.println("  " + clock.today() + "  " + line);
  }

  private static String kr(DkkAmount amount) {
    return Printout.kr(amount);
  }

  /** A session of the cohort as the walkthrough plans it. */
  private record Session(String id, SessionKind kind, Optional<String> topic, LocalDate date) {}
}
