package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.identity.ParticipantRef;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Participants by CPR number — the number in a POST body, never in a URL — and the one way to read a
 * full number: a reveal that states its purpose, is written to the CPR access log and never changes a
 * case's ETag. The answer is never cached.
 */
@Path("api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
public final class ParticipantResource {

  private final Mikrolan office;

  ParticipantResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * Finds participants by CPR number in the caller's municipalities (or those named).
   *
   * @param s the caller
   * @param body {@code {"cpr", "municipalities"?}}
   * @return {@code {"items": [{"municipality", "participantId"}]}}
   */
  @POST
  @Path("search")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response search(@Context SecurityContext s, JsonNode body) {
    Actor actor = Authentication.actor(s);
    record Search(Cpr cpr, Set<String> municipalities) {}
    Search q = Exchange.read(body, b -> {
      Optional<Cpr> cpr = b.text("cpr", true, 11).flatMap(c -> {
        try {
          return Optional.of(Cpr.parse(c));
        } catch (RuntimeException e) {
          b.problem("cpr", RequestRule.MALFORMED); // never echo the number
          return Optional.empty();
        }
      });
      Optional<List<String>> codes = b.strings("municipalities", false, 100, 3);
      codes.ifPresent(list -> {
        if (list.isEmpty()) {
          b.problem("municipalities", RequestRule.REQUIRED);
        }
        for (int i = 0; i < list.size(); i++) {
          if (!MunicipalityCode.isValid(list.get(i))) {
            b.problem("municipalities/" + i, RequestRule.NOT_A_MUNICIPALITY);
          }
        }
      });
      return cpr.map(c -> new Search(c, new TreeSet<>(codes.orElse(List.copyOf(actor.municipalities())))));
    });
    List<ParticipantRef> found = Exchange.answer(office.findParticipants(actor, q.municipalities(), q.cpr()));
    ObjectNode out = Views.object();
    ArrayNode items = out.putArray("items");
    found.forEach(p -> {
      ObjectNode item = items.addObject();
      item.put("municipality", p.municipalityCode());
      item.put("participantId", p.participantId().value());
    });
    return Response.ok(out).cacheControl(Exchange.noStore()).build();
  }

  /**
   * Reveals a participant's full CPR number for a stated purpose (CASEWORKER, DECIDER), access-logged.
   *
   * @param s the caller
   * @param h the request's headers (its X-Request-Id goes into the access log)
   * @param municipality the participant's municipality
   * @param participantId the participant
   * @param body {@code {"purpose"}}
   * @return {@code {"cpr": "DDMMYY-XXXX"}}, never cached
   */
  @POST
  @Path("{municipality}/{participantId}/cpr-reveals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reveal(@Context SecurityContext s, @Context HttpHeaders h,
      @PathParam("municipality") String municipality, @PathParam("participantId") String participantId,
      JsonNode body) {
    Actor actor = Authentication.actor(s);
    ParticipantRef ref;
    try {
      ref = new ParticipantRef(municipality, ParticipantId.of(participantId));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
    String purpose = Exchange.read(body, b -> b.text("purpose", true, 200));
    Cpr cpr = Exchange.answer(Exchange.correlated(office, h).revealCpr(actor, ref, purpose));
    ObjectNode out = Views.object();
    out.put("cpr", cpr.fullNumber());
    return Response.ok(out).cacheControl(Exchange.noStore()).build();
  }
}
