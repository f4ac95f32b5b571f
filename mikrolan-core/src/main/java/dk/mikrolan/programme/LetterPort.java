package dk.mikrolan.programme;

/**
 * Where decision letters go: the host implements it with its Digital Post or print integration.
 * The core never sends anything itself: letters wait in the outbox until the {@link
 * LetterDispatcher} hands them over. Delivery is at least once (a crash after the hand-over and
 * before it is recorded hands the letter over again), so an implementation drops a letter id it
 * has already accepted.
 */
@FunctionalInterface
public interface LetterPort {

  /**
   * Hands a letter over for delivery. Returning normally means the host has accepted it; throwing
   * leaves it in the outbox for the next dispatch.
   *
   * @param letter the letter with its stable id and its municipality, not null
   */
  void deliver(OutboxLetter letter);
}
