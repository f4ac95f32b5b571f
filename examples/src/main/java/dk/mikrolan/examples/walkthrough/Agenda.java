package dk.mikrolan.examples.walkthrough;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Steps planned for days ahead, run in date order (steps of one day in the order they were
 * planned), the clock moved to each step's day first. A step planned after the clock's last day is
 * not run: the walkthrough ends before it.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class Agenda {

  private record Step(LocalDate on, int order, Runnable step) {}

  private final WalkthroughClock clock;
  private final List<Step> steps = new ArrayList<>();

  /**
   * Starts an empty agenda.
   *
   * @param clock the clock the steps move, not null
   */
  Agenda(WalkthroughClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Plans a step.
   *
   * @param on the day, not before the clock's today when the agenda runs, not null
   * @param step the step, not null
   */
  void on(LocalDate on, Runnable step) {
    steps.add(new Step(Objects.requireNonNull(on, "on"), steps.size(), Objects.requireNonNull(step, "step")));
  }

  /**
   * Runs the steps up to the clock's last day and forgets them all.
   *
   * @return how many steps fell after the last day and were not run
   */
  int run() {
    List<Step> due = new ArrayList<>(steps);
    steps.clear();
    due.sort(Comparator.comparing(Step::on).thenComparingInt(Step::order));
    int after = 0;
    for (Step s : due) {
      if (s.on().isAfter(clock.last())) {
        after++;
        continue;
      }
      clock.moveTo(s.on());
      s.step().run();
    }
    return after;
  }
}
