package dk.mikrolan.cohort;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one participant has attended in a cohort, as the case's guards need it.
 *
 * @param coursesAttended the course topics attended (such as {@code ACCOUNTING})
 * @param guidanceSessionsAttended guidance and coaching sessions attended
 * @param seminarDaysAttended final-seminar days attended
 * @param seminarDaysHeld final-seminar days held so far
 * @param seminarEnded the last seminar day, once it has been held
 */
public record AttendanceSummary(
    Set<String> coursesAttended,
    int guidanceSessionsAttended,
    int seminarDaysAttended,
    int seminarDaysHeld,
    Optional<LocalDate> seminarEnded) {

  /** Nothing attended. */
  public static final AttendanceSummary NONE = new AttendanceSummary(Set.of(), 0, 0, 0, Optional.empty());

  /** Checks the summary. */
  public AttendanceSummary {
    coursesAttended = Set.copyOf(coursesAttended);
    Objects.requireNonNull(seminarEnded, "seminarEnded");
    if (guidanceSessionsAttended < 0 || seminarDaysAttended < 0 || seminarDaysAttended > seminarDaysHeld) {
      throw new IllegalArgumentException("Inconsistent attendance");
    }
  }
}
