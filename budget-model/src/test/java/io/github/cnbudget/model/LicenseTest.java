package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The licence the poms declare (Apache-2.0) is the repository's LICENSE, and the build puts that
 * file into every jar as META-INF/LICENSE (here: into this module's classes, which the jar holds).
 */
class LicenseTest {
  @Test
  void declaredLicence_isTheRepositoryLicence_andShipsInTheJar() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String licence = Files.readString(root.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    assertThat(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8))
        .contains("<name>Apache-2.0</name>", "https://www.apache.org/licenses/LICENSE-2.0.txt");
    Path classes = Path.of(FiscalYear.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(Files.readString(classes.resolve("META-INF/LICENSE"), StandardCharsets.UTF_8)).isEqualTo(licence);
  }
}
