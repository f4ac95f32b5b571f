package dk.mikrolan.examples.server;

/**
 * A configuration the reference server cannot start with: its message is the one line printed
 * before the server exits with status 2. It never repeats a token, a password or a key.
 */
final class ConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  ConfigurationException(String message) {
    super(message);
  }

  ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
