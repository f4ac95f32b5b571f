package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.cohort.Cohort;
import dk.mikrolan.cohort.Session;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.programme.AssessmentOutcome;
import dk.mikrolan.programme.Decision;
import dk.mikrolan.programme.DecisionLetter;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.read.CaseSummary;
import dk.mikrolan.rules.Text;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the adapter writes the contract's values: money with exactly two decimals and its currency,
 * terms, texts in both languages, and cases, cohorts and letters with every CPR number masked.
 */
final class Views {

  private Views() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code {"amount": "1250.00", "currency": "DKK"}}. */
  static ObjectNode money(DkkAmount amount) {
    ObjectNode o = object();
    o.put("amount", BigDecimal.valueOf(amount.ore(), 2).toPlainString());
    o.put("currency", "DKK");
    return o;
  }

  static ObjectNode text(Text t) {
    ObjectNode o = object();
    o.put("da", t.danish());
    o.put("en", t.english());
    return o;
  }

  static ArrayNode texts(List<Text> texts) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    texts.forEach(t -> a.add(text(t)));
    return a;
  }

  static ObjectNode terms(RepaymentTerms t) {
    ObjectNode o = object();
    o.set("principal", money(t.principal()));
    o.put("firstDueDate", t.firstDueDate().toString());
    o.put("frequency", t.frequency().name());
    if (t.plan() instanceof RepaymentPlan.ByCount c) {
      o.put("instalmentCount", c.count());
    } else if (t.plan() instanceof RepaymentPlan.ByAmount a) {
      o.set("instalmentAmount", money(a.amount()));
    }
    o.put("rounding", t.roundingUnit().name());
    t.disbursementDate().ifPresent(d -> o.put("disbursementDate", d.toString()));
    return o;
  }

  static ObjectNode outcome(AssessmentOutcome a) {
    ObjectNode o = object();
    o.put("verdict", a.verdict().name());
    ArrayNode failed = o.putArray("failedRules");
    a.failedRules().forEach(r -> {
      ObjectNode rule = failed.addObject();
      rule.put("code", r.id());
      rule.put("source", r.source());
      rule.set("text", text(r.text()));
    });
    ArrayNode notAssessed = o.putArray("notAssessed");
    a.notAssessed().forEach(notAssessed::add);
    return o;
  }

  static ObjectNode decision(Decision d) {
    ObjectNode o = object();
    o.put("kind", d.kind().name());
    o.put("extent", d.extent().name());
    d.granted().ifPresent(g -> o.set("granted", money(g)));
    o.put("decidedBy", d.decidedBy());
    o.put("date", d.date().toString());
    return o;
  }

  /** A case as the API shows it: its stage and what it holds, the CPR number masked. */
  static ObjectNode kase(CaseRef ref, ParticipantCase c) {
    ObjectNode o = object();
    o.put("municipality", ref.municipalityCode());
    o.put("caseId", ref.caseId().value());
    o.put("stage", c.stage().name());
    o.put("version", c.version());
    if (!c.participant().isEmpty()) {
      Participant p = c.participant().get();
      ObjectNode participant = o.putObject("participant");
      participant.put("id", p.id().value());
      participant.put("cpr", p.cpr().toString());
      participant.put("name", p.name());
      participant.put("benefit", p.benefit().name());
      participant.put("advisor", p.advisor().value());
    }
    if (!c.cohortId().isEmpty()) {
      o.put("cohortId", c.cohortId().get());
    }
    o.put("cafeMeetings", c.cafeMeetings());
    if (!c.screening().isEmpty()) {
      o.set("screening", outcome(c.screening().get()));
    }
    if (!c.assessment().isEmpty()) {
      o.set("assessment", outcome(c.assessment().get()));
    }
    if (!c.application().isEmpty()) {
      o.set("requestedAmount", money(c.application().get().requestedAmount()));
    }
    if (!c.recommendation().isEmpty()) {
      ObjectNode r = o.putObject("recommendation");
      r.set("terms", terms(c.recommendation().get().terms()));
      r.put("by", c.recommendation().get().by());
      r.put("date", c.recommendation().get().date().toString());
    }
    if (!c.hearing().isEmpty()) {
      ObjectNode h = o.putObject("hearing");
      h.put("sent", c.hearing().get().date().toString());
      h.put("deadline", c.hearing().get().deadline().toString());
      h.put("answered", c.hearingAnswered());
    }
    c.firstApproval().ifPresent(f -> {
      ObjectNode a = o.putObject("firstApproval");
      a.put("by", f.by());
      a.put("date", f.date().toString());
      a.set("terms", terms(f.terms()));
    });
    if (!c.approval().isEmpty()) {
      ObjectNode a = decision(c.approval().get().decision());
      a.set("terms", terms(c.approval().get().terms()));
      o.set("approval", a);
    }
    if (!c.rejection().isEmpty()) {
      o.set("rejection", decision(c.rejection().get()));
    }
    o.set("disbursed", money(c.disbursed()));
    return o;
  }

  static ObjectNode summary(CaseSummary s) {
    ObjectNode o = object();
    o.put("municipality", s.ref().municipalityCode());
    o.put("caseId", s.ref().caseId().value());
    o.put("stage", s.stage().name());
    s.cohortId().ifPresent(c -> o.put("cohortId", c));
    o.put("advisor", s.advisor().value());
    o.put("participantId", s.participant().value());
    o.put("referredOn", s.referredOn().toString());
    return o;
  }

  static ObjectNode cohort(String municipality, String cohortId, Cohort c) {
    ObjectNode o = object();
    o.put("municipality", municipality);
    o.put("cohortId", cohortId);
    o.put("status", c.status().name());
    o.put("version", c.events().size());
    ArrayNode sessions = o.putArray("sessions");
    for (Session s : c.sessions()) {
      ObjectNode session = sessions.addObject();
      session.put("sessionId", s.sessionId());
      session.put("kind", s.kind().name());
      s.topic().ifPresent(t -> session.put("topic", t));
      session.put("date", s.date().toString());
    }
    ArrayNode participants = o.putArray("participants");
    c.participants().forEach(p -> participants.add(p.value()));
    return o;
  }

  static ObjectNode letter(DecisionLetter l) {
    ObjectNode o = object();
    o.put("caseId", l.caseId().value());
    o.put("recipient", l.recipient().value());
    o.put("municipalityName", l.municipalityName());
    o.put("journalReference", l.journalReference());
    o.put("date", l.date().toString());
    o.put("text", l.danishText());
    return o;
  }
}
