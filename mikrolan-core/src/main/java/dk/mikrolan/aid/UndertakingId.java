package dk.mikrolan.aid;

import dk.mikrolan.identity.Cpr;
import dk.mikrolan.identity.Cvr;
import dk.mikrolan.identity.ParticipantId;
import java.util.Objects;
import java.util.Optional;

/**
 * The undertaking (virksomhed) de minimis aid is granted to: a business by its CVR number, or,
 * before the business is registered, the participant who will run it (a sole trader and their
 * business are one undertaking). Each undertaking has its own de minimis record.
 *
 * <p>{@link #streamKey()} names the undertaking in stream ids, exports and logs. It never holds a
 * CPR number: a participant is keyed by the host's opaque {@link ParticipantId}, and an id that
 * has the shape of a CPR number is refused.
 */
public sealed interface UndertakingId {

  /**
   * Returns the key of the undertaking, {@code cvr-13748136} or {@code participant-751-P-0042}, which
   * {@link #parse(String)} accepts.
   *
   * @return the key, never null, never a CPR number
   */
  String streamKey();

  /**
   * Returns the CVR number, for a registered business.
   *
   * @return the CVR number, or empty before registration
   */
  Optional<Cvr> cvr();

  /**
   * Obtains the undertaking of a registered business.
   *
   * @param cvr the CVR number, not null
   * @return the undertaking, never null
   */
  static UndertakingId of(Cvr cvr) {
    return new ByCvr(cvr);
  }

  /**
   * Obtains the undertaking of a participant before registration. A participant id is the
   * municipality's own, so the municipality is part of the key: two municipalities' participants
   * with the same id are two undertakings.
   *
   * @param municipalityCode the municipality that knows the participant by this id, not null
   * @param participant the participant's opaque id, not null
   * @return the undertaking, never null
   * @throws IllegalArgumentException if the code is not three digits or the id has the shape of a
   *     CPR number
   */
  static UndertakingId of(String municipalityCode, ParticipantId participant) {
    return new ByParticipant(municipalityCode, participant);
  }

  /**
   * Obtains an undertaking from its key.
   *
   * @param key {@code cvr-} and eight digits, or {@code participant-}, a kommunekode, {@code -} and
   *     a participant id, not null
   * @return the undertaking, never null
   * @throws IllegalArgumentException if the key is of neither form (the message does not repeat it)
   */
  static UndertakingId parse(String key) {
    if (key.startsWith(ByCvr.PREFIX)) {
      return new ByCvr(Cvr.parse(key.substring(ByCvr.PREFIX.length())));
    } else if (key.startsWith(ByParticipant.PREFIX) && key.length() > ByParticipant.PREFIX.length() + 4
        && key.charAt(ByParticipant.PREFIX.length() + 3) == '-') {
      String rest = key.substring(ByParticipant.PREFIX.length());
      return new ByParticipant(rest.substring(0, 3), ParticipantId.of(rest.substring(4)));
    }
    throw new IllegalArgumentException("An undertaking key starts with cvr- or participant-");
  }

  /**
   * A registered business.
   *
   * @param number its CVR number
   */
  record ByCvr(Cvr number) implements UndertakingId {
    static final String PREFIX = "cvr-";

    /** Checks the CVR number is present. */
    public ByCvr {
      Objects.requireNonNull(number, "number");
    }

    @Override
    public String streamKey() {
      return PREFIX + number;
    }

    @Override
    public Optional<Cvr> cvr() {
      return Optional.of(number);
    }

    /** Returns the key. */
    @Override
    public String toString() {
      return streamKey();
    }
  }

  /**
   * A participant whose business is not yet registered.
   *
   * @param municipalityCode the municipality whose participant id it is (kommunekode)
   * @param participant the participant's opaque id
   */
  record ByParticipant(String municipalityCode, ParticipantId participant) implements UndertakingId {
    static final String PREFIX = "participant-";

    /**
     * Checks the id holds nothing shaped like a CPR number (a day and month, then six digits).
     *
     * @throws IllegalArgumentException if it does; the message does not repeat the id
     */
    public ByParticipant {
      dk.mikrolan.identity.MunicipalityCode.require(Objects.requireNonNull(municipalityCode, "municipalityCode"));
      Objects.requireNonNull(participant, "participant");
      if (Cpr.mayAppearIn(participant.value())) {
        throw new IllegalArgumentException("A participant id used as an undertaking key must not hold a CPR number");
      }
    }

    @Override
    public String streamKey() {
      return PREFIX + municipalityCode + "-" + participant;
    }

    @Override
    public Optional<Cvr> cvr() {
      return Optional.empty();
    }

    /** Returns the key. */
    @Override
    public String toString() {
      return streamKey();
    }
  }
}
