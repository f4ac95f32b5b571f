package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.loan.Arrears;
import dk.mikrolan.loan.LoanAccount;
import dk.mikrolan.loan.LoanBalances;
import dk.mikrolan.loan.PrepaymentHandling;
import dk.mikrolan.loan.ScheduledInstalment;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.LoanRequest;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.programme.DisburseLoan;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RoundingUnit;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A case's loan: its state as of any day, the payout in tranches, payments and the loan's changes.
 * Money the bank moved carries the bank's date; payouts and payments are facts (no If-Match; a
 * payment carries its own id, so a bank reference cannot be posted twice); reversals, refunds,
 * deferrals, reschedules, write-offs and closing the payout are decisions (If-Match on the loan's
 * ETag). The loan's ETag is its stream's version.
 */
@Path("api/v1/cases/{municipality}/{caseId}/loan")
@Produces(MediaType.APPLICATION_JSON)
public final class LoanResource {

  private static final int MAX_TEXT = 4000;

  private final Mikrolan office;

  LoanResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * The loan as of a day: status, balances, arrears, the next instalment due and the terms.
   *
   * @param s the caller @param m the municipality @param c the case
   * @param asOf the day (default today)
   * @return the loan, its version as ETag
   */
  @GET
  public Response read(@Context SecurityContext s, @PathParam("municipality") String m, @PathParam("caseId") String c,
      @QueryParam("asOf") String asOf) {
    CaseRef ref = CaseResource.ref(m, c);
    LocalDate day = day(asOf);
    LoanAccount loan = Exchange.answer(office.loan(Authentication.actor(s), ref));
    return Exchange.ok(view(ref, loan, day), loan.version());
  }

  /**
   * The instalments as of a day, each with what remains of it.
   *
   * @param s the caller @param m the municipality @param c the case
   * @param asOf the day (default today)
   * @return {@code {"items": [...]}}
   */
  @GET
  @Path("instalments")
  public JsonNode instalments(@Context SecurityContext s, @PathParam("municipality") String m,
      @PathParam("caseId") String c, @QueryParam("asOf") String asOf) {
    CaseRef ref = CaseResource.ref(m, c);
    LocalDate day = day(asOf);
    LoanAccount loan = Exchange.answer(office.loan(Authentication.actor(s), ref));
    ObjectNode out = Views.object();
    ArrayNode items = out.putArray("items");
    loan.instalments(day).forEach(i -> items.add(instalment(i)));
    return out;
  }

  /**
   * Records a tranche paid out, as the payment system dated it (FINANCE).
   *
   * @param s caller @param u address @param h headers @param m municipality @param c case
   * @param body {@code {"amount", "paidOn", "reference"}}
   * @return the loan, its ETag
   */
  @POST
  @Path("payouts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response payOut(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    CaseRef ref = CaseResource.ref(m, c);
    record Payout(DkkAmount amount, LocalDate paidOn, String reference) {}
    Payout p = Exchange.read(body, b -> {
      Optional<DkkAmount> amount = b.money("amount", true);
      Optional<LocalDate> paidOn = b.date("paidOn", true);
      Optional<String> reference = b.text("reference", true, 120);
      return amount.isPresent() && paidOn.isPresent() && reference.isPresent()
          ? Optional.of(new Payout(amount.get(), paidOn.get(), reference.get())) : Optional.empty();
    });
    Exchange ex = Exchange.of(office, s, u, h, body).absentIn(dk.mikrolan.programme.ParticipantCase.NOT_REFERRED)
        .placing("date", "/paidOn");
    return ex.<DisburseLoan.Paid>run(false, ProgrammeStreams.caseStream(ref),
        (o, key) -> o.disburse(ex.actor(), ref, p.amount(), p.paidOn(), p.reference(), key),
        (paid, versions) -> new Exchange.Reply(200, view(ref, paid.loan(), p.paidOn()),
            Optional.of((long) paid.loan().version()), Optional.empty()));
  }

  /** A payment received (a fact). @param s caller @param u address @param h headers @param m municipality @param c case @param body the payment @return the loan */
  @POST
  @Path("payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pay(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, false, "/valueDate", b -> {
      Optional<String> id = b.text("paymentId", true, 64);
      Optional<DkkAmount> amount = b.money("amount", true);
      Optional<LocalDate> valueDate = b.date("valueDate", true);
      Optional<String> reference = b.text("externalReference", true, 120);
      Optional<PrepaymentHandling> prepayment = b.enumValue("prepayment", PrepaymentHandling.class, false);
      return id.isPresent() && amount.isPresent() && valueDate.isPresent() && reference.isPresent()
          ? Optional.of(new LoanRequest.ReceivePayment(id.get(), amount.get(), valueDate.get(), reference.get(),
              prepayment.orElse(PrepaymentHandling.SHORTEN_TERM))) : Optional.empty();
    });
  }

  /** Reverses a payment the bank took back. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"paymentId", "reversedOn", "reason"} @return the loan */
  @POST
  @Path("reversals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reverse(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, true, "/reversedOn", b -> {
      Optional<String> id = b.text("paymentId", true, 64);
      Optional<LocalDate> on = b.date("reversedOn", true);
      Optional<String> reason = b.text("reason", true, MAX_TEXT);
      return id.isPresent() && on.isPresent() && reason.isPresent()
          ? Optional.of(new LoanRequest.ReversePayment(id.get(), on.get(), reason.get())) : Optional.empty();
    });
  }

  /** Records an overpayment paid back. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"amount", "paidOn", "reference"} @return the loan */
  @POST
  @Path("refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, true, "/paidOn", b -> {
      Optional<DkkAmount> amount = b.money("amount", true);
      Optional<LocalDate> on = b.date("paidOn", true);
      Optional<String> reference = b.text("reference", true, 120);
      return amount.isPresent() && on.isPresent() && reference.isPresent()
          ? Optional.of(new LoanRequest.RefundOverpayment(amount.get(), on.get(), reference.get())) : Optional.empty();
    });
  }

  /** Grants a deferral (henstand), today. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"periods", "reason"} @return the loan */
  @POST
  @Path("deferrals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response defer(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, true, "/date", b -> {
      Optional<Integer> periods = b.integer("periods", true, 1, 120);
      Optional<String> reason = b.text("reason", true, MAX_TEXT);
      return periods.isPresent() && reason.isPresent()
          ? Optional.of(new LoanRequest.Defer(periods.get(), reason.get())) : Optional.empty();
    });
  }

  /** Reschedules the outstanding balance, today. @param s caller @param u address @param h headers @param m municipality @param c case @param body the new plan @return the loan */
  @POST
  @Path("reschedules")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reschedule(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, true, "/date", b -> {
      Optional<LocalDate> first = b.date("firstDueDate", true);
      Optional<Frequency> frequency = b.enumValue("frequency", Frequency.class, true);
      boolean byCount = b.has("instalmentCount");
      Optional<Integer> count = b.integer("instalmentCount", false, 1, 10_000);
      Optional<DkkAmount> amount = b.money("instalmentAmount", false);
      Optional<RoundingUnit> rounding = b.enumValue("rounding", RoundingUnit.class, false);
      Optional<String> reason = b.text("reason", true, MAX_TEXT);
      Optional<RepaymentPlan> plan = byCount ? count.map(RepaymentPlan::byCount) : amount.map(RepaymentPlan::byAmount);
      if (plan.isEmpty() && !b.has("instalmentAmount") && !byCount) {
        b.problem("instalmentCount", RequestRule.REQUIRED);
      }
      return first.isPresent() && frequency.isPresent() && plan.isPresent() && reason.isPresent()
          ? Optional.of(new LoanRequest.Reschedule(first.get(), frequency.get(), plan.get(),
              rounding.orElse(RoundingUnit.ORE), reason.get())) : Optional.empty();
    });
  }

  /** Writes off an amount, or everything outstanding, today. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"amount"?, "reason"} @return the loan */
  @POST
  @Path("write-offs")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response writeOff(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, true, "/date", b -> {
      Optional<DkkAmount> amount = b.money("amount", false);
      Optional<String> reason = b.text("reason", true, MAX_TEXT);
      return reason.map(r -> new LoanRequest.WriteOff(amount, r));
    });
  }

  /** Ends payout: what was not paid out is cancelled. @param s caller @param u address @param h headers @param m municipality @param c case @param body {} @return the loan */
  @POST
  @Path("payout-closing")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response closePayout(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return change(s, u, h, m, c, body, true, "/date", b -> Optional.of(new LoanRequest.ClosePayout()));
  }

  private Response change(SecurityContext s, UriInfo u, HttpHeaders h, String municipality, String caseId,
      JsonNode body, boolean ifMatch, String datePointer, Function<Body, Optional<LoanRequest>> reader) {
    CaseRef ref = CaseResource.ref(municipality, caseId);
    LoanRequest request = Exchange.read(body, reader);
    Exchange ex = Exchange.of(office, s, u, h, body).absentIn(dk.mikrolan.loan.LoanStatus.NOT_OPENED.name())
        .placing("date", datePointer);
    return ex.<LoanAccount>run(ifMatch, ProgrammeStreams.loanStream(ref),
        (o, key) -> o.changeLoan(ex.actor(), ref, request, key),
        (loan, versions) -> new Exchange.Reply(200, view(ref, loan, office.today()), Optional.of((long) loan.version()),
            Optional.empty()));
  }

  LocalDate day(String asOf) {
    return Exchange.queryDate(asOf, "asOf").orElseGet(office::today);
  }

  static ObjectNode view(CaseRef ref, LoanAccount loan, LocalDate asOf) {
    ObjectNode o = Views.object();
    o.put("municipality", ref.municipalityCode());
    o.put("caseId", ref.caseId().value());
    o.put("asOf", asOf.toString());
    o.put("status", loan.status(asOf).name());
    o.put("version", loan.version());
    LoanBalances b = loan.balances(asOf);
    ObjectNode balances = o.putObject("balances");
    balances.set("disbursed", Views.money(b.disbursed()));
    balances.set("paid", Views.money(b.paid()));
    balances.set("refunded", Views.money(b.refunded()));
    balances.set("writtenOff", Views.money(b.writtenOff()));
    balances.set("outstanding", Views.money(b.outstanding()));
    o.set("arrears", arrears(loan.arrears(asOf)));
    loan.nextDue(asOf).ifPresent(i -> o.set("nextDue", instalment(i)));
    loan.terms().ifPresent(t -> o.set("terms", Views.terms(t)));
    return o;
  }

  static ObjectNode arrears(Arrears a) {
    ObjectNode o = Views.object();
    o.set("overdue", Views.money(a.overdue()));
    o.put("daysPastDue", a.daysPastDue());
    o.put("bucket", a.bucket().name());
    return o;
  }

  static ObjectNode instalment(ScheduledInstalment i) {
    ObjectNode o = Views.object();
    o.put("number", i.number());
    o.put("nominalDueDate", i.nominalDate().toString());
    o.put("dueDate", i.dueDate().toString());
    o.set("amount", Views.money(i.amount()));
    o.set("remaining", Views.money(i.remaining()));
    return o;
  }
}
