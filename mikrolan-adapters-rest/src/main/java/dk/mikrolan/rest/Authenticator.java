package dk.mikrolan.rest;

import dk.mikrolan.access.Actor;
import java.util.Optional;

/**
 * Turns a request's credentials into the core's actor: the host implements it over its OIDC or
 * SAML login, or uses {@link BearerTokens}. An empty answer is a 401; the actor's roles and
 * municipalities then decide, through the core's permission table, what it may do.
 *
 * <p>Implementations are thread-safe and never log a credential.
 */
@FunctionalInterface
public interface Authenticator {

  /**
   * Authenticates a request.
   *
   * @param credentials the request's credentials, not null
   * @return the actor, or empty when the credentials are missing or invalid, never null
   */
  Optional<Actor> authenticate(Credentials credentials);
}
