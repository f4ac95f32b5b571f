package dk.mikrolan.jdbc;

import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.programme.BusinessIdea;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Participant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the adapter's JSON codec, for two case events only: a referral, whose payload
 * holds the participant's CPR number as a token under {@code "cpr"} (the shape {@link
 * CprReEncryption} rewrites), and the start of screening. Strings are written unescaped, so the
 * tests use plain names.
 */
final class CaseReferralCodec implements EventCodec {

  private final CprProtector protector;

  CaseReferralCodec(CprProtector protector) {
    this.protector = protector;
  }

  static Participant participant(String id, Cpr cpr, String name) {
    return Participant.builder()
        .id(ParticipantId.of(id))
        .cpr(cpr)
        .name(name)
        .benefit(BenefitType.CASH_BENEFIT)
        .businessIdea(BusinessIdea.of("Frisørsalon", "Børneklip", "Familier", "Betaling pr. klipning"))
        .advisor(AdvisorId.of("adv-1"))
        .build();
  }

  @Override
  public Encoded encode(Object event) {
    if (event instanceof CaseEvent.Referred r) {
      Participant p = r.participant();
      return new Encoded(CprReEncryption.REFERRED, 1, "{\"participant\":{\"id\":\"" + p.id() + "\", \"cpr\": \""
          + protector.protect(p.cpr()) + "\",\"name\":\"" + p.name() + "\"},\"municipalityCode\":\""
          + r.municipalityCode() + "\",\"date\":\"" + r.date() + "\",\"by\":\"" + r.by() + "\"}");
    } else if (event instanceof CaseEvent.ScreeningStarted s) {
      return new Encoded("case.ScreeningStarted", 1, "{\"date\":\"" + s.date() + "\",\"by\":\"" + s.by() + "\"}");
    }
    throw new IllegalArgumentException("Not a test event: " + event.getClass().getSimpleName());
  }

  @Override
  public Object decode(String type, int schemaVersion, String json) {
    if (type.equals(CprReEncryption.REFERRED)) {
      return new CaseEvent.Referred(
          participant(field(json, "id"), protector.reveal(field(json, "cpr")), field(json, "name")),
          field(json, "municipalityCode"), LocalDate.parse(field(json, "date")), field(json, "by"));
    } else if (type.equals("case.ScreeningStarted")) {
      return new CaseEvent.ScreeningStarted(LocalDate.parse(field(json, "date")), field(json, "by"));
    }
    throw new IllegalArgumentException("Not a test event type: " + type);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\\s*\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("No field " + name);
    }
    return m.group(1);
  }
}
