package dk.mikrolan.office;

import dk.mikrolan.usecase.ResultWriter;
import java.util.Objects;

/**
 * A request's idempotency key as a boundary receives it: the client's key (such as the {@code
 * Idempotency-Key} header), the request's fingerprint, and how to write the result a retry gets.
 * The key's client is always the acting user; the entry point sets it.
 *
 * @param key the client's key
 * @param fingerprint a digest of the request (for HTTP: method, path and canonical JSON body)
 * @param writer produces the stored result from the outcome
 * @param <T> what the use case returns
 */
public record RequestKey<T>(String key, String fingerprint, ResultWriter<? super T> writer) {

  /** Checks the parts. */
  public RequestKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(writer, "writer");
  }
}
