package dk.mikrolan.port;

/** Checks shared by the event store implementations. */
public final class EventStores {

  /** The most events {@link EventStore#readAll} returns at once. */
  public static final int MAX_READ = 1000;

  private EventStores() {}

  /**
   * Checks the arguments of {@link EventStore#readAll}.
   *
   * @param afterPosition the last position read, 0 or more
   * @param limit the most to return, 1–{@value #MAX_READ}
   * @throws IllegalArgumentException if one is out of range
   */
  public static void requireFeedArguments(long afterPosition, int limit) {
    if (afterPosition < 0 || limit < 1 || limit > MAX_READ) {
      throw new IllegalArgumentException("Read after a position of 0 or more, 1–" + MAX_READ + " events: "
          + afterPosition + ", " + limit);
    }
  }
}
