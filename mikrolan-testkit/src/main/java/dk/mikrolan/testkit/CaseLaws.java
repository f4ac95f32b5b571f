package dk.mikrolan.testkit;

import dk.mikrolan.programme.CaseEvent;
import dk.mikrolan.programme.Decision;
import dk.mikrolan.programme.GrantExtent;
import dk.mikrolan.programme.ParticipantCase;
import dk.mikrolan.programme.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold for every participant case after every step, as plain Java: each method returns
 * the broken laws, described for a person.
 */
public final class CaseLaws {

  private static final Map<Stage, Set<Stage>> NEXT = new EnumMap<>(Stage.class);

  static {
    NEXT.put(Stage.REFERRED, EnumSet.of(Stage.SCREENING));
    NEXT.put(Stage.SCREENING, EnumSet.of(Stage.CAFE_MEETINGS));
    NEXT.put(Stage.CAFE_MEETINGS, EnumSet.of(Stage.COMPETENCE_DEVELOPMENT));
    NEXT.put(Stage.COMPETENCE_DEVELOPMENT, EnumSet.of(Stage.FINAL_SEMINAR));
    NEXT.put(Stage.FINAL_SEMINAR, EnumSet.of(Stage.APPROVED));
    NEXT.put(Stage.APPROVED, EnumSet.of(Stage.DISBURSED));
    NEXT.put(Stage.DISBURSED, EnumSet.of(Stage.REPAYING, Stage.CLOSED));
    NEXT.put(Stage.REPAYING, EnumSet.of(Stage.CLOSED));
    NEXT.put(Stage.CLOSED, EnumSet.of(Stage.REPAYING)); // reopened: a reversal after full repayment
    for (Stage s : Stage.values()) {
      if (s.isBeforePayout()) {
        NEXT.get(s).addAll(EnumSet.of(Stage.REJECTED, Stage.WITHDRAWN));
      }
      NEXT.putIfAbsent(s, EnumSet.noneOf(Stage.class));
    }
  }

  private CaseLaws() {}

  /**
   * Returns whether the stage machine allows a step from one stage to another (staying put is
   * always allowed).
   *
   * @param from the stage before, not null
   * @param to the stage after, not null
   * @return true if allowed
   */
  public static boolean allows(Stage from, Stage to) {
    return from == to || NEXT.get(from).contains(to);
  }

  /**
   * Checks a step: the case before and after accepted events.
   *
   * @param before the case before, not null
   * @param after the case after, not null
   * @return the broken laws, empty when all hold, never null
   */
  public static List<String> violations(ParticipantCase before, ParticipantCase after) {
    List<String> broken = new ArrayList<>();
    if (before.isReferred() && !allows(before.stage(), after.stage())) {
      broken.add("illegal transition " + before.stage() + " → " + after.stage());
    }
    if (after.disbursed().isPositive() && after.approval().isEmpty()) {
      broken.add("paid out " + after.disbursed() + " without approval");
    }
    if (after.approvedTerms().isPresent() && after.disbursed().isGreaterThan(after.approvedTerms().get().principal())) {
      broken.add("paid out more than granted");
    }
    after.approval().ifPresent(a -> {
      if (after.recommendation().isEmpty() || after.recommendation().get().by().equals(a.decision().decidedBy())) {
        broken.add("four-eyes broken: approved by the recommending advisor or without recommendation");
      }
      checkDecision(a.decision(), broken);
    });
    after.rejection().ifPresent(d -> checkDecision(d, broken));
    if (!ParticipantCase.replay(after.events()).equals(after)
        || ParticipantCase.replay(after.events()).stage() != after.stage()) {
      broken.add("replaying the events gives another state");
    }
    return broken;
  }

  private static void checkDecision(Decision d, List<String> broken) {
    boolean needsReasons = d.extent() != GrantExtent.FULL;
    if (needsReasons && (d.justification().isEmpty() || d.complaintGuidance().isEmpty())) {
      broken.add("decision not fully granting lacks justification or complaint guidance");
    }
  }

  /**
   * Returns the number of events of a kind in a case, for coverage checks of generators.
   *
   * @param c the case, not null
   * @param type the event type, not null
   * @return the count
   */
  public static long count(ParticipantCase c, Class<? extends CaseEvent> type) {
    return c.events().stream().filter(type::isInstance).count();
  }
}
