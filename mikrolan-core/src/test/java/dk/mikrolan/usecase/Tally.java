package dk.mikrolan.usecase;

import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.rules.Violation;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;

/**
 * A tiny aggregate for the shell's tests, so that they test the shell and not the programme's
 * rules: a tally of units in a stream {@code tally/<id>}. Adding units is a fact (decided again on
 * a conflict); taking and moving units are decisions, refused when the tally holds too few.
 */
final class Tally {

  /** A fact in a tally's stream. */
  sealed interface Event permits Added, Taken {}

  /**
   * Units were added.
   *
   * @param units how many
   */
  record Added(int units) implements Event {}

  /**
   * Units were taken.
   *
   * @param units how many
   */
  record Taken(int units) implements Event {}

  private Tally() {}

  static StreamId stream(String id) {
    return StreamId.of("tally", id);
  }

  static int total(List<Event> events) {
    int total = 0;
    for (Event e : events) {
      total += e instanceof Added a ? a.units() : -((Taken) e).units();
    }
    return total;
  }

  /** Adds units; returns the tally's total after. A fact: decided again on a conflict. */
  static UseCase<List<Event>, Integer> add(String id, int units) {
    return new UseCase<>() {
      @Override
      public OnConflict onConflict() {
        return OnConflict.DECIDE_AGAIN;
      }

      @Override
      public List<Event> load(StreamReader reader) {
        return reader.read(stream(id), Event.class);
      }

      @Override
      public Either<Refusal, Decided<Integer>> decide(List<Event> events) {
        if (units <= 0) {
          return Either.left(refusal("NOT_POSITIVE", units));
        }
        return Either.right(Decided.of(total(events) + units).write(stream(id), List.of(new Added(units))));
      }
    };
  }

  /** Takes units; returns the tally's total after. A decision: a conflict is reported. */
  static UseCase<List<Event>, Integer> take(String id, int units) {
    return new UseCase<>() {
      @Override
      public OnConflict onConflict() {
        return OnConflict.REPORT;
      }

      @Override
      public List<Event> load(StreamReader reader) {
        return reader.read(stream(id), Event.class);
      }

      @Override
      public Either<Refusal, Decided<Integer>> decide(List<Event> events) {
        int total = total(events);
        if (total < units) {
          return Either.left(refusal("TOO_FEW", total));
        }
        return Either.right(Decided.of(total - units).write(stream(id), List.of(new Taken(units))));
      }
    };
  }

  /** Moves units from one tally to another in one append; returns the source's total after. */
  static UseCase<List<List<Event>>, Integer> move(String from, String to, int units) {
    return new UseCase<>() {
      @Override
      public OnConflict onConflict() {
        return OnConflict.REPORT;
      }

      @Override
      public List<List<Event>> load(StreamReader reader) {
        return List.of(reader.read(stream(from), Event.class), reader.read(stream(to), Event.class));
      }

      @Override
      public Either<Refusal, Decided<Integer>> decide(List<List<Event>> loaded) {
        int total = total(loaded.get(0));
        if (total < units) {
          return Either.left(refusal("TOO_FEW", total));
        }
        return Either.right(Decided.of(total - units)
            .write(stream(to), List.of(new Added(units)))
            .write(stream(from), List.of(new Taken(units))));
      }
    };
  }

  private static Refusal refusal(String code, int value) {
    return new Refusal("TALLY", Vector.of(Violation.of(code, "units", "Ugyldigt: " + value, "Invalid: " + value)));
  }
}
