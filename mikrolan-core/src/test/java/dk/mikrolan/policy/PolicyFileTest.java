package dk.mikrolan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.mikrolan.access.Action;
import dk.mikrolan.access.Role;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyFileTest {

  private static final ProgrammePolicy MEMO =
      ProgrammePolicy.builder()
          .municipalityCode("751")
          .municipalityName("Aarhus Kommune")
          .validFrom(LocalDate.of(2010, 1, 1))
          .build();

  @Test
  void readsTheMemoFileIntoTheDefaults() {
    assertThat(valid(PolicyFile.read(resource("memo")))).isEqualTo(MEMO);
  }

  @Test
  void readsAarhusWithItsPreCourseAndFlexJobWithoutCode() {
    ProgrammePolicy aarhus = valid(PolicyFile.read(resource("aarhus")));

    assertThat(aarhus.municipalityCode()).isEqualTo("751");
    assertThat(aarhus.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(aarhus.competenceMinMonths()).isEqualTo(3);
    assertThat(aarhus.competenceMaxMonths()).isEqualTo(6);
    assertThat(aarhus.eligibleBenefits())
        .containsExactlyInAnyOrder(
            BenefitType.CASH_BENEFIT,
            BenefitType.EARLY_RETIREMENT_PENSION,
            BenefitType.SICKNESS_BENEFIT,
            BenefitType.REHABILITATION,
            BenefitType.FLEX_JOB);
    assertThat(aarhus.baseRates())
        .containsExactly(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231")));
    assertThat(aarhus.loanFloor()).isEqualTo(LoanPolicy.DEFAULT_FLOOR);
  }

  @Test
  void readsCopenhagenWithItsFloorAndFundWithoutCode() {
    ProgrammePolicy copenhagen = valid(PolicyFile.read(resource("copenhagen")));

    assertThat(copenhagen.municipalityCode()).isEqualTo("101");
    assertThat(copenhagen.municipalityName()).isEqualTo("Københavns Kommune");
    assertThat(copenhagen.validFrom()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(copenhagen.loanFloor()).isEqualTo(DkkAmount.ofKroner(5_000));
    assertThat(copenhagen.loanCeiling()).isEqualTo(DkkAmount.ofKroner(50_000));
    assertThat(copenhagen.loanFundCeiling()).isEqualTo(DkkAmount.ofKroner(700_000));
    assertThat(copenhagen.loanPolicy().loanFloor()).isEqualTo(DkkAmount.ofKroner(5_000));
  }

  @Test
  void writesEachExampleFileBackAsItWasRead() {
    for (String name : List.of("memo", "aarhus", "copenhagen")) {
      Properties file = resource(name);

      assertThat(PolicyFile.write(valid(PolicyFile.read(file)))).as(name).isEqualTo(file);
    }
  }

  @Test
  void readsBackWhatItWrites() {
    ProgrammePolicy policy =
        ProgrammePolicy.builder()
            .municipalityCode("461")
            .municipalityName("Odense Kommune")
            .validFrom(LocalDate.of(2027, 3, 1))
            .eligibleBenefits(EnumSet.of(BenefitType.OTHER, BenefitType.CASH_BENEFIT))
            .mandatoryCourses(Set.of("VAT", "BOGFØRING"))
            .loanFloor(DkkAmount.ofOre(250_050))
            .revolvingFund(true)
            .complaintGuidance(new ComplaintGuidance("Ankestyrelsen", " Ring\ntil os ", "Call us", 6))
            .journalReference("15.00.00-P20")
            .addBaseRates(
                new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("0.0231")),
                new BaseRate(LocalDate.of(2027, 1, 1), new BigDecimal("0.02500")))
            .deMinimisCeilingEur(new BigDecimal("299999.99"))
            .followUpMonths(List.of(3, 36))
            .build();

    assertThat(valid(PolicyFile.read(PolicyFile.write(policy)))).isEqualTo(policy);
    assertThat(valid(PolicyFile.read(storedAndLoaded(PolicyFile.write(policy))))).isEqualTo(policy);
  }

  @Test
  void writesEveryKey() {
    Properties written = PolicyFile.write(MEMO);

    for (PolicyKey key : PolicyKey.values()) {
      assertThat(written.getProperty(key.key())).as(key.key()).isNotNull();
    }
    assertThat(written.getProperty("courses.mandatory")).isEqualTo("ACCOUNTING, INSURANCE, TAX, VAT");
    assertThat(written.getProperty("loan.floor")).isEqualTo("DKK 1000.00");
  }

  @Test
  void defaultsEveryKeyLeftOut() {
    assertThat(valid(PolicyFile.read(text(required())))).isEqualTo(MEMO);
  }

  @Test
  void acceptsPlainAmountsAndTrimsValues() {
    ProgrammePolicy policy =
        valid(PolicyFile.read(text(required() + "loan.floor = 5000.5  \nfund.revolving = true \t\n")));

    assertThat(policy.loanFloor()).isEqualTo(DkkAmount.ofOre(500_050));
    assertThat(policy.revolvingFund()).isTrue();
  }

  @Test
  void takesFreeTextAsWritten() {
    ProgrammePolicy policy = valid(PolicyFile.read(text(required() + "journal.reference = 15.00.00 \n")));

    assertThat(policy.journalReference()).isEqualTo("15.00.00 ");
  }

  @Test
  void readsAnEmptyCourseListAsNoMandatoryCourses() {
    assertThat(valid(PolicyFile.read(text(required() + "courses.mandatory =\n"))).mandatoryCourses()).isEmpty();
  }

  @Test
  void reportsEveryProblemOfABadFileWithItsKey() {
    Seq<Violation> problems = PolicyFile.read(resource("bad")).getError();

    assertThat(problems.toJavaList())
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("municipality.code", "MUNICIPALITY_CODE_MALFORMED"),
            tuple("municipality.name", "POLICY_KEY_MISSING"),
            tuple("valid-from", "POLICY_DATE_UNREADABLE"),
            tuple("eligible-benefits", "POLICY_BENEFIT_UNKNOWN"),
            tuple("loan.floor", "POLICY_AMOUNT_UNREADABLE"),
            tuple("loan.max-instalments", "POLICY_NUMBER_UNREADABLE"),
            tuple("competence.max-months", "COMPETENCE_MAX_BELOW_MIN"),
            tuple("courses.mandatory", "POLICY_LIST_ITEM_EMPTY"),
            tuple("seminar.dayz", "POLICY_KEY_UNKNOWN"),
            tuple("assessment.threshold", "ASSESSMENT_THRESHOLD_OUTSIDE_SCALE"),
            tuple("fund.revolving", "POLICY_BOOLEAN_UNREADABLE"),
            tuple("complaint.how-to-complain.da", "POLICY_KEY_MISSING"),
            tuple("complaint.how-to-complain.en", "POLICY_KEY_MISSING"),
            tuple("complaint.deadline-weeks", "POLICY_KEY_MISSING"),
            tuple("aid.base-rate.2026-01-01", "BASE_RATE_OUT_OF_RANGE"),
            tuple("follow-up.months", "FOLLOW_UP_MONTHS_INVALID"));
  }

  @Test
  void namesTheKeyAndTheValueInBothLanguages() {
    Violation floor =
        PolicyFile.read(text(required() + "loan.floor = 1.000,00\n")).getError().single();

    assertThat(floor.english()).contains("loan.floor", "'1.000,00'", "DKK 1000.00");
    assertThat(floor.danish()).contains("loan.floor", "'1.000,00'", "DKK 1000.00");
  }

  @Test
  void reportsARefusedValueUnderItsKey() {
    Violation ceiling =
        PolicyFile.read(text(required() + "loan.floor = DKK 5000.00\nloan.ceiling = DKK 4000.00\n"))
            .getError()
            .single();

    assertThat(ceiling.field()).isEqualTo("loan.ceiling");
    assertThat(ceiling.code()).isEqualTo("LOAN_CEILING_BELOW_FLOOR");
    assertThat(ceiling.english()).contains("DKK 4000.00", "DKK 5000.00");
    assertThat(ceiling.danish()).contains("4.000,00 kr.", "5.000,00 kr.");
  }

  @Test
  void reportsAnEmptyBenefitListAsRefused() {
    assertThat(PolicyFile.read(text(required() + "eligible-benefits =\n")).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("eligible-benefits", "ELIGIBLE_BENEFITS_EMPTY"));
  }

  @Test
  void reportsABenefitNamedTwice() {
    assertThat(PolicyFile.read(text(required() + "eligible-benefits = FLEX_JOB, FLEX_JOB\n")).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("eligible-benefits", "POLICY_LIST_ITEM_REPEATED"));
  }

  @Test
  void reportsAnUnreadableFollowUpMonthAndAnUnreadableBaseRateDate() {
    assertThat(
            PolicyFile.read(text(required() + "follow-up.months = 6, twelve\naid.base-rate.2026-13-01 = 0.01\n"))
                .getError())
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("follow-up.months", "POLICY_NUMBER_UNREADABLE"),
            tuple("aid.base-rate.2026-13-01", "POLICY_DATE_UNREADABLE"));
  }

  @Test
  void reportsRefusedComplaintGuidanceUnderItsKeys() {
    String complaint =
        "complaint.appeal-body = \ncomplaint.how-to-complain.da = Klag\n"
            + "complaint.how-to-complain.en = Complain\ncomplaint.deadline-weeks = 0\n";

    assertThat(PolicyFile.read(text(required() + complaint)).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("complaint.appeal-body", "COMPLAINT_APPEAL_BODY_BLANK"),
            tuple("complaint.deadline-weeks", "COMPLAINT_DEADLINE_NOT_POSITIVE"));
  }

  @Test
  void reportsAnAmountTooLargeForTheLibraryUnderItsKey() {
    assertThat(PolicyFile.read(text(required() + "fund.ceiling = 99999999999\n")).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("fund.ceiling", "AMOUNT_TOO_LARGE"));
  }

  @Test
  void ignoresEntriesThatAreNotStrings() {
    Properties file = resource("memo");
    file.put(1, 2);

    assertThat(valid(PolicyFile.read(file))).isEqualTo(MEMO);
  }

  @Test
  void readsTheDelegationsLimitAndWhatItWithholds() {
    ProgrammePolicy policy = valid(PolicyFile.read(text(required() + "approval.second-decider-above = DKK 30000.00\n"
        + "permissions.withheld.DECIDER = WITHDRAW\npermissions.withheld.CASEWORKER = WITHDRAW, ADD_NOTE\n")));

    assertThat(policy.secondDeciderAbove()).contains(DkkAmount.ofKroner(30_000));
    assertThat(policy.needsSecondDecider(DkkAmount.ofKroner(30_000))).isFalse();
    assertThat(policy.needsSecondDecider(DkkAmount.ofOre(3_000_001))).isTrue();
    assertThat(policy.withheldByRole()).isEqualTo(Map.of(Role.DECIDER, Set.of(Action.WITHDRAW),
        Role.CASEWORKER, Set.of(Action.WITHDRAW, Action.ADD_NOTE)));
    Properties written = PolicyFile.write(policy);
    assertThat(written.getProperty("approval.second-decider-above")).isEqualTo("DKK 30000.00");
    assertThat(written.getProperty("permissions.withheld.CASEWORKER")).isEqualTo("ADD_NOTE, WITHDRAW");
    assertThat(written.getProperty("permissions.withheld.ADMIN")).isNull();
    assertThat(valid(PolicyFile.read(written))).isEqualTo(policy);
  }

  @Test
  void readsAnEmptyLimitAsOneDeciderAlwaysSuffices() {
    ProgrammePolicy policy = valid(PolicyFile.read(text(required() + "approval.second-decider-above =\n")));

    assertThat(policy.secondDeciderAbove()).isEmpty();
    assertThat(policy.needsSecondDecider(DkkAmount.ofKroner(50_000))).isFalse();
    assertThat(PolicyFile.write(policy).getProperty("approval.second-decider-above")).isEmpty();
    assertThat(policy.withheld()).isEmpty();
  }

  @Test
  void reportsEveryBadDelegationValueWithItsKey() {
    String bad = "approval.second-decider-above = -1.00\n"
        + "permissions.withheld.BOSS = WITHDRAW\n"
        + "permissions.withheld.DECIDER = WITHDRAW, FLY\n"
        + "permissions.withheld.ADMIN = ADOPT_POLICY\n"
        + "permissions.withheld.FINANCE = PAY_OUT, PAY_OUT\n";

    assertThat(PolicyFile.read(text(required() + bad)).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("approval.second-decider-above", "SECOND_DECIDER_LIMIT_NEGATIVE"),
            tuple("permissions.withheld.BOSS", "POLICY_ROLE_UNKNOWN"),
            tuple("permissions.withheld.DECIDER", "POLICY_ACTION_UNKNOWN"),
            tuple("permissions.withheld.ADMIN", "ADOPT_POLICY_WITHHELD"),
            tuple("permissions.withheld.FINANCE", "POLICY_LIST_ITEM_REPEATED"));
    assertThat(PolicyFile.read(text(required() + "approval.second-decider-above = 30.000\n")).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("approval.second-decider-above", "POLICY_AMOUNT_UNREADABLE"));
  }

  @Test
  void readsTheVersionsOfOneMunicipality() {
    PolicyVersions<ProgrammePolicy> versions =
        valid(PolicyFile.readVersions(List.of(resource("aarhus"), resource("memo"))));

    assertThat(versions.inForceOn(LocalDate.of(2025, 12, 31)).get()).isEqualTo(MEMO);
    assertThat(versions.inForceOn(LocalDate.of(2026, 1, 1)).get().competenceMaxMonths()).isEqualTo(6);
  }

  @Test
  void refusesTwoVersionsFromTheSameDay() {
    Properties again = resource("memo");
    again.setProperty("loan.floor", "DKK 2000.00");

    assertThat(PolicyFile.readVersions(List.of(resource("memo"), again)).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("versions[1].valid-from", "POLICY_VERSION_DUPLICATE"));
  }

  @Test
  void refusesVersionsOfTwoMunicipalities() {
    assertThat(PolicyFile.readVersions(List.of(resource("memo"), resource("copenhagen"))).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("versions[1].municipality.code", "POLICY_MUNICIPALITY_MIXED"));
  }

  @Test
  void reportsEachVersionsProblemsWithItsPosition() {
    Properties broken = resource("aarhus");
    broken.setProperty("seminar.days", "four");

    assertThat(PolicyFile.readVersions(List.of(resource("memo"), broken)).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("versions[1].seminar.days", "POLICY_NUMBER_UNREADABLE"));
  }

  @Test
  void refusesNoVersionsAtAll() {
    assertThat(PolicyFile.readVersions(List.of()).getError())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("versions", "POLICY_VERSIONS_EMPTY"));
  }

  private static String required() {
    return "municipality.code = 751\nmunicipality.name = Aarhus Kommune\nvalid-from = 2010-01-01\n";
  }

  private static <T> T valid(Validation<Seq<Violation>, T> read) {
    assertThat(read.isValid()).as("valid: %s", read).isTrue();
    return read.get();
  }

  static Properties resource(String name) {
    String path = "/policies/" + name + ".properties";
    try (InputStream in = Objects.requireNonNull(PolicyFileTest.class.getResourceAsStream(path), path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties storedAndLoaded(Properties properties) {
    StringWriter out = new StringWriter();
    try {
      properties.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text(out.toString());
  }

  private static Properties text(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
