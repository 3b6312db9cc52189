package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly its public packages; the rule implementations stay internal; it needs the model alone. */
class ModuleExportsTest {
  /** The descriptor compiled beside {@link Rule} (tests run on the class path, so it is read as a file). */
  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_exactlyThePublicPackages() throws Exception {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo("io.github.cnbudget.rules");
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .isEqualTo(Set.of("io.github.cnbudget.rules", "io.github.cnbudget.rules.finding",
            "io.github.cnbudget.rules.arithmetic", "io.github.cnbudget.rules.scoring",
            "io.github.cnbudget.rules.compare"));
    assertThat(d.opens()).isEmpty();
    // the model alone: Bean Validation is the budget-validation module's
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "io.github.cnbudget.model", "org.jspecify");
  }
}
