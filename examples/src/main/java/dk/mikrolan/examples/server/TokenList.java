package dk.mikrolan.examples.server;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import dk.mikrolan.identity.MunicipalityCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code MIKROLAN_TOKENS}: {@code token=userId:ROLE[,ROLE]@municipality[,municipality];token2=…}.
 * A token is {@code [A-Za-z0-9_-]{16,512}}; a user id {@code system:<name>} is a system actor (an
 * integration), any other a person; {@code @*} means every municipality and must be written out.
 * A missing or misspelt part is an error naming the entry by its number, never access to
 * everything; no message repeats a token.
 */
final class TokenList {

  /** As the REST adapter's bearer tokens take them: 16 to 512 of these characters. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,512}");

  private TokenList() {}

  static Map<String, Actor> parse(String text) throws ConfigurationException {
    List<String> problems = new ArrayList<>();
    Map<String, Actor> tokens = new LinkedHashMap<>();
    String[] entries = text.strip().split(";", -1);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      String where = "MIKROLAN_TOKENS entry " + (i + 1);
      if (entry.isEmpty()) {
        if (i < entries.length - 1 || entries.length == 1) {
          problems.add(where + " is empty");
        }
        continue;
      }
      int eq = entry.indexOf('=');
      int at = entry.lastIndexOf('@');
      int colon = at < 0 ? -1 : entry.lastIndexOf(':', at);
      if (eq < 0 || at < 0 || colon < eq) {
        problems.add(where + " is not token=userId:ROLE[,ROLE]@municipality[,municipality]");
        continue;
      }
      String token = entry.substring(0, eq).strip();
      String user = entry.substring(eq + 1, colon).strip();
      String roles = entry.substring(colon + 1, at).strip();
      String places = entry.substring(at + 1).strip();
      if (!TOKEN.matcher(token).matches()) {
        problems.add(where + ": the token must be 16-512 of A-Z a-z 0-9 _ -");
      } else if (tokens.containsKey(token)) {
        problems.add(where + ": the token is given twice");
      }
      Set<Role> roleSet = EnumSet.noneOf(Role.class);
      for (String r : roles.split(",", -1)) {
        try {
          roleSet.add(Role.valueOf(r.strip()));
        } catch (IllegalArgumentException e) {
          problems.add(where + ": unknown role '" + r.strip() + "' (CASEWORKER, DECIDER, FINANCE, AUDITOR, ADMIN)");
        }
      }
      Set<String> codes = new TreeSet<>();
      if (places.equals("*")) {
        codes.addAll(Municipalities.ALL);
      } else {
        for (String m : places.split(",", -1)) {
          String code = m.strip();
          if (!MunicipalityCode.isValid(code)) {
            problems.add(where + ": '" + code + "' is not a municipality code (three digits, or * for every one)");
          } else if (!Municipalities.ALL.contains(code)) {
            problems.add(where + ": " + code + " is no municipality's code");
          } else {
            codes.add(code);
          }
        }
      }
      String name = user.startsWith("system:") ? user.substring("system:".length()) : user;
      if (name.contains(":") || name.contains("@")) {
        problems.add(where + ": the user id must not hold ':' or '@' (but system:<name>)");
      }
      if (problems.isEmpty()) {
        try {
          Actor actor = user.startsWith("system:")
              ? Actor.system(user.substring("system:".length()), roleSet, codes)
              : Actor.person(user, roleSet, codes);
          tokens.put(token, actor);
        } catch (IllegalArgumentException e) {
          problems.add(where + ": the user id must be letters, digits and . _ - (system:<name> for an integration)");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("; ", problems));
    }
    return tokens;
  }
}
