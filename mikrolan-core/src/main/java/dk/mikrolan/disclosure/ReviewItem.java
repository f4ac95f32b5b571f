package dk.mikrolan.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a review package: an event of the case, its loan or its cohort, a decision, a letter
 * or a reading of the participant's CPR number, with its fields as text and the marks on it.
 *
 * @param number the item's number in the package, from 1, in the order the package lists them
 * @param kind what the item is
 * @param source where it is kept: the stream and version ({@code case/751:2026-0042#3}) or the
 *     access log
 * @param type the event's or record's type, such as {@code NoteAdded}
 * @param date the day it concerns, where it has one
 * @param by who recorded or decided it, where it names them
 * @param fields its content as text, in a stable order
 * @param marks what in it may be exempt; empty when nothing is marked
 */
public record ReviewItem(int number, Kind kind, String source, String type, Optional<LocalDate> date,
    Optional<String> by, List<ReviewField> fields, List<ReviewMark> marks) {

  /** What an item is. */
  public enum Kind {
    /** An event of the case. */
    CASE_EVENT,
    /** A decision: an approval, a first approval awaiting the second decider, a rejection. */
    DECISION,
    /** An event of the case's loan account. */
    LOAN_EVENT,
    /** A record of the cohort the participant is or was enrolled in. */
    COHORT_RECORD,
    /** A de minimis aid record of the case. */
    AID_RECORD,
    /** A decision letter, as sent. */
    LETTER,
    /** A reading of the participant's full CPR number, from the access log. */
    CPR_READING
  }

  /** Checks the parts and copies the lists. */
  public ReviewItem {
    if (number < 1) {
      throw new IllegalArgumentException("An item's number is 1 or more: " + number);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(by, "by");
    fields = List.copyOf(fields);
    marks = List.copyOf(marks);
  }

  /**
   * Returns whether anything in the item is marked.
   *
   * @return whether the item has a mark
   */
  public boolean isMarked() {
    return !marks.isEmpty();
  }

  /** Names the item and counts its marks; no field value, which may be personal. */
  @Override
  public String toString() {
    return "ReviewItem[" + number + " " + kind + " " + type + " " + source + ", " + marks.size() + " marks]";
  }
}
