package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.disclosure.ReviewField;
import dk.mikrolan.disclosure.ReviewItem;
import dk.mikrolan.disclosure.ReviewMark;
import dk.mikrolan.office.CaseExport;
import dk.mikrolan.office.Mikrolan;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The case export for a request for access (aktindsigt, forvaltningsloven § 9; GDPR art. 15): a
 * review package of everything the case holds, what may be exempt marked with its ground, as JSON
 * or as a readable HTML page ({@code Accept: text/html}). DECIDER and AUDITOR may run it; the run
 * states its purpose, which goes into the CPR access log with the request's X-Request-Id. A POST
 * because it writes that log row, but no Idempotency-Key: nothing of the case changes, and the
 * answer (which holds the participant's full CPR number) is never stored or cached.
 */
@Path("api/v1/cases/{municipality}/{caseId}/exports")
public final class ExportResource {

  private final Mikrolan office;

  ExportResource(Mikrolan office) {
    this.office = office;
  }

  private CaseExport export(SecurityContext s, HttpHeaders h, String municipality, String caseId, JsonNode body) {
    Actor actor = Authentication.actor(s);
    var ref = CaseResource.ref(municipality, caseId);
    String purpose = Exchange.read(body, b -> b.text("purpose", true, 200));
    return Exchange.answer(Exchange.correlated(office, h).exportCase(actor, ref, purpose));
  }

  /**
   * The review package as JSON.
   *
   * @param s the caller
   * @param h the request's headers
   * @param municipality the case's municipality
   * @param caseId the case
   * @param body {@code {"purpose"}}: the request for access it answers, 1–200 characters, no CPR number
   * @return the package, never cached
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response json(@Context SecurityContext s, @Context HttpHeaders h, @PathParam("municipality") String municipality,
      @PathParam("caseId") String caseId, JsonNode body) {
    return Response.ok(json(export(s, h, municipality, caseId, body))).cacheControl(Exchange.noStore()).build();
  }

  /**
   * The review package as one self-contained HTML page in Danish, marks highlighted.
   *
   * @param s the caller
   * @param h the request's headers
   * @param municipality the case's municipality
   * @param caseId the case
   * @param body {@code {"purpose"}}
   * @return the page, never cached
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("text/html; qs=0.5; charset=UTF-8") // JSON unless the client asks for HTML
  public Response html(@Context SecurityContext s, @Context HttpHeaders h, @PathParam("municipality") String municipality,
      @PathParam("caseId") String caseId, JsonNode body) {
    return Response.ok(ExportPage.of(export(s, h, municipality, caseId, body)), "text/html; charset=UTF-8")
        .cacheControl(Exchange.noStore())
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .build();
  }

  static ObjectNode json(CaseExport e) {
    ObjectNode o = Views.object();
    o.put("municipality", e.ref().municipalityCode());
    o.put("caseId", e.ref().caseId().value());
    ObjectNode participant = o.putObject("participant");
    participant.put("id", e.participant().participantId().value());
    participant.put("name", e.name());
    participant.put("cpr", e.cpr().fullNumber());
    o.put("purpose", e.purpose());
    o.put("exportedOn", e.exportedOn().toString());
    o.put("itemCount", e.items().size());
    o.put("markedCount", e.items().stream().filter(ReviewItem::isMarked).count());
    ArrayNode items = o.putArray("items");
    for (ReviewItem i : e.items()) {
      ObjectNode item = items.addObject();
      item.put("number", i.number());
      item.put("kind", i.kind().name());
      item.put("source", i.source());
      item.put("type", i.type());
      i.date().ifPresent(d -> item.put("date", d.toString()));
      i.by().ifPresent(by -> item.put("by", by));
      ArrayNode fields = item.putArray("fields");
      for (ReviewField f : i.fields()) {
        fields.addObject().put("name", f.name()).put("value", f.value());
      }
      ArrayNode marks = item.putArray("marks");
      for (ReviewMark m : i.marks()) {
        ObjectNode mark = marks.addObject();
        mark.put("ground", m.ground().name());
        mark.put("source", m.ground().source());
        mark.set("text", Views.text(m.ground().text()));
        m.field().ifPresent(f -> mark.put("field", f));
        m.excerpt().ifPresent(x -> mark.put("excerpt", x));
      }
    }
    return o;
  }
}
