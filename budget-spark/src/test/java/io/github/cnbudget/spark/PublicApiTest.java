package io.github.cnbudget.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's public API is one entry class and its factory interface; the rest stays package-private. */
class PublicApiTest {
  @Test
  void publicTypes_areTheEntryClassAndItsRuleSetFactory_andThereIsNoModuleDescriptor() throws Exception {
    Path classes = Path.of(BudgetSpark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path pkg = classes.resolve("io/github/cnbudget/spark");
    List<String> publicTypes;
    try (Stream<Path> files = Files.list(pkg)) {
      publicTypes = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
          .map(n -> "io.github.cnbudget.spark." + n.substring(0, n.length() - ".class".length()))
          .filter(PublicApiTest::isPublic).sorted().collect(Collectors.toList());
    }
    assertThat(publicTypes).containsExactly("io.github.cnbudget.spark.BudgetSpark",
        "io.github.cnbudget.spark.BudgetSpark$RuleSetFactory");
    // Spark is class-path code: the jar names an automatic module instead (see the pom)
    assertThat(classes.resolve("module-info.class")).doesNotExist();
  }

  private static boolean isPublic(String name) {
    try {
      return Modifier.isPublic(Class.forName(name, false, PublicApiTest.class.getClassLoader()).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
