package dk.mikrolan.disclosure;

import dk.mikrolan.aid.DeMinimisEvent;
import dk.mikrolan.cohort.CohortEvent;
import dk.mikrolan.identity.CaseId;
import dk.mikrolan.identity.CaseRef;
import dk.mikrolan.identity.Cpr;
import dk.mikrolan.loan.LoanEvent;
import dk.mikrolan.port.CprAccess;
import dk.mikrolan.port.StreamId;
import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.LetterEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the items of a review package for a request for access (aktindsigt, forvaltningsloven §
 * 9, stk. 2: every document of the case; GDPR art. 15): the case's events, its decisions with their
 * justification, its loan account, its cohort's records, its de minimis aid records, its decision
 * letters and their delivery, and the access log of the participant's CPR number — each in full
 * (another person's CPR number masked), and marked where it may be exempt:
 *
 * <ul>
 *   <li>{@link ExemptionGround#INTERNAL_WORKING_NOTE} on every note the case's staff added
 *       ({@code NoteAdded}): written for the authority itself;
 *   <li>{@link ExemptionGround#OTHER_PARTICIPANT} on every cohort record about another member, and
 *       in any field where another member's name (as referred, matched whole, whatever the case of
 *       its letters, or in the genitive: {@code Bentes}) is written;
 *   <li>{@link ExemptionGround#OTHER_IDENTITY} in any field holding a CPR number that is not the
 *       participant's own ({@link Cpr#othersIn}); the field shows it masked.
 * </ul>
 *
 * <p>A name that is also the participant's own is not marked: it cannot be told apart. Nothing is
 * removed: the caseworker decides on every mark (and gives the rest of a document, § 15 c).
 *
 * <p>Instances are not thread-safe; {@link #build()} may be called once or more.
 */
public final class ReviewPackage {

  /** The zone the day of a CPR reading is told in: the municipalities' own. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private final CaseRef ref;
  private final Cpr cpr;
  private final List<Pattern> otherNames = new ArrayList<>();
  private final List<ReviewItem> items = new ArrayList<>();

  private ReviewPackage(CaseRef ref, Cpr cpr, String name, Map<CaseId, String> otherMembers) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.cpr = Objects.requireNonNull(cpr, "cpr");
    Objects.requireNonNull(name, "name");
    otherMembers.forEach((id, other) -> {
      String wanted = other.strip().replaceAll("\\s+", " ");
      if (!id.equals(ref.caseId()) && !wanted.isEmpty() && !wanted.equalsIgnoreCase(name.strip().replaceAll("\\s+", " "))) {
        otherNames.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted).replace(" ", "\\E\\s+\\Q")
            + "(?:s|'s|')?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    });
  }

  /**
   * Starts a package.
   *
   * @param ref the case, not null
   * @param cpr the participant's CPR number, not null
   * @param name the participant's name as referred, not null
   * @param otherMembers the names of the other members of the case's cohort, by their case, not null
   * @return the builder, never null
   */
  public static ReviewPackage of(CaseRef ref, Cpr cpr, String name, Map<CaseId, String> otherMembers) {
    return new ReviewPackage(ref, cpr, name, otherMembers);
  }

  /**
   * Adds the case's events; approvals and rejections become decisions.
   *
   * @param stream the case's stream, not null
   * @param events its events, in order, not null
   * @return this builder
   */
  public ReviewPackage caseEvents(StreamId stream, List<CaseEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      CaseEvent e = events.get(i);
      boolean decision = e instanceof CaseEvent.Approved || e instanceof CaseEvent.Rejected
          || e instanceof CaseEvent.FirstApprovalGiven;
      List<ReviewMark> marks = new ArrayList<>();
      if (e instanceof CaseEvent.NoteAdded) {
        marks.add(ReviewMark.whole(ExemptionGround.INTERNAL_WORKING_NOTE));
      }
      add(decision ? ReviewItem.Kind.DECISION : ReviewItem.Kind.CASE_EVENT, stream + "#" + (i + 1), e,
          Optional.of(e.date()), Optional.of(e.by()), marks);
    }
    return this;
  }

  /**
   * Adds the events of the case's loan account.
   *
   * @param stream the loan's stream, not null
   * @param events its events, in order, not null
   * @return this builder
   */
  public ReviewPackage loanEvents(StreamId stream, List<LoanEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      LoanEvent e = events.get(i);
      add(ReviewItem.Kind.LOAN_EVENT, stream + "#" + (i + 1), e, Optional.of(e.date()), by(e), new ArrayList<>());
    }
    return this;
  }

  /**
   * Adds the records of the case's cohort; those about another member are marked whole.
   *
   * @param stream the cohort's stream, not null
   * @param events its events, in order, not null
   * @return this builder
   */
  public ReviewPackage cohortEvents(StreamId stream, List<CohortEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      CohortEvent e = events.get(i);
      List<ReviewMark> marks = new ArrayList<>();
      aboutCase(e).filter(id -> !id.equals(ref.caseId()))
          .ifPresent(other -> marks.add(ReviewMark.whole(ExemptionGround.OTHER_PARTICIPANT)));
      add(ReviewItem.Kind.COHORT_RECORD, stream + "#" + (i + 1), e, Optional.of(e.date()), Optional.empty(), marks);
    }
    return this;
  }

  /**
   * Adds the de minimis records of this case from its undertaking's stream; the undertaking's
   * other grants belong to other cases and are left out.
   *
   * @param stream the undertaking's stream, not null
   * @param events its events, in order, not null
   * @return this builder
   */
  public ReviewPackage aidEvents(StreamId stream, List<DeMinimisEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      DeMinimisEvent e = events.get(i);
      boolean ours = e instanceof DeMinimisEvent.AidGranted g ? isOurGrant(g)
          : e instanceof DeMinimisEvent.AidCancelled c && c.caseId().equals(ref.caseId())
              && c.grantingAuthority().map(ref.municipalityCode()::equals)
                  // written before cancellations named the authority: ours when this case's grant came before it
                  .orElse(events.subList(0, i).stream().anyMatch(
                      before -> before instanceof DeMinimisEvent.AidGranted g && isOurGrant(g)));
      if (ours) {
        add(ReviewItem.Kind.AID_RECORD, stream + "#" + (i + 1), e, Optional.of(e.date()), Optional.empty(),
            new ArrayList<>());
      }
    }
    return this;
  }

  /**
   * Adds a decision letter's stream: the letter as sent, and its delivery.
   *
   * @param stream the letter's stream, not null
   * @param events its events, in order, not null
   * @return this builder
   */
  public ReviewPackage letterEvents(StreamId stream, List<LetterEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      LetterEvent e = events.get(i);
      if (e instanceof LetterEvent.Issued issued) {
        add(ReviewItem.Kind.LETTER, stream + "#" + (i + 1), issued.letter(), Optional.of(issued.letter().date()),
            Optional.empty(), new ArrayList<>());
      } else if (e instanceof LetterEvent.Delivered delivered) {
        add(ReviewItem.Kind.LETTER, stream + "#" + (i + 1), delivered, Optional.of(delivered.date()),
            Optional.of(delivered.by()), new ArrayList<>());
      }
    }
    return this;
  }

  /**
   * Adds the readings of the participant's CPR number from the access log.
   *
   * @param readings the readings, oldest first, not null
   * @return this builder
   */
  public ReviewPackage cprReadings(List<CprAccess> readings) {
    for (CprAccess r : readings) {
      add(ReviewItem.Kind.CPR_READING, "cpr-access-log", r, Optional.of(LocalDate.ofInstant(r.accessedAt(), ZONE)),
          Optional.of(r.actor()), new ArrayList<>());
    }
    return this;
  }

  /**
   * Returns the items added so far, numbered in the order they were added.
   *
   * @return the items, never null
   */
  public List<ReviewItem> build() {
    return List.copyOf(items);
  }

  private void add(ReviewItem.Kind kind, String source, Object record, Optional<LocalDate> date,
      Optional<String> by, List<ReviewMark> marks) {
    List<ReviewField> fields = new ArrayList<>();
    for (ReviewField f : RecordFields.of(record)) {
      for (Pattern other : otherNames) {
        Matcher m = other.matcher(f.value());
        while (m.find()) {
          marks.add(ReviewMark.in(ExemptionGround.OTHER_PARTICIPANT, f.name(), m.group()));
        }
      }
      for (String masked : Cpr.othersIn(f.value(), cpr)) {
        marks.add(ReviewMark.in(ExemptionGround.OTHER_IDENTITY, f.name(), masked));
      }
      // Another person's number is shown masked, as the mark names it; the participant's own as written.
      fields.add(new ReviewField(f.name(), Cpr.maskIn(f.value(), cpr)));
    }
    String type = record.getClass().isRecord() ? record.getClass().getSimpleName()
        : record.getClass().getSimpleName().replaceFirst("^Immutable", "");
    items.add(new ReviewItem(items.size() + 1, kind, source, type, date, by, fields, marks));
  }

  private boolean isOurGrant(DeMinimisEvent.AidGranted g) {
    return g.caseId().equals(ref.caseId()) && g.grantingAuthority().equals(ref.municipalityCode());
  }

  private static Optional<String> by(LoanEvent e) {
    if (e instanceof LoanEvent.Deferred d) {
      return Optional.of(d.decidedBy());
    } else if (e instanceof LoanEvent.Rescheduled r) {
      return Optional.of(r.decidedBy());
    } else if (e instanceof LoanEvent.WrittenOff w) {
      return Optional.of(w.decidedBy());
    }
    return Optional.empty();
  }

  private static Optional<CaseId> aboutCase(CohortEvent e) {
    if (e instanceof CohortEvent.ParticipantEnrolled p) {
      return Optional.of(p.caseId());
    } else if (e instanceof CohortEvent.ParticipantLeft p) {
      return Optional.of(p.caseId());
    } else if (e instanceof CohortEvent.AttendanceRecorded a) {
      return Optional.of(a.caseId());
    }
    return Optional.empty();
  }

  /** Names the case and counts the items; nothing personal. */
  @Override
  public String toString() {
    return "ReviewPackage[" + ref + ", " + items.size() + " items]";
  }
}
