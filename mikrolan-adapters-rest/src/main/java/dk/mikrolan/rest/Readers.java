package dk.mikrolan.rest;

import dk.mikrolan.access.Actor;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.programme.ApplicationForm;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.BudgetCategory;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.LoanApplication;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.RuleReference;
import dk.mikrolan.rules.Text;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentRequest;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.schedule.RepaymentTermsValidator;
import dk.mikrolan.schedule.RoundingUnit;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the contract's composite values from a body: terms (validated by the core against the
 * policy), a participant, an assessment outcome, texts, rule references and an application. Every
 * problem goes to the body's violations, at its JSON Pointer; the core's own violations are placed
 * under the object they concern.
 */
final class Readers {

  /** The core's names of the terms' fields, where the API's differ. */
  private static final Map<String, String> TERM_FIELDS = Map.of("roundingUnit", "rounding");

  private Readers() {}

  /** The properties of terms, read from {@code b} itself (the calculators) or an object in it. */
  record TermFields(Optional<DkkAmount> principal, Optional<LocalDate> firstDue, Optional<Frequency> frequency,
      Optional<Integer> count, Optional<DkkAmount> amount, Optional<RoundingUnit> rounding,
      Optional<LocalDate> disbursement) {}

  static TermFields termFields(Body b, boolean disbursementRequired) {
    return new TermFields(b.money("principal", true), b.date("firstDueDate", true),
        b.enumValue("frequency", Frequency.class, true), b.integer("instalmentCount", false, 1, 10_000),
        b.money("instalmentAmount", false), b.enumValue("rounding", RoundingUnit.class, false),
        b.date("disbursementDate", disbursementRequired));
  }

  /**
   * Validates terms with the core against a policy; its violations are placed under {@code prefix}
   * unless the adapter already reported that field.
   */
  static Optional<RepaymentTerms> terms(TermFields f, PolicyVersions<LoanPolicy> policies, String prefix,
      List<Violation> violations) {
    Validation<Seq<Violation>, RepaymentTerms> terms = RepaymentTermsValidator.validate(new RepaymentRequest(
        f.principal().map(DkkAmount::toMonetaryAmount).orElse(null), f.firstDue().orElse(null),
        f.frequency().orElse(null), f.count().orElse(null), f.amount().map(DkkAmount::toMonetaryAmount).orElse(null),
        f.rounding().orElse(null), f.disbursement().orElse(null)), policies);
    if (terms.isValid()) {
      return Optional.of(terms.get());
    }
    place(terms.getError(), prefix, TERM_FIELDS, violations);
    return Optional.empty();
  }

  /** Terms in an object of the body, validated by the policy of a municipality the actor acts for. */
  static Optional<RepaymentTerms> termsIn(Body b, String name, Mikrolan office, Actor actor, String municipality) {
    return b.object(name, true).flatMap(t -> {
      TermFields f = termFields(t, false);
      t.refuseUnknown();
      Either<Refusal, PolicyVersions<LoanPolicy>> policies = office.loanPolicies(actor, Optional.of(municipality));
      if (policies.isLeft()) {
        throw Exchange.refused(policies.getLeft());
      }
      return terms(f, policies.get(), "/" + name, b.violations());
    });
  }

  /** Adds the core's violations under a pointer, leaving out fields the adapter already reported. */
  static void place(Iterable<Violation> core, String prefix, Map<String, String> renames, List<Violation> violations) {
    List<Violation> found = List.copyOf(violations);
    for (Violation v : core) {
      String pointer = prefix + "/" + renames.getOrDefault(v.field(),
          v.field().replace("~", "~0").replace("/", "~1").replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
      if (found.stream().noneMatch(f -> f.field().equals(pointer) || f.field().startsWith(pointer + "/"))) {
        violations.add(Violation.of(v.code(), pointer, v.danish(), v.english()));
      }
    }
  }

  static Optional<Text> text(Body b) {
    Optional<String> da = b.text("da", true, 4000);
    Optional<String> en = b.text("en", true, 4000);
    return da.isPresent() && en.isPresent() ? Optional.of(Text.of(da.get(), en.get())) : Optional.empty();
  }

  static Optional<List<Text>> texts(Body b, String name, boolean required) {
    return b.objects(name, required, 50, t -> {
      Optional<Text> text = text(t);
      t.refuseUnknown();
      return text;
    });
  }

  static Optional<List<RuleReference>> rules(Body b, String name, boolean required) {
    return b.objects(name, required, 50, r -> {
      Optional<String> id = r.text("code", true, 64);
      Optional<String> source = r.text("source", true, 400);
      Optional<Text> text = r.object("text", true).flatMap(t -> {
        Optional<Text> x = text(t);
        t.refuseUnknown();
        return x;
      });
      r.refuseUnknown();
      return id.isPresent() && source.isPresent() && text.isPresent()
          ? Optional.of(new RuleReference(id.get(), source.get(), text.get())) : Optional.empty();
    });
  }

  static Optional<AssessmentOutcome> outcome(Body b, String name) {
    return b.object(name, true).flatMap(o -> {
      Optional<AssessmentOutcome.Verdict> verdict = o.enumValue("verdict", AssessmentOutcome.Verdict.class, true);
      Optional<List<RuleReference>> failed = rules(o, "failedRules", false);
      Optional<List<String>> notAssessed = o.strings("notAssessed", false, 50, 200);
      o.refuseUnknown();
      if (verdict.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new AssessmentOutcome(verdict.get(), failed.orElse(List.of()), notAssessed.orElse(List.of())));
      } catch (IllegalArgumentException inconsistent) {
        b.problem(name, RequestRule.MALFORMED);
        return Optional.empty();
      }
    });
  }

  static Optional<Participant> participant(Body b, String name) {
    return b.object(name, true).flatMap(p -> {
      Optional<dk.mikrolan.identity.ParticipantId> id = p.id("id", true, dk.mikrolan.identity.ParticipantId::of);
      Optional<dk.mikrolan.identity.Cpr> cpr = p.text("cpr", true, 11).flatMap(c -> {
        try {
          return Optional.of(dk.mikrolan.identity.Cpr.parse(c));
        } catch (RuntimeException e) {
          p.problem("cpr", RequestRule.MALFORMED); // never echo the number
          return Optional.empty();
        }
      });
      Optional<String> fullName = p.text("name", true, 200);
      Optional<BenefitType> benefit = p.enumValue("benefit", BenefitType.class, true);
      Optional<String> benefitDescription = p.text("benefitDescription", false, 400);
      Optional<dk.mikrolan.identity.AdvisorId> advisor = p.id("advisor", true, dk.mikrolan.identity.AdvisorId::of);
      Optional<BusinessIdea> idea = p.object("businessIdea", true).flatMap(i -> {
        Optional<String> title = i.text("title", true, 200);
        Optional<String> description = i.text("description", true, 4000);
        Optional<String> market = i.text("market", true, 4000);
        Optional<String> revenue = i.text("revenueModel", true, 4000);
        i.refuseUnknown();
        return title.isPresent() && description.isPresent() && market.isPresent() && revenue.isPresent()
            ? Optional.of(BusinessIdea.of(title.get(), description.get(), market.get(), revenue.get()))
            : Optional.empty();
      });
      p.refuseUnknown();
      if (id.isEmpty() || cpr.isEmpty() || fullName.isEmpty() || benefit.isEmpty() || advisor.isEmpty()
          || idea.isEmpty()) {
        return Optional.empty();
      }
      try {
        Participant.Builder builder = Participant.builder().id(id.get()).cpr(cpr.get()).name(fullName.get())
            .benefit(benefit.get()).advisor(advisor.get()).businessIdea(idea.get());
        benefitDescription.ifPresent(builder::benefitDescription);
        return Optional.of(builder.build());
      } catch (RuntimeException invalid) {
        b.problem(name, RequestRule.MALFORMED);
        return Optional.empty();
      }
    });
  }

  static Optional<LoanApplication> application(Body b) {
    Optional<DkkAmount> requested = b.money("requestedAmount", true);
    Optional<Frequency> frequency = b.enumValue("frequency", Frequency.class, true);
    Optional<Integer> count = b.integer("instalmentCount", false, 1, 10_000);
    Optional<DkkAmount> amount = b.money("instalmentAmount", false);
    Optional<List<ApplicationForm.Item>> budget = b.objects("budget", true, 200, i -> {
      Optional<BudgetCategory> category = i.enumValue("category", BudgetCategory.class, true);
      Optional<String> description = i.text("description", true, 400);
      Optional<DkkAmount> cost = i.money("amount", true);
      i.refuseUnknown();
      return Optional.of(new ApplicationForm.Item(category.orElse(null), description.orElse(null),
          cost.map(DkkAmount::toMonetaryAmount).orElse(null)));
    });
    Validation<Seq<Violation>, LoanApplication> application = LoanApplication.validate(new ApplicationForm(
        requested.map(DkkAmount::toMonetaryAmount).orElse(null), frequency.orElse(null), count.orElse(null),
        amount.map(DkkAmount::toMonetaryAmount).orElse(null), budget.orElse(null)));
    if (application.isValid()) {
      return Optional.of(application.get());
    }
    place(application.getError(), "", Map.of(), b.violations());
    return Optional.empty();
  }
}
