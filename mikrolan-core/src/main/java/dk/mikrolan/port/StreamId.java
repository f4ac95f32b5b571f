package dk.mikrolan.port;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of an event stream: an aggregate type and its id, such as {@code case/2026-0042}.
 * Ids never hold personal data such as a CPR number (they end up in URLs and logs).
 *
 * @param type the aggregate type, lower-case letters and hyphens, such as {@code loan-fund}
 * @param id the aggregate's id within the type
 */
public record StreamId(String type, String id) {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]{0,39}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,119}");

  /** Checks the parts. */
  public StreamId {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    if (!TYPE.matcher(type).matches() || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid stream id " + type + "/" + id);
    }
  }

  /**
   * Obtains a stream id.
   *
   * @param type the aggregate type, not null
   * @param id the id, not null
   * @return the stream id, never null
   */
  public static StreamId of(String type, String id) {
    return new StreamId(type, id);
  }

  /**
   * Parses {@code type/id}.
   *
   * @param text the text, not null
   * @return the stream id, never null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static StreamId parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("Stream id must be type/id: " + text);
    }
    return new StreamId(text.substring(0, slash), text.substring(slash + 1));
  }

  /** Returns {@code type/id}, which {@link #parse(String)} accepts. */
  @Override
  public String toString() {
    return type + "/" + id;
  }
}
