package dk.mikrolan.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact in a decision letter's stream, the outbox: the letter is issued in the same append as
 * the decision that causes it, and its delivery to the host's {@link LetterPort} is recorded
 * after it. A letter issued and not yet delivered is waiting in the outbox.
 */
public sealed interface LetterEvent {

  /**
   * Returns the date of the event.
   *
   * @return the date, never null
   */
  LocalDate date();

  /**
   * The letter was issued with its decision.
   *
   * @param municipalityCode the case's municipality (kommunekode)
   * @param letter the letter
   */
  record Issued(String municipalityCode, DecisionLetter letter) implements LetterEvent {
    /** Checks the event. */
    public Issued {
      Objects.requireNonNull(municipalityCode, "municipalityCode");
      Objects.requireNonNull(letter, "letter");
    }

    @Override
    public LocalDate date() {
      return letter.date();
    }
  }

  /**
   * The letter was handed to the host's letter port, which accepted it.
   *
   * @param date the date of delivery
   * @param by who delivered it (the dispatcher's system actor)
   */
  record Delivered(LocalDate date, String by) implements LetterEvent {
    /** Checks the event. */
    public Delivered {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }
  }
}
