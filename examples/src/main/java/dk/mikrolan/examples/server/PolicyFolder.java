package dk.mikrolan.examples.server;

import dk.mikrolan.identity.MunicipalityCode;
import dk.mikrolan.policy.PolicyFile;
import dk.mikrolan.policy.ProgrammePolicy;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code MIKROLAN_POLICY_DIR}: one folder per municipality, named by its code, holding that
 * municipality's policy files ({@code 751/2026-01-01.properties}), each read as a policy file. A
 * folder that is not a code, an unreadable file or a bad one stops the server, naming the file.
 */
final class PolicyFolder {

  private PolicyFolder() {}

  static Map<String, Map<String, ProgrammePolicy>> read(Path dir) throws ConfigurationException {
    if (!Files.isDirectory(dir)) {
      throw new ConfigurationException("MIKROLAN_POLICY_DIR " + dir + " is not a folder");
    }
    Map<String, Map<String, ProgrammePolicy>> byMunicipality = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.sorted().toList()) {
        String code = folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
          continue;
        }
        if (!MunicipalityCode.isValid(code)) {
          problems.add("policy folder " + folder + " is not named by a municipality code (three digits)");
          continue;
        }
        Map<String, ProgrammePolicy> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
          for (Path file : entries.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
            read(file, code, files, problems);
          }
        }
        if (files.isEmpty()) {
          problems.add("policy folder " + folder + " holds no .properties file");
        }
        byMunicipality.put(code, files);
      }
    } catch (IOException e) {
      throw new ConfigurationException("cannot read MIKROLAN_POLICY_DIR " + dir + " (" + e.getClass().getSimpleName() + ")");
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("; ", problems));
    }
    return byMunicipality;
  }

  private static void read(Path file, String code, Map<String, ProgrammePolicy> files, List<String> problems) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      problems.add("cannot read the policy file " + file);
      return;
    }
    Validation<io.vavr.collection.Seq<dk.mikrolan.rules.Violation>, ProgrammePolicy> policy = PolicyFile.read(p);
    if (policy.isInvalid()) {
      problems.add("the policy file " + file + " has " + policy.getError().size() + " problem(s): "
          + String.join(", ", policy.getError().map(Object::toString).toJavaList()));
    } else if (!policy.get().municipalityCode().equals(code)) {
      problems.add("the policy file " + file + " is municipality " + policy.get().municipalityCode()
          + "'s, in the folder of " + code);
    } else {
      files.put(file.getFileName().toString(), policy.get());
    }
  }
}
