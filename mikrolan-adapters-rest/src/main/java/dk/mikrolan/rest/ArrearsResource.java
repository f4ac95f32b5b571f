package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.read.ArrearsEntry;
import dk.mikrolan.read.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The loans in arrears on a day, across the caller's municipalities. */
@Path("api/v1/loans-in-arrears")
@Produces(MediaType.APPLICATION_JSON)
public final class ArrearsResource {

  private final Mikrolan office;
  private final LoanResource loans;

  ArrearsResource(Mikrolan office, LoanResource loans) {
    this.office = office;
    this.loans = loans;
  }

  /**
   * The loans in arrears on a day in the caller's municipalities (or those named), longest
   * overdue first, a page at a time.
   *
   * @param s the caller
   * @param municipalities the municipalities (default: all the caller's)
   * @param asOf the day (default today)
   * @param after the cursor of the previous page
   * @param limit 1–500 (default 50)
   * @return the page
   */
  @GET
  public JsonNode inArrears(@Context SecurityContext s, @QueryParam("municipality") List<String> municipalities,
      @QueryParam("asOf") String asOf, @QueryParam("after") String after, @QueryParam("limit") String limit) {
    Actor actor = Authentication.actor(s);
    Set<String> codes = new TreeSet<>(municipalities.isEmpty() ? actor.municipalities() : municipalities);
    if (codes.isEmpty() || codes.stream().anyMatch(code -> !MunicipalityCode.isValid(code))) {
      throw Exchange.invalid(List.of(Body.at("/municipality", RequestRule.NOT_A_MUNICIPALITY)));
    }
    int size = CaseResource.limit(limit);
    Page<ArrearsEntry> page;
    try {
      page = Exchange.answer(office.loansInArrears(actor, codes, loans.day(asOf), Optional.ofNullable(after), size));
    } catch (IllegalArgumentException badCursor) {
      throw Exchange.invalid(List.of(Body.at("/after", RequestRule.MALFORMED)));
    }
    ObjectNode out = Views.object();
    ArrayNode items = out.putArray("items");
    page.items().forEach(e -> {
      ObjectNode item = items.addObject();
      item.put("municipality", e.ref().municipalityCode());
      item.put("caseId", e.ref().caseId().value());
      item.set("arrears", LoanResource.arrears(e.arrears()));
    });
    page.nextCursor().ifPresent(cursor -> out.put("next", cursor));
    return out;
  }

}
