package dk.mikrolan.office;

import dk.mikrolan.port.StreamId;
import dk.mikrolan.rules.Refusal;
import dk.mikrolan.usecase.Decided;
import dk.mikrolan.usecase.OnConflict;
import dk.mikrolan.usecase.StreamReader;
import dk.mikrolan.usecase.UseCase;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;

/**
 * A use case that holds only if the stream it changes is at the version the caller saw. The check
 * uses the very read the use case decides on (and the shell appends at), so a write between the
 * check and the append is a conflict, never a lost update.
 */
final class Expecting<S, T> implements UseCase<Expecting.Loaded<S>, T> {

  /** What the inner use case loaded, and the version of the stream it read. */
  record Loaded<S>(S loaded, long version) {}

  private final UseCase<S, T> inner;
  private final StreamId stream;
  private final long expected;

  private Expecting(UseCase<S, T> inner, StreamId stream, long expected) {
    this.inner = inner;
    this.stream = stream;
    this.expected = expected;
  }

  static <S, T> Expecting<S, T> of(UseCase<S, T> inner, StreamId stream, long expected) {
    return new Expecting<>(inner, stream, expected);
  }

  @Override
  public OnConflict onConflict() {
    return inner.onConflict();
  }

  @Override
  public Loaded<S> load(StreamReader reader) {
    long[] version = {0};
    S loaded = inner.load(new StreamReader() {
      @Override
      public <E> List<E> read(StreamId s, Class<E> type) {
        List<E> events = reader.read(s, type);
        if (s.equals(stream)) {
          version[0] = events.size();
        }
        return events;
      }
    });
    return new Loaded<>(loaded, version[0]);
  }

  @Override
  public Either<Refusal, Decided<T>> decide(Loaded<S> loaded) {
    if (loaded.version() != expected) {
      return Either.left(new Refusal("STALE", Vector.of(OfficeRule.VERSION_STALE.violation(expected, loaded.version()))));
    }
    return inner.decide(loaded.loaded());
  }
}
