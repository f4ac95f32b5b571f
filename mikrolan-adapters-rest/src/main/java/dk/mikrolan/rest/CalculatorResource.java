package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.aid.GrossGrantEquivalent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.policy.LoanPolicy;
import dk.mikrolan.policy.PolicyVersions;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.Instalment;
import dk.mikrolan.schedule.RepaymentSchedule;
import dk.mikrolan.schedule.RepaymentTerms;
import io.vavr.control.Either;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calculators: a repayment schedule preview and the aid equivalent (gross grant equivalent)
 * of an interest-free loan. Any role; nothing is written; no {@code Idempotency-Key}.
 */
@Path("api/v1")
public final class CalculatorResource {

  private final Mikrolan office;

  CalculatorResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * Previews a repayment schedule.
   *
   * @param security the request's authenticated actor
   * @param body the terms
   * @return the instalments and their total
   */
  @POST
  @Path("schedule-previews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public JsonNode schedulePreview(@Context SecurityContext security, JsonNode body) {
    Actor actor = Authentication.actor(security);
    List<Violation> violations = new ArrayList<>();
    Terms t = terms(actor, body, violations, false);
    RepaymentSchedule schedule = RepaymentSchedule.of(t.terms(), office.calendar());
    ObjectNode out = Views.object();
    ArrayNode instalments = out.putArray("instalments");
    for (Instalment i : schedule.instalments()) {
      ObjectNode o = instalments.addObject();
      o.put("number", i.number());
      o.put("dueDate", i.dueDate().toString());
      o.put("nominalDueDate", i.nominalDate().toString());
      o.set("amount", Views.money(i.exactAmount()));
    }
    out.set("total", Views.money(DkkAmount.of(schedule.total())));
    return out;
  }

  /**
   * Computes the gross grant equivalent of an interest-free loan on terms, disbursed on a date.
   *
   * @param security the request's authenticated actor
   * @param body the terms, the disbursement date and the two rates
   * @return the gross grant equivalent
   */
  @POST
  @Path("aid-equivalents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public JsonNode aidEquivalent(@Context SecurityContext security, JsonNode body) {
    Actor actor = Authentication.actor(security);
    List<Violation> violations = new ArrayList<>();
    Terms t = terms(actor, body, violations, true);
    RepaymentSchedule schedule = RepaymentSchedule.of(t.terms(), office.calendar());
    LocalDate disbursed = t.terms().disbursementDate().orElseThrow();
    DkkAmount gge = GrossGrantEquivalent.of(schedule, disbursed, t.referenceRate(), t.discountRate());
    ObjectNode out = Views.object();
    out.set("grossGrantEquivalent", Views.money(gge));
    out.set("principal", Views.money(t.terms().principal()));
    out.put("disbursementDate", disbursed.toString());
    out.put("referenceRate", t.referenceRate().toPlainString());
    out.put("discountRate", t.discountRate().toPlainString());
    out.put("instalmentCount", schedule.instalments().size());
    return out;
  }

  private record Terms(RepaymentTerms terms, BigDecimal referenceRate, BigDecimal discountRate) {}

  /** Reads and validates the terms (and for the aid equivalent its rates): every problem at once. */
  private Terms terms(Actor actor, JsonNode root, List<Violation> violations, boolean aid) {
    Optional<Body> read = Body.of(root, violations);
    if (read.isEmpty()) {
      throw Exchange.invalid(violations);
    }
    Body b = read.get();
    Readers.TermFields fields = Readers.termFields(b, aid);
    Optional<String> municipality = b.municipality("municipality", false);
    Optional<BigDecimal> referenceRate = aid ? b.rate("referenceRate", true) : Optional.empty();
    Optional<BigDecimal> discountRate = aid ? b.rate("discountRate", true) : Optional.empty();
    b.refuseUnknown();
    Either<Refusal, PolicyVersions<LoanPolicy>> policies = office.loanPolicies(actor, municipality);
    if (policies.isLeft()) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such municipality for you.");
    }
    // The core's rules (the plan by count or by amount, the policy's limits) run on whatever was
    // readable, so every problem comes back at once.
    Optional<RepaymentTerms> terms = Readers.terms(fields, policies.get(), "", violations);
    if (!violations.isEmpty() || terms.isEmpty()) {
      throw Exchange.invalid(violations);
    }
    return new Terms(terms.get(), referenceRate.orElse(BigDecimal.ZERO), discountRate.orElse(BigDecimal.ZERO));
  }

}
