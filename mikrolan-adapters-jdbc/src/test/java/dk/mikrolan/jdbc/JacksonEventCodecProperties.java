package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.aid.DeMinimisRecord;
import dk.mikrolan.calendar.BankingCalendar;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanCommand;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.testkit.AidGenerators;
import dk.mikrolan.testkit.CaseGenerators;
import dk.mikrolan.testkit.CaseScript;
import dk.mikrolan.testkit.FundGenerators;
import dk.mikrolan.testkit.FundScript;
import dk.mikrolan.testkit.LoanGenerators;
import dk.mikrolan.testkit.LoanScript;
import dk.mikrolan.testkit.PolicyGenerators;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Events the aggregates really produce, from the testkit's generated command scripts, survive the
 * codec: each decodes to an equal event, and the aggregate replayed from the decoded events equals
 * the one that produced them.
 */
class JacksonEventCodecProperties {

  private static final int EXAMPLES = 1_250;
  private static final BankingCalendar CALENDAR = BankingCalendar.danish();
  private static final PolicyVersions<LoanPolicy> LOAN_POLICIES =
      PolicyVersions.of(LoanPolicy.defaults(LocalDate.of(2000, 1, 1)));
  private static final PolicyVersions<ProgrammePolicy> CASE_POLICIES = PolicyVersions.of(ProgrammePolicy.builder()
      .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2020, 1, 1)).build());

  private final JacksonEventCodec codec = new JacksonEventCodec(new ReversingCprProtector());

  private <E> java.util.List<E> throughTheCodec(Iterable<E> events, Class<E> type) {
    java.util.List<E> decoded = new ArrayList<>();
    for (E event : events) {
      EventCodec.Encoded encoded = codec.encode(event);
      E back = type.cast(codec.decode(encoded.type(), encoded.schemaVersion(), encoded.json()));
      assertThat(back).isEqualTo(event);
      decoded.add(back);
    }
    return decoded;
  }

  @Test
  void loanAccountEventsRoundTripAndReplayToTheSameAccount() {
    qt().withExamples(EXAMPLES)
        .forAll(LoanGenerators.scripts())
        .checkAssert(script -> {
          LoanAccount account = run(script);
          LoanAccount replayed = LoanAccount.replay(CALENDAR, throughTheCodec(account.events(), LoanEvent.class));
          assertThat(replayed).isEqualTo(account);
          LocalDate end = script.dates().isEmpty() ? script.openedOn() : script.dates().get(script.dates().size() - 1);
          assertThat(replayed.balances(end)).isEqualTo(account.balances(end));
          assertThat(replayed.instalments(end)).isEqualTo(account.instalments(end));
        });
  }

  @Test
  void caseEventsRoundTripAndReplayToTheSameCase() {
    qt().withExamples(EXAMPLES)
        .forAll(CaseGenerators.scripts(40))
        .checkAssert(script -> {
          ParticipantCase c = run(script);
          ParticipantCase replayed = ParticipantCase.replay(throughTheCodec(c.events(), CaseEvent.class));
          assertThat(replayed).isEqualTo(c);
          assertThat(replayed.stage()).isEqualTo(c.stage());
          assertThat(replayed.participant()).isEqualTo(c.participant());
          assertThat(replayed.disbursed()).isEqualTo(c.disbursed());
        });
  }

  @Test
  void loanFundEventsRoundTripAndReplayToTheSameFund() {
    qt().withExamples(EXAMPLES)
        .forAll(FundGenerators.scripts())
        .checkAssert(script -> {
          LoanFund fund = run(script);
          LoanFund replayed = LoanFund.replay(throughTheCodec(fund.events(), LoanFundEvent.class));
          assertThat(replayed).isEqualTo(fund);
          assertThat(replayed.remainingRoom()).isEqualTo(fund.remainingRoom());
          assertThat(replayed.disbursed()).isEqualTo(fund.disbursed());
        });
  }

  @Test
  void deMinimisEventsRoundTripExactlyAndReplayToTheSameRecords() {
    qt().withExamples(EXAMPLES)
        .forAll(AidGenerators.records())
        .checkAssert(records -> {
          for (DeMinimisRecord record : records) {
            DeMinimisRecord replayed = DeMinimisRecord.replay(record.undertaking(),
                throughTheCodec(record.events(), DeMinimisEvent.class));
            assertThat(replayed).isEqualTo(record);
          }
        });
  }

  @Test
  void everyValidPolicyRoundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(PolicyGenerators.policies())
        .checkAssert(policy -> throughTheCodec(
            java.util.List.of(new PolicyEvent.VersionAdopted(policy, "Byrådet", policy.validFrom())),
            PolicyEvent.class));
  }

  private static LoanAccount run(LoanScript script) {
    LoanAccount account = LoanAccount.empty(CALENDAR);
    account = account.evolveAll(account.decide(new LoanCommand.Open(script.terms(), script.openedOn()), LOAN_POLICIES)
        .get());
    java.util.List<LocalDate> dates = script.dates();
    for (int i = 0; i < script.steps().size(); i++) {
      LoanCommand command = script.steps().get(i).command(account, dates.get(i), i);
      Either<Refusal, java.util.List<LoanEvent>> outcome = account.decide(command, LOAN_POLICIES);
      if (outcome.isRight()) {
        account = account.evolveAll(outcome.get());
      }
    }
    return account;
  }

  private static ParticipantCase run(CaseScript script) {
    ParticipantCase c = ParticipantCase.empty();
    c = c.evolveAll(c.decide(script.referral(), CASE_POLICIES).get());
    LocalDate date = script.referredOn();
    for (CaseScript.Step step : script.steps()) {
      date = date.plusDays(step.days());
      Either<Refusal, java.util.List<CaseEvent>> outcome = c.decide(step.command(c, date), CASE_POLICIES);
      if (outcome.isRight()) {
        c = c.evolveAll(outcome.get());
      }
    }
    return c;
  }

  private static LoanFund run(FundScript script) {
    LoanFund fund = LoanFund.empty().evolveAll(LoanFund.empty().decide(script.open()).get());
    java.util.List<LocalDate> dates = script.dates();
    for (int i = 0; i < script.steps().size(); i++) {
      Either<Refusal, java.util.List<LoanFundEvent>> outcome = fund.decide(script.steps().get(i).command(fund, dates.get(i), i));
      if (outcome.isRight()) {
        fund = fund.evolveAll(outcome.get());
      }
    }
    return fund;
  }
}
