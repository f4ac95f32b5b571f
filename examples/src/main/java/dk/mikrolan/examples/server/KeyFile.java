package dk.mikrolan.examples.server;

import dk.mikrolan.jdbc.CprKeys;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code MIKROLAN_CPR_KEYS_FILE}: the keys that protect CPR numbers at rest, as properties —
 * {@code current=<id>}, one {@code encryption.<id>=<base64 of 32 bytes>} per AES-256 key (old ones
 * kept until re-encrypted), and {@code lookup=<base64 of 32 or more bytes>} for the lookup hash.
 * Demo mode generates one, readable by its owner only. Keep a configured one outside the data
 * directory and its backups.
 */
final class KeyFile {

  private KeyFile() {}

  static CprKeys load(Path file) throws ConfigurationException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationException("cannot read the CPR keys file " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    String current = p.getProperty("current", "").strip();
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    SecretKey lookup = null;
    try {
      for (String name : p.stringPropertyNames()) {
        if (name.startsWith("encryption.")) {
          keys.put(name.substring("encryption.".length()), new SecretKeySpec(decode(p.getProperty(name)), "AES"));
        }
      }
      if (p.getProperty("lookup") != null) {
        lookup = new SecretKeySpec(decode(p.getProperty("lookup")), "HmacSHA256");
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("the CPR keys file " + file + " holds a key that is not base64");
    }
    if (current.isEmpty() || keys.isEmpty() || lookup == null) {
      throw new ConfigurationException("the CPR keys file " + file
          + " needs current=<id>, encryption.<id>=<base64> and lookup=<base64>");
    }
    try {
      return CprKeys.inMemory(current, keys, lookup);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("the CPR keys file " + file
          + " is not usable: the current id must name one of its keys, each 32 bytes, the lookup key 32 or more");
    }
  }

  private static byte[] decode(String value) {
    return Base64.getDecoder().decode(value.strip());
  }

  /** Writes a new key file, readable by its owner only; an existing file is never overwritten. */
  static void generate(Path file) throws IOException {
    SecureRandom random = new SecureRandom();
    byte[] aes = new byte[32];
    byte[] hmac = new byte[32];
    random.nextBytes(aes);
    random.nextBytes(hmac);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
      w.write("# mikrolan CPR keys, generated for the demo. Keep them secret; losing them loses the CPR numbers.\n");
      w.write("current=demo-1\n");
      w.write("encryption.demo-1=" + Base64.getEncoder().encodeToString(aes) + "\n");
      w.write("lookup=" + Base64.getEncoder().encodeToString(hmac) + "\n");
    }
  }
}
