package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly the public packages, never internal, and provides the Jackson module. */
class ModuleTest {
  @Test
  void moduleInfo_exportsExactlyThePublicPackagesAndProvidesTheJacksonModule() throws Exception {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }

    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.cnbudget.io", "io.github.cnbudget.io.json", "io.github.cnbudget.io.csv",
            "io.github.cnbudget.io.text", "io.github.cnbudget.io.catalog", "io.github.cnbudget.io.xlsx",
            "io.github.cnbudget.io.privacy", "io.github.cnbudget.io.read");
    assertThat(d.provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
      assertThat(p.providers()).containsExactly("io.github.cnbudget.io.json.BudgetJsonModule");
    });
  }
}
