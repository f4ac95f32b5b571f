package dk.mikrolan.examples.walkthrough;

import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.UseCaseResult;
import io.vavr.control.Either;

/**
 * Every step of the walkthrough must succeed: an answer other than done stops it with an
 * exception that names the step and what the entry point said.
 */
final class Checked {

  private Checked() {}

  /**
   * Returns what a step did.
   *
   * @param step the step, as a person would name it, not null
   * @param result the entry point's answer, not null
   * @param <T> what the step returns
   * @return the value of a done step, never null
   * @throws IllegalStateException if the step was refused, conflicted or answered from an earlier request
   */
  static <T> T done(String step, UseCaseResult<T> result) {
    if (result instanceof UseCaseResult.Done<T> done) {
      return done.value();
    } else if (result instanceof UseCaseResult.Refused<T> refused) {
      throw new IllegalStateException(step + ": refused " + refused.refusal());
    }
    throw new IllegalStateException(step + ": not done " + result);
  }

  /**
   * Returns what a reading found.
   *
   * @param step the reading, as a person would name it, not null
   * @param read the entry point's answer, not null
   * @param <T> what is read
   * @return the value, never null
   * @throws IllegalStateException if the reading was refused
   */
  static <T> T read(String step, Either<Refusal, T> read) {
    if (read.isLeft()) {
      throw new IllegalStateException(step + ": refused " + read.getLeft());
    }
    return read.get();
  }
}
