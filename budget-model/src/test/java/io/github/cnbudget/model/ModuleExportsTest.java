package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The model module exports exactly its public packages: adding or dropping an export is an API
 * change that must show up here. Read from the compiled {@code module-info.class}, since the tests
 * run on the class path.
 */
class ModuleExportsTest {

  /**
   * The packages users need. {@code target} and {@code catalog} come from parallel branches; until
   * all branches are merged this test names the ones still missing.
   */
  private static final Set<String> EXPECTED = Set.of(
      "io.github.cnbudget.model",
      "io.github.cnbudget.model.classification",
      "io.github.cnbudget.model.catalog",
      "io.github.cnbudget.model.organisation",
      "io.github.cnbudget.model.table",
      "io.github.cnbudget.model.project",
      "io.github.cnbudget.model.performance",
      "io.github.cnbudget.model.target",
      "io.github.cnbudget.model.narrative");

  private static ModuleDescriptor descriptor() throws IOException {
    Path file = Path.of(System.getProperty("basedir", "."), "target", "classes", "module-info.class");
    try (InputStream in = Files.newInputStream(file)) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_exactlyThePublicPackages_unqualified() throws IOException {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo("io.github.cnbudget.model");
    Set<String> actual = d.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(EXPECTED);
    missing.removeAll(actual);
    Set<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(EXPECTED);
    assertThat(missing)
        .as("exports missing from module-info (packages of branches not merged yet, e.g. target/catalog?)")
        .isEmpty();
    assertThat(unexpected).as("exports nobody declared public: add them here or remove them").isEmpty();
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
  }

  @Test
  void internalPackage_isNeverExported() throws IOException {
    ModuleDescriptor d = descriptor();
    // javac writes no ModulePackages attribute, so look for the compiled package itself
    assertThat(Path.of(System.getProperty("basedir", "."), "target", "classes", "io", "github", "cnbudget", "model",
        "internal", "BudgetStyle.class")).exists();
    assertThat(d.exports()).noneMatch(e -> e.source().endsWith(".internal"));
    assertThat(d.opens()).isEmpty();
  }
}
