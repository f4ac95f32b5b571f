package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.mikrolan.access.Actor;
import dk.mikrolan.access.Role;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MIKROLAN_TOKENS: every part required and spelt right, never access to everything by mistake. */
class TokenListTest {

  private static final String T1 = "aarhus-caseworker-0001";
  private static final String T2 = "warehouse_token_00002";

  @Test
  void readsPeopleAndSystemsWithTheirRolesAndMunicipalities() throws ConfigurationException {
    Map<String, Actor> tokens = TokenList.parse(T1 + "=cw-1:CASEWORKER,DECIDER@751,101; " + T2
        + "=system:warehouse:AUDITOR@751;");
    assertThat(tokens.get(T1)).isEqualTo(Actor.person("cw-1", Set.of(Role.CASEWORKER, Role.DECIDER), Set.of("101", "751")));
    assertThat(tokens.get(T2)).isEqualTo(Actor.system("warehouse", Set.of(Role.AUDITOR), Set.of("751")));
  }

  @Test
  void aStarMeansEveryOneOfTheNinetyEightMunicipalities() throws ConfigurationException {
    Actor all = TokenList.parse(T1 + "=audit-dk:AUDITOR@*").get(T1);
    assertThat(all.municipalities()).hasSize(98).contains("101", "751", "860").doesNotContain("411");
  }

  @Test
  void everyProblemIsNamedByItsEntryAndNoTokenIsRepeated() {
    String[][] table = {
        {"", "MIKROLAN_TOKENS entry 1 is empty"},
        {T1 + "=cw-1:CASEWORKER", "entry 1 is not token=userId:ROLE[,ROLE]@municipality[,municipality]"},
        {T1 + "=cw-1:CASEWORKER@", "entry 1: '' is not a municipality code"},
        {T1 + "=cw-1:CASEWORKER@ALL", "entry 1: 'ALL' is not a municipality code"},
        {T1 + "=cw-1:CASEWORKER@999", "entry 1: 999 is no municipality's code"},
        {T1 + "=cw-1:CASEWROKER@751", "entry 1: unknown role 'CASEWROKER'"},
        {T1 + "=cw-1:@751", "entry 1: unknown role ''"},
        {"short=cw-1:CASEWORKER@751", "entry 1: the token must be 16-512"},
        {T1 + "=cw-1:CASEWORKER@751;" + T1 + "=cw-2:DECIDER@751", "entry 2: the token is given twice"},
        {T1 + "=:CASEWORKER@751", "entry 1: the user id must be"},
        {T1 + "=cw-1:CASEWORKER@751;;" + T2 + "=x:AUDITOR@751", "entry 2 is empty"},
        {"cw-1:CASEWORKER@751", "entry 1 is not token=userId"},
        {"a".repeat(513) + "=cw-1:CASEWORKER@751", "entry 1: the token must be 16-512"},
        {T1 + "=anna:ADMIN@751:CASEWORKER@101", "entry 1: the user id must not hold ':' or '@'"},
        {T1 + "=system:a:b:AUDITOR@751", "entry 1: the user id must not hold ':' or '@'"},
    };
    for (String[] row : table) {
      assertThatThrownBy(() -> TokenList.parse(row[0])).as(row[0]).isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(row[1]).satisfies(e -> assertThat(e.getMessage()).doesNotContain(T1, T2));
    }
  }
}
