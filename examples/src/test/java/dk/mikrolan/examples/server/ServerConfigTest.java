package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment read: demo mode without tokens, every configured setting checked. */
class ServerConfigTest {

  private static final String TOKENS = "aarhus-caseworker-0001=cw-1:CASEWORKER@751";

  @Test
  void withoutTokensItIsADemoUnderItsOwnFolder() throws ConfigurationException {
    ServerConfig c = ServerConfig.from(Map.of("MIKROLAN_DATA_DIR", "/srv/mikrolan"));
    assertThat(c.demo()).isTrue();
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.dataDir()).isEqualTo(Path.of("/srv/mikrolan/demo"));
    assertThat(c.jdbcUrl()).startsWith("jdbc:h2:file:/srv/mikrolan/demo/mikrolan");
    assertThat(c.cprKeysFile()).isEqualTo(Path.of("/srv/mikrolan/demo/cpr-keys.properties"));
  }

  @Test
  void aDemoRefusesWhatBelongsToAConfiguredRun() {
    assertThatThrownBy(() -> ServerConfig.from(Map.of("MIKROLAN_JDBC_URL", "jdbc:postgresql://db/mikrolan",
        "MIKROLAN_CPR_KEYS_FILE", "/etc/keys")))
        .hasMessageContaining("MIKROLAN_JDBC_URL needs MIKROLAN_TOKENS")
        .hasMessageContaining("MIKROLAN_CPR_KEYS_FILE needs MIKROLAN_TOKENS");
  }

  @Test
  void aConfiguredRunNeedsItsKeysAndAKnownDatabase() {
    assertThatThrownBy(() -> ServerConfig.from(Map.of("MIKROLAN_TOKENS", TOKENS, "MIKROLAN_JDBC_URL",
        "jdbc:oracle:thin:@db", "MIKROLAN_PORT", "80000")))
        .hasMessageContaining("MIKROLAN_PORT must be 1-65535")
        .hasMessageContaining("MIKROLAN_JDBC_URL must be jdbc:postgresql:")
        .hasMessageContaining("MIKROLAN_CPR_KEYS_FILE is required");
    assertThatThrownBy(() -> ServerConfig.from(Map.of("MIKROLAN_TOKENS", TOKENS, "MIKROLAN_PORT", "http")))
        .hasMessageContaining("MIKROLAN_PORT must be a number");
    assertThatThrownBy(() -> ServerConfig.from(Map.of("MIKROLAN_TOKENS", "", "MIKROLAN_CPR_KEYS_FILE", "/k")))
        .hasMessageContaining("MIKROLAN_TOKENS entry 1 is empty");
  }

  @Test
  void aDataFolderWithASemicolonIsRefusedForItWouldEndTheDatabasesPath() {
    assertThatThrownBy(() -> ServerConfig.from(Map.of("MIKROLAN_DATA_DIR", "/tmp/a;AUTO_SERVER=TRUE")))
        .hasMessageContaining("MIKROLAN_DATA_DIR must not hold ';'");
  }

  @Test
  void aConfiguredRunShowsItsDatabaseWithoutPasswordOrParameters() throws ConfigurationException {
    ServerConfig c = ServerConfig.from(Map.of("MIKROLAN_TOKENS", TOKENS, "MIKROLAN_CPR_KEYS_FILE", "/etc/mikrolan/keys",
        "MIKROLAN_JDBC_URL", "jdbc:postgresql://app:s3cret@db.kommune.dk:5432/mikrolan?sslmode=require&password=x",
        "MIKROLAN_JDBC_PASSWORD", "s3cret", "MIKROLAN_PORT", "9090"));
    assertThat(c.demo()).isFalse();
    assertThat(c.port()).isEqualTo(9090);
    assertThat(c.databaseForDisplay()).isEqualTo("jdbc:postgresql://db.kommune.dk:5432/mikrolan");
    assertThat(c.toString()).doesNotContain("s3cret", "aarhus-caseworker-0001");
    assertThat(c.tokens()).hasSize(1);
  }
}
