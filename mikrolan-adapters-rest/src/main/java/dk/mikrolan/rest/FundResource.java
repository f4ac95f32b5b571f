package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFund;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.office.Mikrolan;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * A municipality's loan fund per period: its room, commitments, payouts and returns (every role that
 * reads); opened from the policy in force and its ceiling changed by the ADMIN.
 */
@Path("api/v1/funds")
@Produces(MediaType.APPLICATION_JSON)
public final class FundResource {

  private final Mikrolan office;

  FundResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * Reads a fund.
   *
   * @param s the caller @param m the municipality @param p the period ({@code 2027}, or {@code 2027-01-01..2027-06-30})
   * @return the fund, its version as ETag
   */
  @GET
  @Path("{municipality}/{period}")
  public Response read(@Context SecurityContext s, @PathParam("municipality") String m, @PathParam("period") String p) {
    FundPeriod period = period(m, p);
    LoanFund fund = Exchange.answer(office.fund(Authentication.actor(s), m, period));
    return Exchange.ok(view(m, period, fund), fund.version());
  }

  /**
   * Opens a fund with the ceiling and revolving choice of the policy in force (ADMIN).
   *
   * @param s caller @param u address @param h headers
   * @param body {@code {"municipality", "period"}}
   * @return 201 with the fund
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h, JsonNode body) {
    record Open(String municipality, FundPeriod period) {}
    Open o = Exchange.read(body, b -> {
      Optional<String> m = b.municipality("municipality", true);
      Optional<FundPeriod> period = b.id("period", true, FundPeriod::parse);
      return m.isPresent() && period.isPresent() ? Optional.of(new Open(m.get(), period.get())) : Optional.empty();
    });
    Exchange ex = Exchange.of(office, s, u, h, body);
    return ex.<LoanFund>run(false, LoanFund.streamId(o.municipality(), o.period()),
        (mk, key) -> mk.openFund(ex.actor(), o.municipality(), o.period()),
        (fund, v) -> new Exchange.Reply(201, view(o.municipality(), o.period(), fund), Optional.of((long) fund.version()),
            Optional.of(URI.create("/api/v1/funds/" + o.municipality() + "/" + o.period()))));
  }

  /**
   * Changes a fund's ceiling, today (ADMIN; never below what is committed and paid out).
   *
   * @param s caller @param u address @param h headers @param m municipality @param p period
   * @param body {@code {"ceiling"}}
   * @return the fund
   */
  @POST
  @Path("{municipality}/{period}/ceiling")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeCeiling(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("period") String p, JsonNode body) {
    FundPeriod period = period(m, p);
    DkkAmount ceiling = Exchange.read(body, b -> b.money("ceiling", true));
    Exchange ex = Exchange.of(office, s, u, h, body).absentIn(dk.mikrolan.fund.LoanFundStatus.NOT_OPENED.name());
    return ex.<LoanFund>run(true, LoanFund.streamId(m, period),
        (mk, key) -> mk.changeFundCeiling(ex.actor(), m, period, ceiling),
        (fund, v) -> new Exchange.Reply(200, view(m, period, fund), Optional.of((long) fund.version()),
            Optional.empty()));
  }

  private static FundPeriod period(String municipality, String period) {
    if (!MunicipalityCode.isValid(municipality)) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
    try {
      return FundPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
  }

  static ObjectNode view(String municipality, FundPeriod period, LoanFund fund) {
    ObjectNode o = Views.object();
    o.put("municipality", municipality);
    o.put("period", period.toString());
    o.put("status", fund.status().name());
    o.put("version", fund.version());
    o.put("revolving", fund.isRevolving());
    o.set("ceiling", Views.money(fund.ceiling()));
    o.set("committed", Views.money(fund.committed()));
    o.set("disbursed", Views.money(fund.disbursed()));
    o.set("returned", Views.money(fund.returned()));
    o.set("remainingRoom", Views.money(fund.remainingRoom()));
    ArrayNode cases = o.putArray("cases");
    for (CaseId c : fund.cases()) {
      ObjectNode item = cases.addObject();
      item.put("caseId", c.value());
      item.set("committed", Views.money(fund.commitmentOf(c).orElse(DkkAmount.ZERO)));
      item.set("disbursed", Views.money(fund.disbursedTo(c)));
      item.set("returned", Views.money(fund.returnedFrom(c)));
    }
    return o;
  }
}
