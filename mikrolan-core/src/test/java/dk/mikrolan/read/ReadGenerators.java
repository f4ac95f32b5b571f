package dk.mikrolan.read;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dk.mikrolan.identity.CaseRef;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators for the read port's properties: case references in a few municipalities with ids
 * drawn from every character a case id may hold (so upper and lower case, digits and {@code . _ :
 * -} meet in the order), and non-empty scopes of municipalities.
 */
final class ReadGenerators {

  static final List<String> MUNICIPALITIES = List.of("101", "461", "751");
  private static final String FIRST = "AaBbZz019";
  private static final String REST = "AaBbZz019._:-";

  private ReadGenerators() {}

  /** A case id of one to five characters, starting with a letter or digit. */
  static Gen<String> caseIds() {
    return lists().of(integers().between(0, REST.length() - 1)).ofSizeBetween(0, 4)
        .zip(integers().between(0, FIRST.length() - 1), (rest, first) -> {
          StringBuilder id = new StringBuilder().append(FIRST.charAt(first));
          rest.forEach(i -> id.append(REST.charAt(i)));
          return id.toString();
        });
  }

  /** Case references; the same id often turns up in several municipalities. */
  static Gen<List<CaseRef>> refs(int most) {
    return lists().of(caseIds().zip(integers().between(0, MUNICIPALITIES.size() - 1),
        (id, m) -> CaseRef.of(MUNICIPALITIES.get(m), id))).ofSizeBetween(0, most);
  }

  /** A non-empty set of the municipalities. */
  static Gen<Set<String>> scopes() {
    return integers().between(1, 7).map(bits -> {
      java.util.Set<String> codes = new java.util.TreeSet<>();
      for (int i = 0; i < MUNICIPALITIES.size(); i++) {
        if ((bits & (1 << i)) != 0) {
          codes.add(MUNICIPALITIES.get(i));
        }
      }
      return Set.copyOf(codes);
    });
  }
}
