package dk.mikrolan.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The jars declare stable module names for hosts on the module path. Core reaches this module's
 * tests as its jar whenever the build packages it first — {@code mvn verify}, as CI runs — and
 * the manifest entry is checked there; a {@code mvn test} run sees core's class folder, which has
 * no manifest, and skips with a notice.
 */
class ModuleNamesTest {

  @Test
  void coreDeclaresItsModuleNameAndEveryModuleNamesItself() throws Exception {
    Path core = Path.of(dk.mikrolan.money.DkkAmount.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(core)) {
      System.out.println("NOTICE: core is a class folder here, not a jar; run mvn verify to check its manifest.");
    }
    Assumptions.assumeFalse(Files.isDirectory(core), "core is not packaged in this run");
    try (JarFile jar = new JarFile(core.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("dk.mikrolan.core");
    }
  }

  @Test
  void everyModuleNamesItselfInItsPom() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String[] module : new String[][] {{"mikrolan-core", "dk.mikrolan.core"}, {"mikrolan-testkit", "dk.mikrolan.testkit"},
        {"mikrolan-adapters-jdbc", "dk.mikrolan.jdbc"}, {"benchmarks", "dk.mikrolan.benchmarks"}}) {
      assertThat(Files.readString(root.resolve(module[0]).resolve("pom.xml")))
          .as(module[0]).contains("<module.name>" + module[1] + "</module.name>");
    }
    assertThat(Files.readString(root.resolve("pom.xml")))
        .contains("<Automatic-Module-Name>${module.name}</Automatic-Module-Name>");
  }
}
