package dk.mikrolan.examples.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.jdbc.CprKeys;
import dk.mikrolan.jdbc.MikrolanJdbc;
import dk.mikrolan.jdbc.MikrolanSchema;
import dk.mikrolan.loan.ArrearsBucket;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.BaseRate;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.port.InMemoryEventStore;
import dk.mikrolan.programme.OutboxLetter;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.report.ProgrammeReport;
import dk.mikrolan.report.Share;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough on an in-memory store from 6 January 2025: every figure it prints, the letters,
 * the schedule and the report are checked against this test's own expectations; no CPR number is
 * printed in full; the clock never passes the start plus 390 days; and over a database the
 * reference server's demo would seed it ends before today.
 */
class WalkthroughTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 6);
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  /** The participants' CPR numbers, as the cast states them: none may be printed in full. */
  private static final List<String> CPR_NUMBERS = List.of("140362-5128", "030771-6013", "220868-7246", "111175-5371",
      "050589-8102", "290192-6154", "170660-7039", "080983-5288", "250377-6417", "310790-8062", "120264-7155",
      "190496-5334", "061187-6291", "270581-7410", "150699-8123", "021073-5506", "231285-6647", "090879-7530",
      "280294-5219", "161166-8376");

  /** How many cases reach each stage of the main path. */
  private static final Object[][] FUNNEL = {
      {Stage.REFERRED, 20L}, {Stage.SCREENING, 20L}, {Stage.CAFE_MEETINGS, 17L}, {Stage.COMPETENCE_DEVELOPMENT, 15L},
      {Stage.FINAL_SEMINAR, 14L}, {Stage.APPROVED, 13L}, {Stage.DISBURSED, 13L}, {Stage.REPAYING, 13L},
      {Stage.CLOSED, 2L}};

  /** Who leaves before a loan: participant, the stage, how it ended and why. */
  private static final Object[][] EXITS = {
      {"D-18", Stage.SCREENING, Stage.REJECTED, List.of("TARGET_GROUP")},
      {"D-19", Stage.SCREENING, Stage.REJECTED, List.of("BUSINESS_IDEA")},
      {"D-20", Stage.SCREENING, Stage.REJECTED, List.of("GENUINE_WISH")},
      {"D-17", Stage.CAFE_MEETINGS, Stage.WITHDRAWN, List.of("WITHDRAWN")},
      {"D-16", Stage.CAFE_MEETINGS, Stage.REJECTED, List.of("MARKET", "FEASIBILITY")},
      {"D-15", Stage.COMPETENCE_DEVELOPMENT, Stage.WITHDRAWN, List.of("WITHDRAWN")},
      {"D-14", Stage.FINAL_SEMINAR, Stage.REJECTED, List.of("FEASIBILITY")}};

  private static Map<Stage, Long> funnel() {
    Map<Stage, Long> funnel = new EnumMap<>(Stage.class);
    for (Object[] row : FUNNEL) {
      funnel.put((Stage) row[0], (Long) row[1]);
    }
    return funnel;
  }

  /** A clock that remembers the latest instant anyone read from it. */
  private static final class Watched extends Clock {
    private final Clock clock;
    private Instant latest = Instant.MIN;

    Watched(Clock clock) {
      this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
      return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new Watched(clock.withZone(zone));
    }

    @Override
    public Instant instant() {
      Instant now = clock.instant();
      latest = now.isAfter(latest) ? now : latest;
      return now;
    }
  }

  /** One run on an in-memory store: what it printed, returned, delivered and the latest instant read. */
  private record Run(String printed, Walkthrough.Summary summary, List<OutboxLetter> letters, Instant latest) {}

  private static Run run(LocalDate start) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<OutboxLetter> letters = new ArrayList<>();
    List<Watched> clocks = new ArrayList<>();
    Walkthrough.Summary summary;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      summary = Walkthrough.run(clock -> {
        Watched watched = new Watched(clock);
        clocks.add(watched);
        return Mikrolan.builder(new InMemoryEventStore(), letters::add, watched).build();
      }, Walkthrough.aarhus(), start, out);
    }
    assertThat(clocks).as("one entry point, on the walkthrough's clock").hasSize(1);
    return new Run(bytes.toString(StandardCharsets.UTF_8), summary, letters, clocks.get(0).latest);
  }

  private static String section(String printed, String heading) {
    int from = printed.indexOf(heading);
    assertThat(from).as("section %s", heading).isNotNegative();
    int to = printed.indexOf("\n\n", from);
    return printed.substring(from, to < 0 ? printed.length() : to);
  }

  /** A printed letter: the text between the dashed lines after its heading. */
  private static String letter(String printed, String heading) {
    int from = printed.indexOf(heading);
    assertThat(from).as("letter %s", heading).isNotNegative();
    String rule = "-".repeat(70) + "\n";
    int open = printed.indexOf(rule, from) + rule.length();
    int close = printed.indexOf(rule, open);
    assertThat(close).as("the end of letter %s", heading).isGreaterThan(open);
    return printed.substring(open, close);
  }

  private static boolean hasLine(String printed, String regex) {
    return Pattern.compile("^" + regex + "$", Pattern.MULTILINE).matcher(printed).find();
  }

  @Test
  void twentyAreReferredThreeSortedOutThirteenApprovedAndTheFunnelIsPrinted() {
    Run run = run(START);
    Walkthrough.Summary s = run.summary();

    assertThat(s.cases()).hasSize(20);
    assertThat(s.cases().keySet()).first().isEqualTo("D-01");
    assertThat(s.cases().get("D-01")).isEqualTo(CaseRef.of("751", "2025-0001"));
    assertThat(s.cases().get("D-20")).isEqualTo(CaseRef.of("751", "2025-0020"));
    assertThat(run.printed()).contains("20 referred by the jobcentre (cases 2025-0001 to 2025-0020)")
        .contains("rough sorting: 17 go on to café meetings; sorted out: D-18 (TARGET_GROUP), D-19 (BUSINESS_IDEA),"
            + " D-20 (GENUINE_WISH)")
        .contains("the decider approves 13 loans, 338.000,00 kr. in all")
        .contains("payout: 13 loans, 4 of them in two tranches")
        .contains("instalment 1 falls due: 13 borrowers pay on the day")
        .contains("instalment 4 falls due: 10 borrowers pay on the day")
        .contains("instalment 10 falls due: 9 borrowers pay on the day");

    assertThat(s.funnel()).isEqualTo(funnel());
    for (Object[] row : FUNNEL) {
      assertThat(hasLine(section(run.printed(), "Funnel"), "\\s+" + row[0] + "\\s+" + row[1])).as("%s", row[0])
          .isTrue();
    }

    assertThat(s.exits()).hasSize(EXITS.length);
    for (int i = 0; i < EXITS.length; i++) {
      Walkthrough.Exit x = s.exits().get(i);
      assertThat(x.participantId()).isEqualTo(EXITS[i][0]);
      assertThat(x.from()).isEqualTo(EXITS[i][1]);
      assertThat(x.ending()).isEqualTo(EXITS[i][2]);
      assertThat(x.reasons()).isEqualTo(EXITS[i][3]);
    }
    assertThat(s.exits().stream().filter(x -> x.from() == Stage.SCREENING)).as("sorted out").hasSize(3);
    assertThat(s.exits().stream().filter(x -> x.ending() == Stage.REJECTED)).as("refused").hasSize(5);
    assertThat(s.exits().stream().filter(x -> x.ending() == Stage.WITHDRAWN)).as("withdrawn").hasSize(2);
    assertThat(section(run.printed(), "Exits (7)")).contains("D-14 Nadia Petrovic").contains("FINAL_SEMINAR")
        .contains("MARKET, FEASIBILITY");

    assertThat(s.approved()).hasSize(13);
    assertThat(s.lettersDelivered()).isEqualTo(18);
    assertThat(run.letters()).hasSize(18).allSatisfy(l -> assertThat(l.municipalityCode()).isEqualTo("751"));
  }

  @Test
  void bothLettersArePrintedInDanishFromAarhusKommune() {
    String printed = run(START).printed();

    String approval = letter(printed, "Decision letter: approval (D-01 Amira Haddad, case 2025-0001)");
    assertThat(approval).contains("Aarhus Kommune", "Sag: 2025-0001", "Dato: 2025-03-21", "Til Amira Haddad",
        "Afgørelse om mikrolån: bevilling", "Du får bevilget et rentefrit mikrolån på 25.000,00 kr.", "24 afdrag",
        "første gang den 2025-04-24", "de minimis-støtte");

    String refusal = letter(printed, "Decision letter: refusal after a hearing (D-14 Nadia Petrovic, case 2025-0014)");
    assertThat(refusal).contains("Aarhus Kommune", "Sag: 2025-0014", "Dato: 2025-03-27", "Til Nadia Petrovic",
        "Afgørelse om mikrolån: afslag", "Begrundelse", "Kriteriet 'Realiserbarhed' er ikke opfyldt",
        "Dit svar i partshøringen, modtaget 2025-03-26", "Klagevejledning", "Ankestyrelsen");
  }

  @Test
  void theScheduleShowsTheDeferralAndTheLoansShowTheArrears() {
    String printed = run(START).printed();

    String schedule = section(printed, "Repayment schedule: D-06 Farah Nasser, case 2025-0006");
    assertThat(schedule).contains("45.000,00 kr. in 24 monthly instalments, as of 2026-01-31");
    // Instalment 4 fell due on 24 July 2025; the deferral of two months moved it to September.
    String paid = "\\s+1\\.875,00 kr\\.\\s+0,00 kr\\.\\s+paid";
    assertThat(hasLine(schedule, "\\s+3\\s+2025-06-24\\s+2025-06-24" + paid)).isTrue();
    assertThat(hasLine(schedule, "\\s+4\\s+2025-09-24\\s+2025-09-24" + paid)).isTrue();
    assertThat(hasLine(schedule, "\\s+24\\s+2027-05-24\\s+2027-05-24\\s+1\\.875,00 kr\\.\\s+1\\.875,00 kr\\."))
        .isTrue();

    String loans = section(printed, "Loans on 2026-01-31");
    assertThat(loans).containsPattern("D-04 Dennis Okafor\\s+ACTIVE .* 68 days \\(DAYS_61_90\\)")
        .containsPattern("D-03 Camilla Juhl\\s+ACTIVE .* 5 days \\(DAYS_1_30\\)")
        .containsPattern("D-05 Eva Mortensen\\s+REPAID ")
        .containsPattern("D-07 Gustav Holm\\s+WRITTEN_OFF .* 9\\.000,00 kr\\.");
    assertThat(printed).contains("the decider grants D-06 Farah Nasser a deferral (henstand) of two months")
        .contains("the decider writes off 9.000,00 kr. for D-07 Gustav Holm, the case is CLOSED")
        .contains("the bank takes D-10 Julie Brandt's payment of instalment 3 back");
  }

  @Test
  void theReportsFiguresAgreeWithTheFunnel() {
    Run run = run(START);
    ProgrammeReport r = run.summary().report();

    assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(r.cases()).isEqualTo(20);
    assertThat(r.funnel()).isEqualTo(funnel());
    assertThat(r.exits()).containsExactly(entry("BUSINESS_IDEA", 1L), entry("FEASIBILITY", 2L),
        entry("GENUINE_WISH", 1L), entry("MARKET", 1L), entry("TARGET_GROUP", 1L), entry("WITHDRAWN", 2L));
    assertThat(r.loansGranted()).isEqualTo(13);
    assertThat(r.amountGranted()).isEqualTo(DkkAmount.ofKroner(338_000));
    assertThat(r.amountDisbursed()).isEqualTo(DkkAmount.ofKroner(338_000));
    assertThat(r.onTime()).isEqualTo(new Share(9, 11));
    assertThat(r.arrearsByBucket()).containsOnly(entry(ArrearsBucket.DAYS_1_30, 1L),
        entry(ArrearsBucket.DAYS_61_90, 1L));
    assertThat(r.writtenOff()).isEqualTo(DkkAmount.ofKroner(9_000));
    assertThat(r.selfSupporting()).containsExactly(entry(6, new Share(7, 13)));

    String printed = section(run.printed(), "Programme report (Mikrolan.report)");
    assertThat(printed).contains("cases             20")
        .contains("funnel            REFERRED 20, SCREENING 20, CAFE_MEETINGS 17, COMPETENCE_DEVELOPMENT 15,"
            + " FINAL_SEMINAR 14, APPROVED 13, DISBURSED 13, REPAYING 13, CLOSED 2")
        .contains("exits             BUSINESS_IDEA 1, FEASIBILITY 2, GENUINE_WISH 1, MARKET 1, TARGET_GROUP 1,"
            + " WITHDRAWN 2")
        .contains("loans granted     13, 338.000,00 kr.")
        .contains("repaying on time  9/11 (81.8 %)")
        .contains("self-supporting   after 6 months 7/13 (53.8 %)")
        .contains("the report's funnel agrees with the walkthrough's");
  }

  @Test
  void noParticipantsCprNumberIsPrintedInFull() {
    String printed = run(START).printed();

    for (String cpr : CPR_NUMBERS) {
      assertThat(printed).doesNotContain(cpr, cpr.replace("-", "")).contains(cpr.substring(0, 6) + "-XXXX");
    }
    assertThat(printed).doesNotContainPattern("(?<!\\d)\\d{6}[-\u2013. ]?\\d{4}(?!\\d)");
  }

  @Test
  void theClockNeverPassesTheStartPlus390DaysAndTheOutputIsTheSameOnEveryRun() {
    Run first = run(START);

    Instant limit = START.plusDays(391).atStartOfDay(COPENHAGEN).toInstant();
    assertThat(first.latest()).isBefore(limit);
    assertThat(first.summary().start()).isEqualTo(START);
    assertThat(first.summary().end()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(run(START).printed()).isEqualTo(first.printed());
  }

  @Test
  void aStepTheEntryPointRefusesStopsTheWalkthroughNamingIt() {
    InMemoryEventStore store = new InMemoryEventStore();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Walkthrough.run(clock -> Mikrolan.builder(store, letter -> { }, clock).build(), Walkthrough.aarhus(), START, quiet);

    // The same cases again: the policy and the funds are there already, the referral is refused.
    assertThatThrownBy(() -> Walkthrough.run(clock -> Mikrolan.builder(store, letter -> { }, clock).build(),
        Walkthrough.aarhus(), START, quiet))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("D-01 Amira Haddad: referral: refused")
        .hasMessageContaining("ALREADY_REFERRED");
    ProgrammePolicy later = ProgrammePolicy.builder().municipalityCode("751").municipalityName("Aarhus Kommune")
        .validFrom(LocalDate.of(2026, 1, 1))
        .addBaseRates(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231"))).build();
    assertThatThrownBy(() -> Walkthrough.run(clock -> Mikrolan.builder(new InMemoryEventStore(), letter -> { }, clock)
        .build(), later, START, quiet)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-01");
  }

  @Test
  void overADatabaseStartedFourHundredDaysAgoItEndsBeforeToday() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:walkthrough_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    MikrolanSchema.migrate(h2);
    MikrolanJdbc jdbc = MikrolanJdbc.builder(h2, CprKeys.inMemory("walkthrough-1",
        Map.of("walkthrough-1", new SecretKeySpec(new byte[32], "AES")), new SecretKeySpec(new byte[32], "HmacSHA256")))
        .build();
    LocalDate today = LocalDate.now(COPENHAGEN);

    Walkthrough.Summary s = Walkthrough.run(clock -> jdbc.entryPoint(letter -> { }, clock).build(),
        Walkthrough.aarhus(), today.minusDays(400), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));

    assertThat(s.end()).isEqualTo(today.minusDays(10));
    assertThat(s.funnel()).isEqualTo(funnel());
    assertThat(s.report().funnel()).isEqualTo(funnel());
    assertThat(s.report().loansGranted()).isEqualTo(13);
    assertThat(s.approved()).hasSize(13);
  }
}
