package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.access.Actor;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.office.CaseRequest;
import dk.mikrolan.office.Mikrolan;
import dk.mikrolan.programme.ApproveLoan;
import dk.mikrolan.programme.DecisionLetter;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.ProgrammeStreams;
import dk.mikrolan.programme.Stage;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.read.CaseQuery;
import dk.mikrolan.read.CaseSummary;
import dk.mikrolan.read.Page;
import dk.mikrolan.rules.Text;
import dk.mikrolan.rules.Violation;
import dk.mikrolan.schedule.RepaymentTerms;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A participant's case: referral, reading and listing, and every step of case work, each a POST of
 * a command to its resource that answers with the case as it now stands and its version as ETag.
 * Decisions and stage changes need {@code If-Match}; facts (café meetings, hearing answers, notes)
 * do not. Every POST needs an {@code Idempotency-Key}. Dates of decisions, notes and hearings are
 * the server's; a request carries a date only where the world supplies it.
 */
@Path("api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public final class CaseResource {

  private static final int MAX_TEXT = 4000;

  private final Mikrolan office;

  CaseResource(Mikrolan office) {
    this.office = office;
  }

  // --- reading ----------------------------------------------------------------------------------

  /**
   * Lists cases of the caller's municipalities (or those named), a page at a time.
   *
   * @param security the caller
   * @param municipalities the municipalities to list (default: all the caller's)
   * @param stage only cases in this stage
   * @param cohort only cases in this cohort
   * @param advisor only this advisor's cases
   * @param after the cursor of the previous page
   * @param limit the page size, 1–500 (default 50)
   * @return the page: {@code items} and, while more follow, {@code next}
   */
  @GET
  public JsonNode list(@Context SecurityContext security, @QueryParam("municipality") List<String> municipalities,
      @QueryParam("stage") String stage, @QueryParam("cohort") String cohort, @QueryParam("advisor") String advisor,
      @QueryParam("after") String after, @QueryParam("limit") String limit) {
    Actor actor = Authentication.actor(security);
    List<Violation> violations = new ArrayList<>();
    Set<String> codes = new TreeSet<>(municipalities.isEmpty() ? actor.municipalities() : municipalities);
    for (String code : codes) {
      if (!MunicipalityCode.isValid(code)) {
        violations.add(Body.at("/municipality", RequestRule.NOT_A_MUNICIPALITY));
      }
    }
    if (!violations.isEmpty() || codes.isEmpty()) {
      throw Exchange.invalid(violations.isEmpty()
          ? List.of(Body.at("/municipality", RequestRule.REQUIRED)) : violations);
    }
    CaseQuery query = CaseQuery.in(codes);
    if (stage != null) {
      try {
        query = query.withStage(Stage.valueOf(stage));
      } catch (IllegalArgumentException e) {
        violations.add(Body.at("/stage", RequestRule.UNKNOWN_VALUE, List.of(Stage.values()).toString()));
      }
    }
    if (cohort != null) {
      query = query.withCohort(cohort);
    }
    if (advisor != null) {
      try {
        query = query.withAdvisor(AdvisorId.of(advisor));
      } catch (IllegalArgumentException e) {
        violations.add(Body.at("/advisor", RequestRule.MALFORMED));
      }
    }
    int size = limit == null ? 50 : limitOrZero(limit);
    if (size == 0) {
      violations.add(Body.at("/limit", RequestRule.OUT_OF_RANGE, 1, 500));
    }
    if (!violations.isEmpty() || codes.isEmpty()) {
      throw Exchange.invalid(violations.isEmpty()
          ? List.of(Body.at("/municipality", RequestRule.REQUIRED)) : violations);
    }
    Page<CaseSummary> page;
    try {
      page = Exchange.answer(office.cases(actor, query, Optional.ofNullable(after), size));
    } catch (IllegalArgumentException badCursor) {
      throw Exchange.invalid(List.of(Body.at("/after", RequestRule.MALFORMED)));
    }
    ObjectNode out = Views.object();
    ArrayNode items = out.putArray("items");
    page.items().forEach(s -> items.add(Views.summary(s)));
    page.nextCursor().ifPresent(c -> out.put("next", c));
    return out;
  }

  /**
   * Reads a case.
   *
   * @param security the caller
   * @param municipality the case's municipality
   * @param caseId the case's id
   * @return the case, its version as ETag
   */
  @GET
  @Path("{municipality}/{caseId}")
  public Response read(@Context SecurityContext security, @PathParam("municipality") String municipality,
      @PathParam("caseId") String caseId) {
    CaseRef ref = ref(municipality, caseId);
    ParticipantCase kase = Exchange.answer(office.kase(Authentication.actor(security), ref));
    return Exchange.ok(Views.kase(ref, kase), kase.version());
  }

  /**
   * Lists the decision letters of a case.
   *
   * @param security the caller
   * @param municipality the case's municipality
   * @param caseId the case's id
   * @return the letters, oldest first, each with its text
   */
  @GET
  @Path("{municipality}/{caseId}/letters")
  public JsonNode letters(@Context SecurityContext security, @PathParam("municipality") String municipality,
      @PathParam("caseId") String caseId) {
    List<DecisionLetter> letters = Exchange.answer(office.letters(Authentication.actor(security),
        ref(municipality, caseId)));
    ObjectNode out = Views.object();
    ArrayNode items = out.putArray("items");
    letters.forEach(l -> items.add(Views.letter(l)));
    return out;
  }

  /**
   * Returns one decision letter's rendered text.
   *
   * @param security the caller
   * @param municipality the case's municipality
   * @param caseId the case's id
   * @param number the letter's number, from 1, oldest first
   * @return the letter as plain text in Danish
   */
  @GET
  @Path("{municipality}/{caseId}/letters/{number}")
  @Produces("text/plain; charset=UTF-8")
  public String letterText(@Context SecurityContext security, @PathParam("municipality") String municipality,
      @PathParam("caseId") String caseId, @PathParam("number") String number) {
    List<DecisionLetter> letters = Exchange.answer(office.letters(Authentication.actor(security),
        ref(municipality, caseId)));
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > letters.size()) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such letter.");
    }
    return letters.get(n - 1).danishText();
  }

  // --- referral -----------------------------------------------------------------------------------

  /**
   * Refers a participant: creates the case.
   *
   * @param security the caller
   * @param uri the request's address
   * @param headers the request's headers
   * @param body {@code {"municipality", "caseId", "participant"}}
   * @return 201 with the case, its Location and ETag
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refer(@Context SecurityContext security, @Context UriInfo uri, @Context HttpHeaders headers,
      JsonNode body) {
    record Referral(CaseRef ref, dk.mikrolan.programme.Participant participant) {}
    Referral r = Exchange.read(body, b -> {
      Optional<String> m = b.municipality("municipality", true);
      Optional<CaseId> id = b.id("caseId", true, CaseId::of);
      Optional<dk.mikrolan.programme.Participant> p = Readers.participant(b, "participant");
      return m.isPresent() && id.isPresent() && p.isPresent()
          ? Optional.of(new Referral(CaseRef.of(m.get(), id.get()), p.get())) : Optional.empty();
    });
    Exchange ex = Exchange.of(office, security, uri, headers, body);
    return ex.<ParticipantCase>run(false, ProgrammeStreams.caseStream(r.ref()),
        (o, key) -> o.caseWork(ex.actor(), r.ref(), new CaseRequest.Refer(r.participant()), key),
        (kase, versions) -> new Exchange.Reply(201, Views.kase(r.ref(), kase), Optional.of((long) kase.version()),
            Optional.of(URI.create("/api/v1/cases/" + r.ref().municipalityCode() + "/" + r.ref().caseId().value()))));
  }

  // --- case work ----------------------------------------------------------------------------------

  /** Starts screening (rough sorting). @param s caller @param u address @param h headers @param m municipality @param c case @param body {} @return the case */
  @POST
  @Path("{municipality}/{caseId}/screening")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startScreening(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> Optional.of(new CaseRequest.StartScreening()));
  }

  /** Records the screening's outcome. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"outcome"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/screening-outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordScreening(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> Readers.outcome(b, "outcome").map(CaseRequest.RecordScreening::new));
  }

  /** Records a café meeting held (a fact). @param s caller @param u address @param h headers @param m municipality @param c case @param body {"note", "heldOn"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/cafe-meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordCafeMeeting(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, false, b -> {
      Optional<String> note = b.text("note", true, MAX_TEXT);
      Optional<LocalDate> heldOn = b.date("heldOn", true);
      return note.isPresent() && heldOn.isPresent()
          ? Optional.of(new CaseRequest.RecordCafeMeeting(note.get(), heldOn.get())) : Optional.empty();
    }, "/heldOn");
  }

  /** Records the assessment. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"outcome"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordAssessment(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> Readers.outcome(b, "outcome").map(CaseRequest.RecordAssessment::new));
  }

  /** Starts competence development in a cohort. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"cohortId"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/competence-development")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startCompetenceDevelopment(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> b.id("cohortId", true, CohortId::of)
        .map(CaseRequest.StartCompetenceDevelopment::new));
  }

  /** Starts the seminar; the cohort's record says whether the preparation was attended. @param s caller @param u address @param h headers @param m municipality @param c case @param body {} @return the case */
  @POST
  @Path("{municipality}/{caseId}/seminar")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startSeminar(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> Optional.of(new CaseRequest.StartSeminar()));
  }

  /** Recommends a loan on terms. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"terms"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/recommendation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recommend(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    Actor actor = Authentication.actor(s);
    return step(s, u, h, m, c, body, true, b -> Readers.termsIn(b, "terms", office, actor, m)
        .map(CaseRequest.Recommend::new));
  }

  /** Sends a hearing (partshøring). @param s caller @param u address @param h headers @param m municipality @param c case @param body {"facts"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/hearings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendHearing(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> Readers.texts(b, "facts", true).map(CaseRequest.SendHearing::new));
  }

  /** Records the answer to a hearing (a fact). @param s caller @param u address @param h headers @param m municipality @param c case @param body {"summary", "receivedOn"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/hearing-answers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordHearingAnswer(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, false, b -> {
      Optional<String> summary = b.text("summary", true, MAX_TEXT);
      Optional<LocalDate> received = b.date("receivedOn", true);
      return summary.isPresent() && received.isPresent()
          ? Optional.of(new CaseRequest.RecordHearingAnswer(summary.get(), received.get())) : Optional.empty();
    }, "/receivedOn");
  }

  /** Records the loan application. @param s caller @param u address @param h headers @param m municipality @param c case @param body the application @return the case */
  @POST
  @Path("{municipality}/{caseId}/application")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submitApplication(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> Readers.application(b).map(CaseRequest.SubmitApplication::new));
  }

  /** Records a follow-up after payout. @param s caller @param u address @param h headers @param m municipality @param c case @param body the follow-up @return the case */
  @POST
  @Path("{municipality}/{caseId}/follow-ups")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordFollowUp(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> {
      Optional<Integer> months = b.integer("monthsAfterPayout", true, 1, 120);
      Optional<SupportStatus> status = b.enumValue("status", SupportStatus.class, true);
      Optional<dk.mikrolan.identity.Cvr> cvr = b.id("businessCvr", false, dk.mikrolan.identity.Cvr::parse);
      Optional<Boolean> active = b.bool("businessActive", true);
      return months.isPresent() && status.isPresent() && active.isPresent()
          ? Optional.of(new CaseRequest.RecordOutcome(months.get(), status.get(), cvr, active.get())) : Optional.empty();
    });
  }

  /** Adds a note (a fact). @param s caller @param u address @param h headers @param m municipality @param c case @param body {"text"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addNote(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, false, b -> b.text("text", true, MAX_TEXT).map(CaseRequest.AddNote::new));
  }

  /** Withdraws the case at the participant's request. @param s caller @param u address @param h headers @param m municipality @param c case @param body {"reason"} @return the case */
  @POST
  @Path("{municipality}/{caseId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response withdraw(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    return step(s, u, h, m, c, body, true, b -> b.text("reason", true, MAX_TEXT).map(CaseRequest.Withdraw::new));
  }

  /**
   * Decides on the loan: {@code "decision": "APPROVE"} with what is granted, or {@code "REJECT"}
   * with the justification (forvaltningsloven §§ 22–24). An approval above the municipality's
   * delegation answers 202 until a second decider approves the same proposal.
   *
   * @param s caller @param u address @param h headers @param m municipality @param c case
   * @param body the decision
   * @return the case, 200 (202 while a second decider is needed)
   */
  @POST
  @Path("{municipality}/{caseId}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@Context SecurityContext s, @Context UriInfo u, @Context HttpHeaders h,
      @PathParam("municipality") String m, @PathParam("caseId") String c, JsonNode body) {
    CaseRef ref = ref(m, c);
    Actor actor = Authentication.actor(s);
    String kind = body instanceof ObjectNode o && o.has("decision") ? o.get("decision").asText() : "";
    if (kind.equals("REJECT")) {
      return step(s, u, h, m, c, body, true, b -> {
        b.has("decision");
        Optional<List<dk.mikrolan.rules.RuleReference>> rules = Readers.rules(b, "rules", true);
        Optional<List<Text>> considerations = Readers.texts(b, "considerations", true);
        Optional<List<Text>> facts = Readers.texts(b, "facts", false);
        Optional<Boolean> unknownFacts = b.bool("restsOnFactsUnknownToParticipant", false);
        return rules.isPresent() && considerations.isPresent() ? Optional.of(new CaseRequest.Reject(rules.get(),
            considerations.get(), facts.orElse(List.of()), unknownFacts.orElse(false))) : Optional.empty();
      });
    } else if (!kind.equals("APPROVE")) {
      throw Exchange.invalid(List.of(Body.at("/decision", RequestRule.UNKNOWN_VALUE, "APPROVE, REJECT")));
    }
    Mikrolan.Approval approval = Exchange.read(body, b -> {
      b.has("decision");
      Optional<UndertakingId> undertaking = b.id("undertaking", false, UndertakingId::parse);
      Optional<UndertakingId> former = b.id("formerUndertaking", false, UndertakingId::parse);
      Optional<FundPeriod> period = b.id("fundPeriod", true, FundPeriod::parse);
      Optional<RepaymentTerms> terms = Readers.termsIn(b, "terms", office, actor, m);
      Optional<List<Text>> considerations = Readers.texts(b, "considerations", false);
      Optional<BigDecimal> rate = b.decimal("eurDkkRate", true);
      if (period.isEmpty() || terms.isEmpty() || rate.isEmpty()) {
        return Optional.empty();
      }
      // The participant's undertaking unless the body names a business's.
      UndertakingId who = undertaking.orElseGet(() -> Exchange.answer(office.kase(actor, ref)).participantId()
          .map(p -> UndertakingId.of(ref.municipalityCode(), p)).orElseThrow(() ->
              new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.")));
      return Optional.of(new Mikrolan.Approval(who, former, period.get(), terms.get(),
          considerations.orElse(List.of()), rate.get()));
    });
    Exchange ex = Exchange.of(office, s, u, h, body).absentIn(ParticipantCase.NOT_REFERRED);
    return ex.<ApproveLoan.Outcome>run(true, ProgrammeStreams.caseStream(ref),
        (o, key) -> o.approve(actor, ref, approval, key),
        (outcome, versions) -> new Exchange.Reply(outcome instanceof ApproveLoan.AwaitingSecondDecider ? 202 : 200,
            Views.kase(ref, outcome.kase()), Optional.of((long) outcome.kase().version()), Optional.empty()));
  }

  // --- the steps' common path ------------------------------------------------------------------

  private Response step(SecurityContext security, UriInfo uri, HttpHeaders headers, String municipality,
      String caseId, JsonNode body, boolean ifMatch, java.util.function.Function<Body, Optional<CaseRequest>> reader) {
    return step(security, uri, headers, municipality, caseId, body, ifMatch, reader, "/date");
  }

  private Response step(SecurityContext security, UriInfo uri, HttpHeaders headers, String municipality,
      String caseId, JsonNode body, boolean ifMatch, java.util.function.Function<Body, Optional<CaseRequest>> reader,
      String datePointer) {
    CaseRef ref = ref(municipality, caseId);
    CaseRequest request = Exchange.read(body, reader);
    Exchange ex = Exchange.of(office, security, uri, headers, body).absentIn(ParticipantCase.NOT_REFERRED)
        .placing("date", datePointer);
    return ex.<ParticipantCase>run(ifMatch, ProgrammeStreams.caseStream(ref),
        (o, key) -> o.caseWork(ex.actor(), ref, request, key),
        (kase, versions) -> new Exchange.Reply(200, Views.kase(ref, kase), Optional.of((long) kase.version()),
            Optional.empty()));
  }

  /** A page size of 1–500, or 0 when the parameter is none. */
  private static int limitOrZero(String limit) {
    try {
      int size = Integer.parseInt(limit);
      return size >= 1 && size <= 500 ? size : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A page size of 1–500 (default 50), or the 422 of the parameter. */
  static int limit(String limit) {
    int size = limit == null ? 50 : limitOrZero(limit);
    if (size == 0) {
      throw Exchange.invalid(List.of(Body.at("/limit", RequestRule.OUT_OF_RANGE, 1, 500)));
    }
    return size;
  }

  static CaseRef ref(String municipality, String caseId) {
    try {
      return CaseRef.of(municipality, caseId);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.NOT_FOUND, "There is no such resource.");
    }
  }

}
