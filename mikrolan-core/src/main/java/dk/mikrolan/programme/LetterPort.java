package dk.mikrolan.programme;

/**
 * Where decision letters go: the host implements it with its Digital Post or print integration.
 * The core never sends anything itself.
 */
@FunctionalInterface
public interface LetterPort {

  /**
   * Hands a letter over for delivery.
   *
   * @param letter the letter, not null
   */
  void deliver(DecisionLetter letter);
}
