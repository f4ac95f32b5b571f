package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mikrolan.cohort.Cohort;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.office.CohortRequest;
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
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A municipality's cohort (hold): planning, sessions, enrolment and leaving (with If-Match), and
 * attendance, a fact recorded today (no If-Match). Every POST needs an {@code Idempotency-Key}.
 */
@Path("api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public final class CohortResource {

  private final Mikrolan office;

  CohortResource(Mikrolan office) {
    this.office = office;
  }

  /**
   * Reads a cohort.
   *
   * @param s the caller
   * @param m the municipality
   * @param c the cohort's id
   * @return the cohort, its version as ETag
   */
  @GET
  @Path("{municipality}/{cohortId}")
  public Response read(@Context SecurityContext s, @PathParam("municipality") String m,
      @PathParam("cohortId") String c) {
    CohortId id = id(m, c);
    Cohort cohort = Exchange.answer(office.cohort(Authentication.actor(s), m, id));
    return Exchange.ok(Views.cohort(m, id.value(), cohort), cohort.events().size());
  }

  /**
   * Plans a cohort.
   *
   * @param s the caller @param u the address @param h the headers
   * @param body {@code {"municipality", "cohortId", "startDate"}}
   * @return 201 with the cohort
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h, JsonNode body) {
    record Plan(String municipality, CohortId id, LocalDate start) {}
    Plan p = Exchange.read(body, b -> {
      Optional<String> m = b.municipality("municipality", true);
      Optional<CohortId> id = b.id("cohortId", true, CohortId::of);
      Optional<LocalDate> start = b.date("startDate", true);
      return m.isPresent() && id.isPresent() && start.isPresent()
          ? Optional.of(new Plan(m.get(), id.get(), start.get())) : Optional.empty();
    });
    Exchange ex = Exchange.of(office, s, u, h, body);
    return ex.<Cohort>run(false, Cohort.streamId(p.municipality(), p.id()),
        (o, key) -> o.cohortWork(ex.actor(), p.municipality(), p.id(), new CohortRequest.Plan(p.start()), key),
        (cohort, v) -> new Exchange.Reply(201, Views.cohort(p.municipality(), p.id().value(), cohort),
            Optional.of((long) cohort.events().size()),
            Optional.of(URI.create("/api/v1/cohorts/" + p.municipality() + "/" + p.id().value()))));
  }

  /** Schedules a session. @param s caller @param u address @param h headers @param m municipality @param c cohort @param body {"sessionId", "kind", "topic"?, "date"} @return the cohort */
  @POST
  @Path("{municipality}/{cohortId}/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response schedule(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("cohortId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> {
      Optional<String> session = b.text("sessionId", true, 64);
      Optional<SessionKind> kind = b.enumValue("kind", SessionKind.class, true);
      Optional<String> topic = b.text("topic", false, 64);
      Optional<LocalDate> date = b.date("date", true);
      return session.isPresent() && kind.isPresent() && date.isPresent()
          ? Optional.of(new CohortRequest.ScheduleSession(session.get(), kind.get(), topic, date.get()))
          : Optional.empty();
    });
  }

  /** Enrols a participant's case. @param s caller @param u address @param h headers @param m municipality @param c cohort @param body {"caseId", "enrolledOn"} @return the cohort */
  @POST
  @Path("{municipality}/{cohortId}/enrolments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("cohortId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> {
      Optional<CaseId> id = b.id("caseId", true, CaseId::of);
      Optional<LocalDate> on = b.date("enrolledOn", true);
      return id.isPresent() && on.isPresent() ? Optional.of(new CohortRequest.Enrol(id.get(), on.get()))
          : Optional.empty();
    });
  }

  /** Records that a participant left. @param s caller @param u address @param h headers @param m municipality @param c cohort @param body {"caseId", "leftOn", "reason"} @return the cohort */
  @POST
  @Path("{municipality}/{cohortId}/leavings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response leave(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("cohortId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> {
      Optional<CaseId> id = b.id("caseId", true, CaseId::of);
      Optional<LocalDate> on = b.date("leftOn", true);
      Optional<String> reason = b.text("reason", true, 4000);
      return id.isPresent() && on.isPresent() && reason.isPresent()
          ? Optional.of(new CohortRequest.Leave(id.get(), on.get(), reason.get())) : Optional.empty();
    });
  }

  /** Records attendance at a session, today (a fact). @param s caller @param u address @param h headers @param m municipality @param c cohort @param body {"sessionId", "caseId", "attended", "note"?} @return the cohort */
  @POST
  @Path("{municipality}/{cohortId}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response attendance(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("cohortId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, false, b -> {
      Optional<String> session = b.text("sessionId", true, 64);
      Optional<CaseId> id = b.id("caseId", true, CaseId::of);
      Optional<Boolean> attended = b.bool("attended", true);
      Optional<String> note = b.textOrEmpty("note", 4000);
      return session.isPresent() && id.isPresent() && attended.isPresent()
          ? Optional.of(new CohortRequest.RecordAttendance(session.get(), id.get(), attended.get(), note.orElse("")))
          : Optional.empty();
    });
  }

  private Response step(SecurityContext security, UriInfo uri, HttpHeaders headers, String municipality,
      String cohortId, JsonNode body, boolean ifMatch, Function<Body, Optional<CohortRequest>> reader) {
    CohortId id = id(municipality, cohortId);
    CohortRequest request = Exchange.read(body, reader);
    Exchange ex = Exchange.of(office, security, uri, headers, body)
        .absentIn(dk.mikrolan.cohort.CohortStatus.NOT_PLANNED.name());
    return ex.<Cohort>run(ifMatch, Cohort.streamId(municipality, id),
        (o, key) -> o.cohortWork(ex.actor(), municipality, id, request, key),
        (cohort, v) -> new Exchange.Reply(200, Views.cohort(municipality, id.value(), cohort),
            Optional.of((long) cohort.events().size()), Optional.empty()));
  }

  private static CohortId id(String municipality, String cohortId) {
    if (!MunicipalityCode.isValid(municipality)) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
    try {
      return CohortId.of(cohortId);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
  }
}
