package dk.mikrolan.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a newcomer runs it: {@code java -jar
 * examples/target/mikrolan-reference-server.jar} starts the demo, the curl line it prints answers,
 * SIGTERM stops it gracefully; a bad configuration is one line and exit status 2.
 */
class ReferenceServerJarIT {

  private static final Path JAR = Path.of("target/mikrolan-reference-server.jar");
  private static final Pattern CURL = Pattern.compile("curl -s -H 'Authorization: Bearer ([^']+)' '([^']+)'");

  @TempDir
  Path dir;

  private static Process java(Path workDir, String... env) throws IOException {
    ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toAbsolutePath().toString()).directory(workDir.toFile());
    b.environment().keySet().removeIf(k -> k.startsWith("MIKROLAN_"));
    for (int i = 0; i + 1 < env.length; i += 2) {
      b.environment().put(env[i], env[i + 1]);
    }
    return b.start();
  }

  /**
   * Reads a stream's lines into a list on a thread of its own (so two streams never wait on each
   * other); the first line a pattern finds completes {@code seen}, and the end of the stream
   * completes it empty if none did.
   */
  private static CompletableFuture<List<String>> lines(java.io.InputStream in, List<String> sink, Pattern wanted,
      CompletableFuture<Optional<Matcher>> seen) {
    CompletableFuture<List<String>> done = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (sink) {
            sink.add(line);
          }
          Matcher m = wanted.matcher(line);
          if (m.find()) {
            seen.complete(Optional.of(m));
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      seen.complete(Optional.empty());
      done.complete(sink);
    }, "jar-output");
    reader.setDaemon(true);
    reader.start();
    return done;
  }

  private static CompletableFuture<List<String>> lines(java.io.InputStream in, List<String> sink) {
    return lines(in, sink, Pattern.compile("(?!)"), new CompletableFuture<>());
  }

  @Test
  void theDemoStartsItsCurlLineAnswersAndSigtermStopsIt() throws Exception {
    assertThat(JAR).exists();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process server = java(dir, "MIKROLAN_PORT", Integer.toString(port));
    List<String> out = new ArrayList<>();
    CompletableFuture<Optional<Matcher>> curlLine = new CompletableFuture<>();
    CompletableFuture<List<String>> stdout = lines(server.getInputStream(), out, CURL, curlLine);
    List<String> err = new ArrayList<>();
    CompletableFuture<List<String>> stderr = lines(server.getErrorStream(), err);
    // The curl line, or the end of the output if the server stops before printing one.
    Optional<Matcher> printed = curlLine.get(60, TimeUnit.SECONDS);
    assertThat(printed).as("the curl line in %s %s", out, err).isPresent();
    Matcher curl = printed.get();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(curl.group(2)))
        .header("Authorization", "Bearer " + curl.group(1)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"funnel\"");
    assertThat(String.join("\n", out)).contains("DEMO MODE", "demo tokens (printed this once");
    assertThat(Files.exists(dir.resolve("data/demo/cpr-keys.properties"))).isTrue();

    // SIGTERM, as a service manager sends it (Process.destroy would close the pipes first).
    assertThat(server.toHandle().destroy()).isTrue();
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    stdout.get(10, TimeUnit.SECONDS);
    stderr.get(10, TimeUnit.SECONDS);
    assertThat(String.join("\n", out)).contains("started on port " + port,
        "stopping: finishing the requests in flight", "stopped");
    assertThat(server.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the graceful stop
    assertThat(String.join("\n", err)).doesNotContain("Exception");
  }

  @Test
  void aBadConfigurationIsOneLineAndExitStatusTwo() throws Exception {
    Process server = java(dir, "MIKROLAN_TOKENS", "not-a-token-list");
    List<String> out = new ArrayList<>();
    List<String> err = new ArrayList<>();
    CompletableFuture<List<String>> stdout = lines(server.getInputStream(), out);
    CompletableFuture<List<String>> stderr = lines(server.getErrorStream(), err);
    assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    stdout.get(10, TimeUnit.SECONDS);
    stderr.get(10, TimeUnit.SECONDS);
    assertThat(server.exitValue()).isEqualTo(2);
    assertThat(err).singleElement().satisfies(line -> assertThat(line)
        .startsWith("mikrolan: MIKROLAN_TOKENS entry 1 is not token=userId:ROLE").doesNotContain("not-a-token-list"));
  }
}
