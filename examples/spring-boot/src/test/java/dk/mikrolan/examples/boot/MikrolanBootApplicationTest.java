package dk.mikrolan.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Boot host starts, and serves mikrolan's API with its errors as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MikrolanBootApplicationTest {

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheApiInBootsJersey() throws Exception {
    HttpResponse<String> health = get("/health", null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    HttpResponse<String> cases = get("/api/v1/cases?municipality=751", "boot-sample-caseworker-token");
    assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
    assertThat(cases.body()).contains("\"items\":[]");
    HttpResponse<String> policies = get("/api/v1/policies/751", "boot-sample-caseworker-token");
    assertThat(policies.body()).contains("Aarhus Kommune");
    HttpResponse<String> anonymous = get("/api/v1/cases", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
  }
}
