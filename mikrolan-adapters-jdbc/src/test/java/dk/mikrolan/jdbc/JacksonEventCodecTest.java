package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.cohort.SessionKind;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.fund.LoanFundEvent;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.BenefitType;
import dk.mikrolan.policy.PolicyEvent;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Decision;
import dk.mikrolan.programme.GrantExtent;
import dk.mikrolan.programme.SupportStatus;
import dk.mikrolan.schedule.Frequency;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import dk.mikrolan.testkit.ProgrammeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The payload format by example: every type, every kind of value, and every way a payload is refused. */
class JacksonEventCodecTest {

  private static final Map<Class<?>, String> AGGREGATES = Map.of(
      LoanEvent.class, "loan",
      CaseEvent.class, "case",
      LoanFundEvent.class, "fund",
      CohortEvent.class, "cohort",
      DeMinimisEvent.class, "aid",
      PolicyEvent.class, "policy",
      dk.mikrolan.programme.LetterEvent.class, "letter");

  private final ReversingCprProtector protector = new ReversingCprProtector();
  private final JacksonEventCodec codec = new JacksonEventCodec(protector);
  private final ObjectMapper json = new ObjectMapper();

  private static List<Class<?>> everyEventClass() {
    return AGGREGATES.keySet().stream().flatMap(s -> Arrays.stream(s.getPermittedSubclasses())).toList();
  }

  private Object roundTrip(Object event) {
    EventCodec.Encoded encoded = codec.encode(event);
    return codec.decode(encoded.type(), encoded.schemaVersion(), encoded.json());
  }

  private ObjectNode payload(Object event) throws Exception {
    return (ObjectNode) json.readTree(codec.encode(event).json());
  }

  @Test
  void registersEveryEventTypeOfEveryAggregate() {
    assertThat(EventTypes.ALL).extracting(EventType::javaClass).containsExactlyInAnyOrderElementsOf(everyEventClass());
    assertThat(EventExamples.oneOfEach()).extracting(Object::getClass)
        .containsExactlyElementsOf(EventTypes.ALL.stream().map(EventType::javaClass).toList());
  }

  @Test
  void namesEachTypeAfterItsAggregateAndEvent() {
    for (Class<?> sealed : AGGREGATES.keySet()) {
      for (Class<?> event : sealed.getPermittedSubclasses()) {
        EventCodec.Encoded encoded = codec.encode(EventExamples.of(event));
        assertThat(encoded.type()).isEqualTo(AGGREGATES.get(sealed) + "." + event.getSimpleName());
        // Every type is at version 1 but the one 0.2 and the one 0.3 moved to version 2.
        assertThat(encoded.schemaVersion()).as(encoded.type())
            .isEqualTo(event == DeMinimisEvent.AidCancelled.class || event == PolicyEvent.VersionAdopted.class ? 2 : 1);
      }
    }
  }

  @Test
  void roundTripsEveryEventType() {
    for (Object event : EventExamples.oneOfEach()) {
      assertThat(roundTrip(event)).as(event.getClass().getName()).isEqualTo(event);
    }
  }

  @Test
  void roundTripsEmptyOptionalsAndTheOtherVariants() {
    RepaymentTerms noDisbursementDate = RepaymentTerms.builder()
        .principal(DkkAmount.ofKroner(1_000))
        .firstDueDate(LocalDate.of(2026, 1, 31))
        .frequency(Frequency.QUARTERLY)
        .plan(RepaymentPlan.byAmount(DkkAmount.ofOre(333)))
        .build();
    List<Object> variants = List.of(
        new LoanEvent.WrittenOff(Optional.empty(), LocalDate.of(2027, 1, 4), "Rest", "head-1"),
        new LoanEvent.Opened(noDisbursementDate, LocalDate.of(2025, 12, 1)),
        new CaseEvent.Referred(ProgrammeFixtures.participant("P-1", "Deltager",
            BenefitType.CASH_BENEFIT), "751", LocalDate.of(2026, 1, 5), "cw-1"),
        new CaseEvent.Approved(new Decision(Decision.Kind.APPROVAL, GrantExtent.FULL,
            Optional.of(DkkAmount.ofKroner(5_000)), Optional.empty(), Optional.empty(), Optional.empty(), "head-1",
            LocalDate.of(2026, 7, 3), LocalDate.of(2026, 1, 1)), noDisbursementDate, List.of()),
        new CaseEvent.OutcomeRecorded(6, SupportStatus.PARTLY, Optional.empty(), false,
            LocalDate.of(2027, 1, 1), "adv-2"),
        new CohortEvent.SessionScheduled("S-2", SessionKind.GUIDANCE, Optional.empty(),
            LocalDate.of(2026, 2, 18)),
        new LoanFundEvent.FundOpened("101", FundPeriod.between(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)),
            DkkAmount.ofKroner(10_000), false, LocalDate.of(2026, 2, 1)));
    for (Object event : variants) {
      assertThat(roundTrip(event)).isEqualTo(event);
    }
  }

  @Test
  void writesEveryRecordComponentAsAFieldAndNothingElse() throws Exception {
    for (Object event : EventExamples.oneOfEach()) {
      List<String> fields = new ArrayList<>();
      payload(event).fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(event.getClass().getName()).containsExactlyElementsOf(
          Arrays.stream(event.getClass().getRecordComponents()).map(c -> c.getName()).toList());
    }
    // Text has isBlank(), which is not data.
    assertThat(payload(EventExamples.of(CaseEvent.SeminarStarted.class)).get("warnings").get(0).properties())
        .extracting(Map.Entry::getKey).containsExactly("danish", "english");
  }

  @Test
  void refusesAnUnknownTypeNamingItAndTheVersion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> codec.decode("loan.PaymentLost", 1, "{\"paymentId\":\"P-secret\"}"))
        .withMessageContaining("loan.PaymentLost")
        .withMessageContaining("1")
        .withMessageNotContaining("P-secret");
  }

  @Test
  void refusesAnUnknownVersionNamingItAndTheTypeButNotThePayload() {
    String stored = codec.encode(EventExamples.of(LoanEvent.PaymentReceived.class)).json();
    for (int version : new int[] {0, 2, -1}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> codec.decode("loan.PaymentReceived", version, stored))
          .withMessageContaining("loan.PaymentReceived")
          .withMessageContaining("version " + version)
          .withMessageNotContaining("bank-77");
    }
  }

  @Test
  void refusesToEncodeWhatIsNotAnEvent() {
    assertThatIllegalArgumentException().isThrownBy(() -> codec.encode("a string"))
        .withMessageContaining("java.lang.String");
  }

  @Test
  void referralPayloadHoldsTheCprOnlyAsTheProtectorsToken() throws Exception {
    CaseEvent.Referred referred = EventExamples.of(CaseEvent.Referred.class);
    String stored = codec.encode(referred).json();

    assertThat(stored).doesNotContain("150390-4000", "1503904000");
    assertThat(stored.replaceAll("\\D", "")).doesNotContain("1503904000");
    assertThat(json.readTree(stored).get("participant").get("cpr").asText())
        .isEqualTo(protector.protect(EventExamples.CPR))
        .isEqualTo("test:0004-093051");
    assertThat(((CaseEvent.Referred) roundTrip(referred)).participant().cpr()).isEqualTo(EventExamples.CPR);
  }

  @Test
  void passesOnTheProtectorsRefusalToEncrypt() {
    IllegalStateException noKey = new IllegalStateException("No current key");
    JacksonEventCodec keyless = new JacksonEventCodec(new ReversingCprProtector() {
      @Override
      public String protect(Cpr cpr) {
        throw noKey;
      }
    });

    assertThatThrownBy(() -> keyless.encode(EventExamples.of(CaseEvent.Referred.class))).isSameAs(noKey);
  }

  @Test
  void refusesACprThatIsNotAToken() throws Exception {
    ObjectNode stored = payload(EventExamples.of(CaseEvent.Referred.class));
    ((ObjectNode) stored.get("participant")).put("cpr", "150390-4000");

    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.Referred", 1, stored.toString()))
        .withMessageContaining("participant.cpr")
        .withMessageNotContaining("150390");
  }

  @Test
  void writesAmountsAsCanonicalTextAndDecimalsAsExactStrings() throws Exception {
    DeMinimisEvent.AidGranted aid = new DeMinimisEvent.AidGranted(EventExamples.CASE, LocalDate.of(2026, 7, 3),
        DkkAmount.parse("DKK 999999999.99"), new BigDecimal("7.4600"), new BigDecimal("1E+3"),
        new BigDecimal("0.0000001"), new BigDecimal("123456789012345678901234567890.123456789012345678901"),
        "Regulation (EU) 2023/2831", "751");
    ObjectNode stored = payload(aid);

    assertThat(stored.get("gge").isTextual()).isTrue();
    assertThat(stored.get("gge").asText()).isEqualTo("DKK 999999999.99");
    assertThat(stored.get("eurDkkRate").asText()).isEqualTo("7.4600");
    assertThat(stored.get("ggeEur").asText()).isEqualTo("1E+3");
    assertThat(stored.get("referenceRate").asText()).isEqualTo("0.0000001");
    assertThat(stored.get("discountRate").isTextual()).isTrue();
    DeMinimisEvent.AidGranted decoded = (DeMinimisEvent.AidGranted) roundTrip(aid);
    assertThat(decoded).isEqualTo(aid);
    assertThat(decoded.eurDkkRate().scale()).isEqualTo(4);
    assertThat(decoded.ggeEur().scale()).isEqualTo(-3);
    assertThat(((CaseEvent.Disbursed) roundTrip(new CaseEvent.Disbursed(DkkAmount.ofOre(-5), List.of(),
        LocalDate.of(2026, 1, 1), "x"))).amount()).isEqualTo(DkkAmount.ofOre(-5));
  }

  @Test
  void refusesAmountsAndDecimalsWrittenAsJsonNumbers() throws Exception {
    ObjectNode payment = payload(EventExamples.of(LoanEvent.PaymentReceived.class));
    payment.put("amount", 1000.5);
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("loan.PaymentReceived", 1, payment.toString()))
        .withMessageContaining("at amount");

    ObjectNode aid = payload(EventExamples.of(DeMinimisEvent.AidGranted.class));
    aid.put("eurDkkRate", 7.46);
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("aid.AidGranted", 1, aid.toString()))
        .withMessageContaining("at eurDkkRate");
  }

  @Test
  void writesPlansAsCountOrAmountAndTermsAsAnObjectOfTheirFields() throws Exception {
    ObjectNode opened = payload(EventExamples.of(LoanEvent.Opened.class));
    assertThat(opened.get("terms").toString()).isEqualTo("{\"principal\":\"DKK 24000.00\",\"firstDueDate\":\"2026-06-01\","
        + "\"frequency\":\"MONTHLY\",\"plan\":{\"count\":24},\"roundingUnit\":\"WHOLE_KRONER\","
        + "\"disbursementDate\":\"2026-03-16\"}");
    assertThat(payload(EventExamples.of(LoanEvent.Rescheduled.class)).get("plan").toString())
        .isEqualTo("{\"amount\":\"DKK 1500.00\"}");
  }

  @Test
  void refusesAPlanWithBothOrNeitherField() throws Exception {
    for (String plan : List.of("{\"count\":3,\"amount\":\"DKK 1.00\"}", "{}", "{\"count\":0}", "{\"count\":\"3\"}")) {
      ObjectNode stored = payload(EventExamples.of(LoanEvent.Rescheduled.class));
      stored.set("plan", json.readTree(plan));
      assertThatIllegalArgumentException().as(plan)
          .isThrownBy(() -> codec.decode("loan.Rescheduled", 1, stored.toString()))
          .withMessageContaining("at plan");
    }
  }

  @Test
  void readsAnAbsentOrNullOptionalAsEmpty() throws Exception {
    LoanEvent.WrittenOff rest = new LoanEvent.WrittenOff(Optional.empty(), LocalDate.of(2027, 1, 4), "Rest", "h");
    ObjectNode stored = payload(rest);
    assertThat(stored.get("amount").isNull()).isTrue();
    stored.remove("amount");
    assertThat(codec.decode("loan.WrittenOff", 1, stored.toString())).isEqualTo(rest);
  }

  @Test
  void refusesAMissingOrNullRequiredField() throws Exception {
    for (String field : List.of("date", "periods")) {
      ObjectNode missing = payload(EventExamples.of(LoanEvent.Deferred.class));
      missing.remove(field);
      assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("loan.Deferred", 1, missing.toString()))
          .withMessageContaining("loan.Deferred v1")
          .withMessageContaining(field);
      ObjectNode nulled = payload(EventExamples.of(LoanEvent.Deferred.class));
      nulled.putNull(field);
      assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("loan.Deferred", 1, nulled.toString()))
          .withMessageContaining(field);
    }
    // ScreeningStarted's record does not check its fields itself: the codec must.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> codec.decode("case.ScreeningStarted", 1, "{\"date\":\"2026-01-07\"}"))
        .withMessageContaining("by");
  }

  @Test
  void refusesUnknownAndDuplicateFieldsAndTrailingContent() throws Exception {
    String note = codec.encode(EventExamples.of(CaseEvent.NoteAdded.class)).json();
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.NoteAdded", 1,
        note.replace("{", "{\"extra\":1,")));
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.NoteAdded", 1,
        note.replace("{", "{\"by\":\"someone\",")));
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.NoteAdded", 1, note + "{}"));
  }

  @Test
  void refusesEnumsByNumberAndUnknownNames() throws Exception {
    ObjectNode closed = payload(EventExamples.of(CaseEvent.Closed.class));
    closed.put("loanStatus", 3);
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.Closed", 1, closed.toString()))
        .withMessageContaining("loanStatus");
    closed.put("loanStatus", "PAID_BACK");
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.Closed", 1, closed.toString()))
        .withMessageContaining("loanStatus");
  }

  @Test
  void refusesWhatTheDomainRefusesNamingTheField() throws Exception {
    ObjectNode deferred = payload(EventExamples.of(LoanEvent.Deferred.class));
    deferred.put("periods", 0);
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("loan.Deferred", 1, deferred.toString()))
        .withMessageContaining("loan.Deferred v1");
    ObjectNode committed = payload(EventExamples.of(LoanFundEvent.Committed.class));
    committed.put("caseId", "no spaces allowed");
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("fund.Committed", 1, committed.toString()))
        .withMessageContaining("at caseId");
    ObjectNode adopted = payload(EventExamples.of(PolicyEvent.VersionAdopted.class));
    ((ObjectNode) adopted.get("policy")).put("loan.floor", "DKK 0.00");
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("policy.VersionAdopted", 2, adopted.toString()))
        .withMessageContaining("at policy")
        .withMessageContaining("loan.floor");
  }

  @Test
  void refusesMalformedJsonWithoutQuotingIt() {
    for (String broken : List.of("{\"text\": \"150390-4000", "{\"text\": \"150390-4000\",}", "150390-4000")) {
      assertThatIllegalArgumentException().as(broken)
          .isThrownBy(() -> codec.decode("case.NoteAdded", 1, broken))
          .withMessageContaining("case.NoteAdded v1: not well-formed JSON at line 1")
          .withMessageNotContaining("150390");
    }
  }

  @Test
  void namesTheFieldAtFaultWithoutQuotingItsValue() {
    String note = "{\"text\":1503904000,\"date\":\"2026-03-10\",\"by\":\"cw-1\"}";
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.NoteAdded", 1, note))
        .withMessage("Cannot decode case.NoteAdded v1 at text: missing, null or not of type String");
    String withdrawn = "{\"reason\":\"r\",\"from\":\"150390-4000\",\"date\":\"2026-01-30\",\"by\":\"cw-1\"}";
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.Withdrawn", 1, withdrawn))
        .withMessage("Cannot decode case.Withdrawn v1 at from: missing, null or not of type Stage");
    String disbursed = "{\"amount\":\"150390-4000\",\"warnings\":[],\"date\":\"2026-01-30\",\"by\":\"cw-1\"}";
    assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("case.Disbursed", 1, disbursed))
        .withMessage("Cannot decode case.Disbursed v1 at amount: unreadable DkkAmount");
  }

  @Test
  void writesThePolicyAsTheKeysOfItsPolicyFile() throws Exception {
    JsonNode policy = payload(EventExamples.of(PolicyEvent.VersionAdopted.class)).get("policy");
    assertThat(policy.get("municipality.code").asText()).isEqualTo("751");
    assertThat(policy.get("aid.base-rate.2026-01-01").asText()).isEqualTo("0.0231");
    assertThat(policy.get("loan.ceiling").asText()).isEqualTo("DKK 50000.00");
    List<String> keys = new ArrayList<>();
    policy.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isSorted();
  }

  @Test
  void upcastsAnOlderPayloadThroughEveryVersionInOrder() {
    UnaryOperator<ObjectNode> v1to2 = n -> n.put("steps", n.path("steps").asText() + "2");
    UnaryOperator<ObjectNode> v2to3 = n -> n.put("steps", n.path("steps").asText() + "3");
    EventType type = new EventType("loan.Example", LoanEvent.Deferred.class, 3, Map.of(1, v1to2, 2, v2to3));

    assertThat(type.upcast(1, json.createObjectNode()).get("steps").asText()).isEqualTo("23");
    assertThat(type.upcast(2, json.createObjectNode()).get("steps").asText()).isEqualTo("3");
    assertThat(type.upcast(3, json.createObjectNode()).has("steps")).isFalse();
    assertThat(Stream.of(0, 4).map(type::reads)).containsOnly(false);
  }

  @Test
  void refusesATypeWithoutAnUpcasterForEveryOlderVersion() {
    assertThatThrownBy(() -> new EventType("loan.Example", LoanEvent.Deferred.class, 3,
        Map.of(1, UnaryOperator.identity())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v2");
    assertThatThrownBy(() -> new EventTypes(List.of(EventType.v1("a.B", String.class), EventType.v1("a.B", Integer.class))))
        .hasMessageContaining("a.B");
  }

  @Test
  void decodesAnOlderVersionThroughItsUpcasterAndWritesTheCurrentOne() throws Exception {
    // As if version 1 of loan.Deferred had called the field "months" and version 2 renamed it.
    UnaryOperator<ObjectNode> renameMonths = n -> {
      n.set("periods", n.remove("months"));
      return n;
    };
    List<EventType> types = new ArrayList<>(EventTypes.ALL);
    types.replaceAll(t -> t.name().equals("loan.Deferred")
        ? new EventType("loan.Deferred", LoanEvent.Deferred.class, 2, Map.of(1, renameMonths)) : t);
    JacksonEventCodec evolved = new JacksonEventCodec(protector, new EventTypes(types));
    LoanEvent.Deferred deferred = EventExamples.of(LoanEvent.Deferred.class);
    String v1 = "{\"months\":2,\"date\":\"2026-07-01\",\"reason\":\"Illness\",\"decidedBy\":\"cw-1\"}";

    assertThat(evolved.decode("loan.Deferred", 1, v1)).isEqualTo(deferred);
    assertThat(evolved.encode(deferred).schemaVersion()).isEqualTo(2);
    assertThat(evolved.decode("loan.Deferred", 2, evolved.encode(deferred).json())).isEqualTo(deferred);
    assertThatIllegalArgumentException().isThrownBy(() -> evolved.decode("loan.Deferred", 1, "[]"))
        .withMessageContaining("not a JSON object");
  }

  @Test
  void anAidCancellationNamesItsAuthorityFromVersionTwoAndReadsVersionOneWithoutIt() throws Exception {
    DeMinimisEvent.AidCancelled now = new DeMinimisEvent.AidCancelled(dk.mikrolan.identity.CaseId.of("2026-0042"),
        java.time.LocalDate.of(2026, 7, 10), "withdrawn", java.util.Optional.of("101"));
    EventCodec.Encoded encoded = codec.encode(now);
    assertThat(encoded.type()).isEqualTo("aid.AidCancelled");
    assertThat(encoded.schemaVersion()).isEqualTo(2);
    assertThat(json.readTree(encoded.json()).get("grantingAuthority").asText()).isEqualTo("101");
    assertThat(roundTrip(now)).isEqualTo(now);
    Object v1 = codec.decode("aid.AidCancelled", 1,
        "{\"caseId\":\"2026-0042\",\"date\":\"2026-07-10\",\"reason\":\"withdrawn\"}");
    assertThat(v1).isEqualTo(new DeMinimisEvent.AidCancelled(dk.mikrolan.identity.CaseId.of("2026-0042"),
        java.time.LocalDate.of(2026, 7, 10), "withdrawn", java.util.Optional.empty()));
  }

  @Test
  void aPolicyVersionHoldsTheDelegationFromVersionTwoAndReadsVersionOneAsNoLimitAndNothingWithheld()
      throws Exception {
    PolicyEvent.VersionAdopted now = (PolicyEvent.VersionAdopted) EventExamples.oneOfEachAtVersionTwo().get(1);
    EventCodec.Encoded encoded = codec.encode(now);
    assertThat(encoded.schemaVersion()).isEqualTo(2);
    JsonNode policy = json.readTree(encoded.json()).get("policy");
    assertThat(policy.get("approval.second-decider-above").asText()).isEqualTo("DKK 25000.00");
    assertThat(policy.get("permissions.withheld.DECIDER").asText()).isEqualTo("WITHDRAW");
    assertThat(roundTrip(now)).isEqualTo(now);

    ObjectNode v1 = payload(EventExamples.of(PolicyEvent.VersionAdopted.class));
    ((ObjectNode) v1.get("policy")).remove("approval.second-decider-above");
    PolicyEvent.VersionAdopted read = (PolicyEvent.VersionAdopted) codec.decode("policy.VersionAdopted", 1,
        v1.toString());
    assertThat(read.policy().secondDeciderAbove()).isEmpty();
    assertThat(read.policy().withheld()).isEmpty();
    assertThat(read).isEqualTo(EventExamples.of(PolicyEvent.VersionAdopted.class));
    // A broken version-1 payload is still refused by the binding, not by the upcaster.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> codec.decode("policy.VersionAdopted", 1, "{\"adoptedBy\":\"x\",\"date\":\"2026-01-01\"}"))
        .withMessageContaining("policy.VersionAdopted v1");
  }

  @Test
  void aFirstApprovalRecordsTheWholeProposal() throws Exception {
    CaseEvent.FirstApprovalGiven first = EventExamples.of(CaseEvent.FirstApprovalGiven.class);
    ObjectNode stored = payload(first);
    assertThat(stored.get("eurDkkRate").asText()).isEqualTo("7.4600");
    assertThat(stored.get("formerUndertaking").asText()).isEqualTo("participant-751-P-1042");
    assertThat(stored.get("booking").get("fundPeriod").asText()).isEqualTo("2026");
    assertThat(roundTrip(first)).isEqualTo(first);
    stored.remove("formerUndertaking");
    assertThat(((CaseEvent.FirstApprovalGiven) codec.decode("case.FirstApprovalGiven", 1, stored.toString()))
        .formerUndertaking()).isEmpty();
  }

  @Test
  void aPolicyVersionIsDecodedOnceByItsStoredTextAndAnotherTextIsDecodedAfresh() {
    PolicyEvent.VersionAdopted first = new PolicyEvent.VersionAdopted(dk.mikrolan.policy.ProgrammePolicy.builder()
        .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1)).build(),
        "admin-1", LocalDate.of(2025, 12, 1));
    PolicyEvent.VersionAdopted second = new PolicyEvent.VersionAdopted(dk.mikrolan.policy.ProgrammePolicy.builder()
        .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 7, 1))
        .loanCeiling(DkkAmount.ofKroner(40_000)).build(), "admin-1", LocalDate.of(2026, 6, 1));
    EventCodec.Encoded a = codec.encode(first);
    EventCodec.Encoded b = codec.encode(second);
    Object decoded = codec.decode(a.type(), a.schemaVersion(), a.json());
    assertThat(decoded).isEqualTo(first);
    assertThat(codec.decode(a.type(), a.schemaVersion(), a.json())).isSameAs(decoded);
    assertThat(codec.decode(b.type(), b.schemaVersion(), b.json())).isEqualTo(second).isNotEqualTo(first);
    // Past the limit the memo starts afresh, and still answers right.
    for (int i = 0; i < JacksonEventCodec.MEMO_LIMIT + 1; i++) {
      PolicyEvent.VersionAdopted other = new PolicyEvent.VersionAdopted(dk.mikrolan.policy.ProgrammePolicy.builder()
          .municipalityCode("751").municipalityName("Aarhus Kommune").validFrom(LocalDate.of(2026, 1, 1).plusDays(i))
          .build(), "admin-" + i, LocalDate.of(2025, 12, 1));
      EventCodec.Encoded e = codec.encode(other);
      assertThat(codec.decode(e.type(), e.schemaVersion(), e.json())).isEqualTo(other);
    }
    assertThat(codec.decode(a.type(), a.schemaVersion(), a.json())).isEqualTo(first);
  }

  @Test
  void otherEventsAreDecodedAfreshEachTime() {
    LoanEvent.DisbursementClosed closed = new LoanEvent.DisbursementClosed(LocalDate.of(2026, 3, 2));
    EventCodec.Encoded e = codec.encode(closed);
    Object one = codec.decode(e.type(), e.schemaVersion(), e.json());
    assertThat(one).isEqualTo(closed);
    assertThat(codec.decode(e.type(), e.schemaVersion(), e.json())).isEqualTo(closed).isNotSameAs(one);
  }
}
