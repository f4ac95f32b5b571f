package dk.mikrolan.jdbc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyFile;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RoundingUnit;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The JSON forms of the types that are not records (Immutables values and a sealed plan): each a
 * record whose components are the payload's fields, bound like every other record.
 */
final class PayloadForms {

  private PayloadForms() {}

  /**
   * A repayment plan as read: exactly one of the two fields.
   *
   * @param count the number of instalments, for a plan by count
   * @param amount the instalment amount, for a plan by amount
   */
  record Plan(Optional<Integer> count, Optional<DkkAmount> amount) {

    /**
     * Returns the plan.
     *
     * @return the plan, never null
     * @throws IllegalArgumentException unless exactly one field is given, or if its value is refused
     */
    RepaymentPlan plan() {
      if (count.isPresent() == amount.isPresent()) {
        throw new IllegalArgumentException("A repayment plan has exactly one of count and amount");
      }
      return count.map(RepaymentPlan::byCount).orElseGet(() -> RepaymentPlan.byAmount(amount.get()));
    }
  }

  /**
   * Repayment terms, with every field written (the rounding unit too, so a changed default never
   * changes stored terms).
   *
   * @param principal the principal
   * @param firstDueDate the first due date
   * @param frequency the frequency
   * @param plan the plan
   * @param roundingUnit the rounding unit
   * @param disbursementDate the disbursement date, when known
   */
  record Terms(DkkAmount principal, LocalDate firstDueDate, Frequency frequency, RepaymentPlan plan,
      RoundingUnit roundingUnit, Optional<LocalDate> disbursementDate) {

    static Terms of(RepaymentTerms t) {
      return new Terms(t.principal(), t.firstDueDate(), t.frequency(), t.plan(), t.roundingUnit(),
          t.disbursementDate());
    }

    RepaymentTerms terms() {
      return RepaymentTerms.builder()
          .principal(principal)
          .firstDueDate(firstDueDate)
          .frequency(frequency)
          .plan(plan)
          .roundingUnit(roundingUnit)
          .disbursementDate(disbursementDate)
          .build();
    }
  }

  /**
   * A participant. The CPR number is written as the protector's token ({@link PayloadModule}).
   *
   * @param id the participant id
   * @param cpr the CPR number, as a token
   * @param name the name
   * @param benefit the benefit type
   * @param benefitDescription the description of an {@code OTHER} benefit
   * @param businessIdea the business idea
   * @param advisor the advisor
   */
  record Person(ParticipantId id, Cpr cpr, String name, BenefitType benefit, Optional<String> benefitDescription,
      BusinessIdea businessIdea, AdvisorId advisor) {

    static Person of(Participant p) {
      return new Person(p.id(), p.cpr(), p.name(), p.benefit(), p.benefitDescription(), p.businessIdea(),
          p.advisor());
    }

    Participant participant() {
      return Participant.builder()
          .id(id)
          .cpr(cpr)
          .name(name)
          .benefit(benefit)
          .benefitDescription(benefitDescription)
          .businessIdea(businessIdea)
          .advisor(advisor)
          .build();
    }
  }

  /**
   * A policy version as the policy file's keys and values ({@link PolicyFile}), sorted by key: the
   * file format is already a stable, complete and documented form of every policy, and {@code
   * PolicyFile.read(PolicyFile.write(p))} gives {@code p} back.
   */
  static final class Policy {

    /** The form's type: an object of key to string. */
    static final JavaType TYPE =
        TypeFactory.defaultInstance().constructMapType(TreeMap.class, String.class, String.class);

    private Policy() {}

    static Map<String, String> of(ProgrammePolicy policy) {
      Properties file = PolicyFile.write(policy);
      return file.stringPropertyNames().stream()
          .collect(Collectors.toMap(k -> k, file::getProperty, (a, b) -> a, TreeMap::new));
    }

    static ProgrammePolicy policy(Map<String, String> keys) {
      Properties file = new Properties();
      file.putAll(keys);
      Validation<Seq<Violation>, ProgrammePolicy> read = PolicyFile.read(file);
      if (read.isInvalid()) {
        throw new IllegalArgumentException("Policy refused: "
            + read.getError().map(v -> v.code() + " at " + v.field()).mkString(", "));
      }
      return read.get();
    }
  }
}
