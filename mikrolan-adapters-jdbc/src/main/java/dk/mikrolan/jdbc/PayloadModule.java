package dk.mikrolan.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dk.mikrolan.cohort.CohortId;
import dk.mikrolan.aid.UndertakingId;
import dk.mikrolan.fund.FundPeriod;
import dk.mikrolan.identity.AdvisorId;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import dk.mikrolan.money.DkkAmount;
import dk.mikrolan.policy.ProgrammePolicy;
import dk.mikrolan.programme.Participant;
import dk.mikrolan.schedule.RepaymentPlan;
import dk.mikrolan.schedule.RepaymentTerms;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The Jackson module of the payload format, kept here so that core carries no Jackson
 * annotations. Records are bound by their components through their canonical constructors; this
 * module gives the other types their form:
 *
 * <ul>
 *   <li>as a JSON string: {@link DkkAmount} (canonical {@code DKK 1234.50}), {@link LocalDate}
 *       ({@code YYYY-MM-DD}), {@link BigDecimal} (exact: the plain digits, or the scientific form
 *       for a negative scale, never a JSON number that a reader could take as a double), the ids,
 *       {@link Cvr}, {@link FundPeriod}, {@link UndertakingId} ({@code cvr-13748136}) — and {@link Cpr}, only as the {@link CprProtector}'s token;
 *   <li>as an object: {@link RepaymentPlan} ({@code {"count": 12}} or {@code {"amount": "DKK
 *       200.00"}}), and the Immutables types {@link RepaymentTerms}, {@link Participant} and
 *       {@link ProgrammePolicy} through the forms in {@link PayloadForms}.
 * </ul>
 *
 * <p>Readers accept a string only where a string is written: a JSON number is never read as an
 * amount, a date or a decimal.
 */
final class PayloadModule {

  private PayloadModule() {}

  /**
   * Builds the module.
   *
   * @param protector what turns a CPR number into a token and back, not null
   * @return the module, never null
   */
  static SimpleModule create(CprProtector protector) {
    SimpleModule module = new SimpleModule("mikrolan-payload");
    text(module, DkkAmount.class, DkkAmount::toString, DkkAmount::parse);
    text(module, LocalDate.class, LocalDate::toString, LocalDate::parse);
    text(module, BigDecimal.class, PayloadModule::exact, BigDecimal::new);
    text(module, CaseId.class, CaseId::value, CaseId::of);
    text(module, ParticipantId.class, ParticipantId::value, ParticipantId::of);
    text(module, AdvisorId.class, AdvisorId::value, AdvisorId::of);
    text(module, CohortId.class, CohortId::value, CohortId::of);
    text(module, Cvr.class, Cvr::toString, Cvr::parse);
    text(module, FundPeriod.class, FundPeriod::toString, FundPeriod::parse);
    text(module, UndertakingId.class, UndertakingId::streamKey, UndertakingId::parse);
    // The plain number never reaches the payload: only the protector's encrypted token does.
    text(module, Cpr.class, protector::protect, protector::reveal);

    module.addSerializer(RepaymentPlan.class, new PlanSerializer());
    form(module, RepaymentPlan.class, PayloadForms.Plan.class, PayloadForms.Plan::plan);
    form(module, RepaymentTerms.class, PayloadForms.Terms.class, PayloadForms.Terms::of, PayloadForms.Terms::terms);
    form(module, Participant.class, PayloadForms.Person.class, PayloadForms.Person::of, PayloadForms.Person::participant);
    form(module, ProgrammePolicy.class, PayloadForms.Policy.TYPE, PayloadForms.Policy::of, PayloadForms.Policy::policy);
    return module;
  }

  /**
   * Returns a decimal's exact text: {@link BigDecimal#toPlainString()} keeps the scale for a scale
   * of zero or more ({@code 134.050} stays {@code 134.050}); a negative scale has no plain form that
   * keeps it, so {@code 1E+3} stays {@code 1E+3}.
   */
  private static String exact(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  private static <T> void text(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
    module.addSerializer(type, new TextSerializer<>(write));
    module.addDeserializer(type, new TextDeserializer<>(type, read));
  }

  private static <T, F> void form(SimpleModule module, Class<T> type, Class<F> form, Function<T, F> write,
      Function<F, T> read) {
    module.addSerializer(type, new FormSerializer<>(write));
    module.addDeserializer(type, new FormDeserializer<>(type, TypeFactory.defaultInstance().constructType(form), read));
  }

  private static <T, F> void form(SimpleModule module, Class<T> type, Class<F> form, Function<F, T> read) {
    module.addDeserializer(type, new FormDeserializer<>(type, TypeFactory.defaultInstance().constructType(form), read));
  }

  private static <T, F> void form(SimpleModule module, Class<T> type, JavaType form, Function<T, F> write,
      Function<F, T> read) {
    module.addSerializer(type, new FormSerializer<>(write));
    module.addDeserializer(type, new FormDeserializer<>(type, form, read));
  }

  /**
   * A payload refused by this module's readers, with a message that names the problem and never
   * quotes the payload.
   */
  static final class Refusal extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    Refusal(JsonParser p, String message) {
      super(p, message);
    }
  }

  /** Writes a value as its text. */
  private static final class TextSerializer<T> extends JsonSerializer<T> {
    private final Function<T, String> write;

    TextSerializer(Function<T, String> write) {
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(write.apply(value));
    }
  }

  /** Reads a value from a JSON string, and from nothing else. */
  private static final class TextDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> read;

    TextDeserializer(Class<T> type, Function<String, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new Refusal(p, "not a " + type.getSimpleName() + ", which is written as a JSON string");
      }
      try {
        return read.apply(p.getText());
      } catch (RuntimeException e) {
        // Not the parser's message: it may quote the text, which could be anything (a CPR number).
        throw new Refusal(p, "unreadable " + type.getSimpleName());
      }
    }
  }

  /** Writes a value as its form. */
  private static final class FormSerializer<T, F> extends JsonSerializer<T> {
    private final Function<T, F> write;

    FormSerializer(Function<T, F> write) {
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      serializers.defaultSerializeValue(write.apply(value), gen);
    }
  }

  /** Reads a value's form, then builds the value from it. */
  private static final class FormDeserializer<T, F> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final JavaType form;
    private final Function<F, T> read;

    FormDeserializer(Class<T> type, JavaType form, Function<F, T> read) {
      this.type = type;
      this.form = form;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      F value = ctxt.readValue(p, form);
      try {
        return read.apply(value);
      } catch (RuntimeException e) {
        // Core's messages never carry personal data (STYLE rule 6).
        throw new Refusal(p, "refused by " + type.getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /** Writes {@code {"count": 12}} or {@code {"amount": "DKK 200.00"}}. */
  private static final class PlanSerializer extends JsonSerializer<RepaymentPlan> {
    @Override
    public void serialize(RepaymentPlan plan, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      if (plan instanceof RepaymentPlan.ByCount byCount) {
        gen.writeNumberField("count", byCount.count());
      } else if (plan instanceof RepaymentPlan.ByAmount byAmount) {
        gen.writeStringField("amount", byAmount.amount().toString());
      }
      gen.writeEndObject();
    }
  }
}
