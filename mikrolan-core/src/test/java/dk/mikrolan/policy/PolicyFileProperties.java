package dk.mikrolan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.mikrolan.rules.Violation;
import dk.mikrolan.testkit.PolicyGenerators;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Round trips of the policy file over generated policies ({@link PolicyGenerators}). */
class PolicyFileProperties {

  private static final int EXAMPLES = 1_200;

  @Test
  void readsBackEveryPolicyItWrites() {
    qt().withExamples(EXAMPLES)
        .forAll(PolicyGenerators.policies())
        .checkAssert(
            policy -> {
              Validation<Seq<Violation>, ProgrammePolicy> read = PolicyFile.read(PolicyFile.write(policy));
              assertThat(read.isValid()).as("read: %s", read).isTrue();
              assertThat(read.get()).isEqualTo(policy);
            });
  }

  @Test
  void readsBackEveryPolicyThroughAStoredFile() {
    qt().withExamples(EXAMPLES)
        .forAll(PolicyGenerators.policies())
        .checkAssert(
            policy -> {
              Validation<Seq<Violation>, ProgrammePolicy> read =
                  PolicyFile.read(storedAndLoaded(PolicyFile.write(policy)));
              assertThat(read.isValid()).as("read: %s", read).isTrue();
              assertThat(read.get()).isEqualTo(policy);
            });
  }

  @Test
  void writesBackEveryWrittenFileUnchanged() {
    qt().withExamples(EXAMPLES)
        .forAll(PolicyGenerators.policies())
        .checkAssert(
            policy -> {
              Properties file = PolicyFile.write(policy);
              assertThat(PolicyFile.write(PolicyFile.read(file).get())).isEqualTo(file);
            });
  }

  private static Properties storedAndLoaded(Properties properties) {
    try {
      StringWriter out = new StringWriter();
      properties.store(out, null);
      Properties loaded = new Properties();
      loaded.load(new StringReader(out.toString()));
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
