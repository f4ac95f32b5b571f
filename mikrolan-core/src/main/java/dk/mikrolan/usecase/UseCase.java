package dk.mikrolan.usecase;

import dk.mikrolan.rules.Refusal;
import io.vavr.control.Either;

/**
 * One use case: what it loads, and the pure decision it makes on what it loaded. Only the {@link
 * UseCaseShell} runs it, so every use case loads, decides and appends the same way.
 *
 * @param <S> what the use case loads (the aggregates, and the command)
 * @param <T> what a successful run returns
 */
public interface UseCase<S, T> {

  /**
   * Returns whether a conflict at append is decided again or reported to the caller.
   *
   * @return the conflict handling, never null
   */
  OnConflict onConflict();

  /**
   * Loads the aggregates the decision needs. All reading goes through the reader.
   *
   * @param reader the reader, not null
   * @return what was loaded, never null
   */
  S load(StreamReader reader);

  /**
   * Decides on what was loaded: the events for each stream, or a refusal with every reason from
   * every aggregate. Pure: no I/O, no clock.
   *
   * @param loaded what {@link #load} returned, not null
   * @return the decision, never null
   */
  Either<Refusal, Decided<T>> decide(S loaded);
}
