package io.github.cnbudget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module exports its constraints only; the validators are services, exported to Hibernate
 * Validator alone (which instantiates them), and the same services are listed for the class path.
 */
class ModuleExportsTest {
  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(BudgetValidation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_theConstraints_andTheValidatorsToTheProviderOnly() throws Exception {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo("io.github.cnbudget.validation");
    assertThat(d.exports()).extracting(e -> e.source() + " " + e.targets()).containsExactlyInAnyOrder(
        "io.github.cnbudget.validation []",
        "io.github.cnbudget.validation.internal [org.hibernate.validator]");
    assertThat(d.opens()).isEmpty();
  }

  @Test
  void provides_theSameValidators_onModuleAndClassPath() throws Exception {
    ModuleDescriptor.Provides p = descriptor().provides().stream().collect(Collectors.toList()).get(0);
    assertThat(descriptor().provides()).hasSize(1);
    assertThat(p.service()).isEqualTo("jakarta.validation.ConstraintValidator");
    List<String> listed;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BudgetValidation.class.getResourceAsStream("/META-INF/services/jakarta.validation.ConstraintValidator"),
        StandardCharsets.UTF_8))) {
      listed = r.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
    }
    assertThat(Set.copyOf(listed)).isEqualTo(Set.copyOf(p.providers())).hasSize(6);
  }
}
