package dk.mikrolan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RepaymentTermsValidatorTest {

  private static final PolicyVersions<LoanPolicy> DEFAULTS =
      PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));

  /** Copenhagen raised its floor to DKK 5,000 from 2013 (a policy version, not code). */
  private static final PolicyVersions<LoanPolicy> COPENHAGEN =
      DEFAULTS.with(
          LoanPolicy.builder().validFrom(LocalDate.of(2013, 1, 1)).loanFloor(DkkAmount.ofKroner(5_000)).build());

  /** A valid request: DKK 10,000 in 12 monthly instalments from 2 March 2026, paid out 15 January. */
  private static final Request VALID =
      new Request(dkk("10000"), LocalDate.of(2026, 3, 2), Frequency.MONTHLY, 12, null, null, LocalDate.of(2026, 1, 15));

  /** For every code, an input that must produce it. */
  private static final Map<TermsViolation, RepaymentRequest> PRODUCING = new EnumMap<>(TermsViolation.class);

  static {
    PRODUCING.put(TermsViolation.PRINCIPAL_MISSING, VALID.principal(null).form());
    PRODUCING.put(TermsViolation.PRINCIPAL_BELOW_FLOOR, VALID.principal(dkk("999.99")).form());
    PRODUCING.put(TermsViolation.PRINCIPAL_ABOVE_CEILING, VALID.principal(dkk("50000.01")).form());
    PRODUCING.put(TermsViolation.FIRST_DUE_DATE_MISSING, VALID.firstDue(null).form());
    PRODUCING.put(
        TermsViolation.DUE_DATE_OUTSIDE_CALENDAR,
        VALID.firstDue(LocalDate.of(2199, 6, 1)).disbursement(LocalDate.of(2199, 5, 1)).form());
    PRODUCING.put(TermsViolation.FREQUENCY_MISSING, VALID.frequency(null).form());
    PRODUCING.put(TermsViolation.PLAN_MISSING, VALID.count(null).form());
    PRODUCING.put(TermsViolation.PLAN_AMBIGUOUS, VALID.amount(dkk("1000")).form());
    PRODUCING.put(TermsViolation.INSTALMENT_COUNT_NOT_POSITIVE, VALID.count(0).form());
    PRODUCING.put(TermsViolation.INSTALMENTS_ABOVE_MAX, VALID.count(251).form());
    PRODUCING.put(
        TermsViolation.INSTALMENT_COUNT_ABOVE_UNITS,
        VALID.principal(dkk("1000")).count(1_001).unit(RoundingUnit.WHOLE_KRONER).form());
    PRODUCING.put(TermsViolation.INSTALMENT_AMOUNT_NOT_POSITIVE, VALID.count(null).amount(dkk("0")).form());
    PRODUCING.put(
        TermsViolation.INSTALMENT_AMOUNT_NOT_WHOLE_UNITS,
        VALID.count(null).amount(dkk("833.33")).unit(RoundingUnit.WHOLE_KRONER).form());
    PRODUCING.put(
        TermsViolation.FIRST_DUE_DATE_NOT_AFTER_DISBURSEMENT, VALID.disbursement(LocalDate.of(2026, 3, 2)).form());
    PRODUCING.put(TermsViolation.GRACE_PERIOD_ABOVE_MAX, VALID.disbursement(LocalDate.of(2025, 1, 15)).form());
    PRODUCING.put(TermsViolation.NO_POLICY_IN_FORCE, VALID.disbursement(LocalDate.of(1999, 12, 31)).form());
  }

  @ParameterizedTest
  @EnumSource(TermsViolation.class)
  void producesEveryViolationCodeForSomeInput(TermsViolation expected) {
    RepaymentRequest input = PRODUCING.get(expected);
    assertThat(input).as("an input producing %s", expected).isNotNull();

    assertThat(violations(input, DEFAULTS))
        .filteredOn(v -> v.code().equals(expected.name()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo(expected.field());
              assertThat(v.danish()).isNotBlank().doesNotContain("%").isNotEqualTo(v.english());
              assertThat(v.english()).isNotBlank().doesNotContain("%");
            });
  }

  @Test
  void acceptsAValidRequestAsTerms() {
    assertThat(RepaymentTermsValidator.validate(VALID.form(), DEFAULTS).get())
        .isEqualTo(
            RepaymentTerms.builder()
                .principal(DkkAmount.ofKroner(10_000))
                .firstDueDate(LocalDate.of(2026, 3, 2))
                .frequency(Frequency.MONTHLY)
                .plan(RepaymentPlan.byCount(12))
                .roundingUnit(RoundingUnit.ORE)
                .disbursementDate(LocalDate.of(2026, 1, 15))
                .build());
  }

  @Test
  void readsAMissingRoundingUnitAsOre() {
    assertThat(RepaymentTermsValidator.validate(VALID.form(), DEFAULTS).get().roundingUnit())
        .isEqualTo(RoundingUnit.ORE);
  }

  @Test
  void reportsEveryProblemOfAFormTogether() {
    RepaymentRequest form =
        VALID
            .principal(dkk("60000"))
            .frequency(null)
            .count(70_000)
            .unit(RoundingUnit.WHOLE_KRONER)
            .firstDue(LocalDate.of(2026, 4, 1))
            .disbursement(LocalDate.of(2025, 1, 15))
            .form();

    Seq<Violation> violations = violations(form, DEFAULTS);

    assertThat(violations)
        .extracting(Violation::code, Violation::field)
        .containsExactlyInAnyOrder(
            tuple("PRINCIPAL_ABOVE_CEILING", "principal"),
            tuple("FREQUENCY_MISSING", "frequency"),
            tuple("INSTALMENTS_ABOVE_MAX", "instalmentCount"),
            tuple("INSTALMENT_COUNT_ABOVE_UNITS", "instalmentCount"),
            tuple("GRACE_PERIOD_ABOVE_MAX", "firstDueDate"));
    assertThat(violations)
        .allSatisfy(v -> assertThat(v.danish()).isNotBlank().isNotEqualTo(v.english()))
        .allSatisfy(v -> assertThat(v.english()).isNotBlank());
    assertThat(violations)
        .filteredOn(v -> v.code().equals("PRINCIPAL_ABOVE_CEILING"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.danish()).isEqualTo("Lånebeløbet 60.000,00 kr. er over kommunens loft på 50.000,00 kr.");
              assertThat(v.english())
                  .isEqualTo("The principal DKK 60000.00 is above the municipality's ceiling of DKK 50000.00.");
            });
  }

  @Test
  void acceptsTheFloorAndTheCeiling() {
    assertThat(RepaymentTermsValidator.validate(VALID.principal(dkk("1000.00")).form(), DEFAULTS).isValid()).isTrue();
    assertThat(RepaymentTermsValidator.validate(VALID.principal(dkk("50000.00")).form(), DEFAULTS).isValid())
        .isTrue();
  }

  @Test
  void rejectsPrincipalOneOreBelowTheFloor() {
    assertThat(codes(VALID.principal(dkk("999.99")).form(), DEFAULTS)).containsExactly("PRINCIPAL_BELOW_FLOOR");
  }

  @Test
  void rejectsPrincipalOneOreAboveTheCeiling() {
    assertThat(codes(VALID.principal(dkk("50000.01")).form(), DEFAULTS)).containsExactly("PRINCIPAL_ABOVE_CEILING");
  }

  @Test
  void appliesCopenhagensFloorToALoanPaidOutIn2014() {
    RepaymentRequest form =
        VALID.principal(dkk("3000")).disbursement(LocalDate.of(2014, 3, 3)).firstDue(LocalDate.of(2014, 6, 2)).form();

    assertThat(violations(form, COPENHAGEN))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("PRINCIPAL_BELOW_FLOOR");
              assertThat(v.danish()).isEqualTo("Lånebeløbet 3.000,00 kr. er under kommunens mindstebeløb på 5.000,00 kr.");
            });
  }

  @Test
  void appliesTheOlderFloorToALoanPaidOutIn2012EvenWhenItFallsDueIn2013() {
    RepaymentRequest form =
        VALID.principal(dkk("3000")).disbursement(LocalDate.of(2012, 11, 15)).firstDue(LocalDate.of(2013, 2, 1)).form();

    assertThat(RepaymentTermsValidator.validate(form, COPENHAGEN).isValid()).isTrue();
  }

  @Test
  void choosesThePolicyByTheFirstDueDateWhenNoDisbursementDateIsGiven() {
    Request noDisbursement = VALID.principal(dkk("3000")).disbursement(null);

    assertThat(codes(noDisbursement.firstDue(LocalDate.of(2013, 2, 1)).form(), COPENHAGEN))
        .containsExactly("PRINCIPAL_BELOW_FLOOR");
    assertThat(RepaymentTermsValidator.validate(noDisbursement.firstDue(LocalDate.of(2012, 12, 3)).form(), COPENHAGEN)
            .isValid())
        .isTrue();
  }

  @Test
  void acceptsTwelveMonthsOfGrace() {
    RepaymentRequest form = VALID.disbursement(LocalDate.of(2025, 3, 2)).form();

    assertThat(RepaymentTermsValidator.validate(form, DEFAULTS).get().graceMonths()).isEqualTo(12);
  }

  @Test
  void rejectsThirteenMonthsOfGrace() {
    RepaymentRequest form = VALID.disbursement(LocalDate.of(2025, 2, 2)).form();

    assertThat(violations(form, DEFAULTS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("GRACE_PERIOD_ABOVE_MAX");
              assertThat(v.english()).isEqualTo("The grace period is 13 months; the municipality allows at most 12.");
            });
  }

  @Test
  void countsGraceInCompleteMonthsAsChronoUnitDoes() {
    // 31 January to 28 February is not a complete month for ChronoUnit.MONTHS, although the
    // schedule's own clamping would call 28 February one month after 31 January.
    LocalDate paidOut = LocalDate.of(2026, 1, 31);
    assertThat(ChronoUnit.MONTHS.between(paidOut, LocalDate.of(2027, 2, 28))).isEqualTo(12);

    assertThat(
            RepaymentTermsValidator.validate(
                    VALID.disbursement(paidOut).firstDue(LocalDate.of(2027, 2, 28)).form(), DEFAULTS)
                .isValid())
        .isTrue();
    assertThat(codes(VALID.disbursement(paidOut).firstDue(LocalDate.of(2027, 3, 1)).form(), DEFAULTS))
        .containsExactly("GRACE_PERIOD_ABOVE_MAX");
  }

  @Test
  void allowsCopenhagensTwoHundredKronerAMonthOnTheCeiling() {
    Request ceiling = VALID.principal(dkk("50000"));

    assertThat(RepaymentTermsValidator.validate(ceiling.count(250).form(), DEFAULTS).isValid()).isTrue();
    assertThat(RepaymentTermsValidator.validate(ceiling.count(null).amount(dkk("200")).form(), DEFAULTS).isValid())
        .isTrue();
  }

  @Test
  void rejects251MonthlyInstalments() {
    assertThat(violations(VALID.principal(dkk("50000")).count(251).form(), DEFAULTS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("INSTALMENTS_ABOVE_MAX");
              assertThat(v.english()).isEqualTo("The plan gives 251 instalments; the municipality allows at most 250.");
            });
  }

  @Test
  void countsTheInstalmentsAFixedAmountGives() {
    // DKK 50,000 at 199 a month is 251 instalments of 199 and a last one of 51.
    assertThat(violations(VALID.principal(dkk("50000")).count(null).amount(dkk("199")).form(), DEFAULTS))
        .extracting(Violation::english)
        .containsExactly("The plan gives 252 instalments; the municipality allows at most 250.");
  }

  @Test
  void rejectsAPrincipalInEuro() {
    MonetaryAmount euro = Money.of(new BigDecimal("10000"), "EUR");

    assertThat(violations(VALID.principal(euro).form(), DEFAULTS))
        .extracting(Violation::code, Violation::field)
        .containsExactly(tuple("AMOUNT_NOT_DKK", "principal"));
  }

  @Test
  void rejectsAFractionOfAnOreInTheInstalmentAmount() {
    assertThat(violations(VALID.count(null).amount(dkk("833.335")).form(), DEFAULTS))
        .extracting(Violation::code, Violation::field)
        .containsExactly(tuple("AMOUNT_TOO_MANY_DECIMALS", "instalmentAmount"));
  }

  @Test
  void reportsAbsurdInputWithoutThrowing() {
    // A billion kroner at one øre a month would run for billions of years, past any LocalDate.
    RepaymentRequest form =
        VALID.principal(dkk("1000000000")).count(null).amount(dkk("0.01")).disbursement(null).form();

    assertThatCode(() -> RepaymentTermsValidator.validate(form, DEFAULTS)).doesNotThrowAnyException();
    assertThat(codes(form, DEFAULTS))
        .contains("PRINCIPAL_ABOVE_CEILING", "INSTALMENTS_ABOVE_MAX", "DUE_DATE_OUTSIDE_CALENDAR");
    assertThat(violations(form, DEFAULTS))
        .filteredOn(v -> v.code().equals("DUE_DATE_OUTSIDE_CALENDAR"))
        .singleElement()
        .extracting(Violation::english)
        .isEqualTo("Due dates must lie in the years 2000–2199; the plan runs to 8333335359.");
  }

  @Test
  void validatesBuiltTermsAgainstThePolicy() {
    RepaymentTerms valid = RepaymentTermsValidator.validate(VALID.form(), DEFAULTS).get();
    RepaymentTerms tooLarge = valid.withPrincipal(DkkAmount.ofKroner(60_000));

    assertThat(RepaymentTermsValidator.validate(valid, DEFAULTS).get()).isEqualTo(valid);
    assertThat(RepaymentTermsValidator.validate(tooLarge, DEFAULTS).getError())
        .extracting(Violation::code)
        .containsExactly("PRINCIPAL_ABOVE_CEILING");
  }

  private static Seq<Violation> violations(RepaymentRequest form, PolicyVersions<LoanPolicy> policies) {
    Validation<Seq<Violation>, RepaymentTerms> checked = RepaymentTermsValidator.validate(form, policies);
    assertThat(checked.isInvalid()).as("refused: %s", form).isTrue();
    return checked.getError();
  }

  private static List<String> codes(RepaymentRequest form, PolicyVersions<LoanPolicy> policies) {
    return violations(form, policies).map(Violation::code).toJavaList();
  }

  private static MonetaryAmount dkk(String kroner) {
    return Money.of(new BigDecimal(kroner), DkkAmount.DKK);
  }

  /** A test-data builder for forms: each method named after a field returns a copy with it changed. */
  private record Request(
      @Nullable MonetaryAmount principal,
      @Nullable LocalDate firstDue,
      @Nullable Frequency frequency,
      @Nullable Integer count,
      @Nullable MonetaryAmount amount,
      @Nullable RoundingUnit unit,
      @Nullable LocalDate disbursement) {

    Request principal(@Nullable MonetaryAmount p) {
      return new Request(p, firstDue, frequency, count, amount, unit, disbursement);
    }

    Request firstDue(@Nullable LocalDate d) {
      return new Request(principal, d, frequency, count, amount, unit, disbursement);
    }

    Request frequency(@Nullable Frequency f) {
      return new Request(principal, firstDue, f, count, amount, unit, disbursement);
    }

    Request count(@Nullable Integer c) {
      return new Request(principal, firstDue, frequency, c, amount, unit, disbursement);
    }

    Request amount(@Nullable MonetaryAmount a) {
      return new Request(principal, firstDue, frequency, count, a, unit, disbursement);
    }

    Request unit(@Nullable RoundingUnit u) {
      return new Request(principal, firstDue, frequency, count, amount, u, disbursement);
    }

    Request disbursement(@Nullable LocalDate d) {
      return new Request(principal, firstDue, frequency, count, amount, unit, d);
    }

    RepaymentRequest form() {
      return new RepaymentRequest(principal, firstDue, frequency, count, amount, unit, disbursement);
    }
  }
}
