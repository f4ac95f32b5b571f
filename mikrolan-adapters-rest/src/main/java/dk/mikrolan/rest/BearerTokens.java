package dk.mikrolan.rest;

import dk.mikrolan.access.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference {@link Authenticator}: bearer tokens from configuration, each standing for an
 * actor. Only the tokens' SHA-256 hashes are kept, and a presented token is compared with every
 * one of them in constant time, so neither a memory dump nor the time an answer takes reveals a
 * token.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BearerTokens implements Authenticator {

  /** What a token looks like: at least 16 characters of letters, digits, {@code _} and {@code -}. */
  public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,512}");

  private record Entry(byte[] hash, Actor actor) {}

  private final List<Entry> entries;

  private BearerTokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Obtains the authenticator for tokens and the actors they stand for.
   *
   * @param tokens each token and its actor, not null
   * @return the authenticator, never null
   * @throws IllegalArgumentException if a token does not look like one (the message never shows
   *     it)
   */
  public static BearerTokens of(Map<String, Actor> tokens) {
    List<Entry> entries = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Actor> e : tokens.entrySet()) {
      n++;
      if (!TOKEN.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException("Token " + n + " (of " + e.getValue().id() + ") is not 16 or more of"
            + " [A-Za-z0-9_-]");
      }
      entries.add(new Entry(sha256(e.getKey()), Objects.requireNonNull(e.getValue(), "actor")));
    }
    return new BearerTokens(entries);
  }

  @Override
  public Optional<Actor> authenticate(Credentials credentials) {
    Optional<String> token = credentials.authorization().flatMap(BearerTokens::bearer);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    byte[] hash = sha256(token.get());
    Actor found = null;
    for (Entry e : entries) {
      // Every entry is compared, so the time taken does not tell which one matched.
      if (MessageDigest.isEqual(e.hash(), hash) && found == null) {
        found = e.actor();
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<String> bearer(String header) {
    String h = header.strip();
    if (h.length() < 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      return Optional.empty();
    }
    String token = h.substring(7).strip();
    return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Shows how many tokens, never a token or a hash. */
  @Override
  public String toString() {
    return "BearerTokens[" + entries.size() + " tokens]";
  }
}
