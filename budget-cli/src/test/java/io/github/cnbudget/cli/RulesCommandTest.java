package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.rules.Rule;
import io.github.cnbudget.rules.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void rules_listsEveryDefaultRule_withTagsSeveritiesAndChineseLine() {
    Cli r = Cli.run("rules");
    assertThat(r.exitCode).as(r.toString()).isZero();
    Properties catalog = RulesCommand.catalog();
    for (Rule rule : Rules.defaults().rules()) {
      String line = r.out.lines().filter(l -> l.startsWith(rule.id() + " ")).findFirst().orElseThrow(
          () -> new AssertionError(rule.id() + " not listed"));
      assertThat(line).contains(String.join(",", new TreeSet<>(rule.tags())))
          .contains(catalog.getProperty(rule.id() + ".severities"))
          .contains(catalog.getProperty(rule.id() + ".zh"));
    }
  }

  @Test
  void rules_inEnglish_printsTheRulesOwnDescriptions() {
    Cli r = Cli.run("rules", "--locale", "en");
    assertThat(r.exitCode).isZero();
    for (Rule rule : Rules.defaults().rules()) {
      assertThat(r.out).contains(rule.description());
    }
  }

  @Test
  void catalog_describesExactlyTheDefaultRules() {
    Properties catalog = RulesCommand.catalog();
    Set<String> ids = Rules.defaults().rules().stream().map(Rule::id).collect(Collectors.toSet());
    Set<String> described = catalog.stringPropertyNames().stream().map(k -> k.substring(0, k.lastIndexOf('.')))
        .collect(Collectors.toSet());
    assertThat(described).isEqualTo(ids);
    for (String id : ids) {
      assertThat(catalog.getProperty(id + ".zh")).as(id).matches(".*\\p{IsHan}.*");
    }
  }

  /** The severities printed are those docs/rules.md gives for the rule's codes. */
  @Test
  void catalog_severitiesAgreeWithTheRulesDocument() throws Exception {
    Map<String, Set<String>> documented = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "rules.md"))) {
      String[] cells = line.split("\\|");
      if (!line.startsWith("| `") || cells.length < 6) {
        continue;
      }
      String id = cells[2].strip().replace("`", "");
      Set<String> s = documented.computeIfAbsent(id, k -> new TreeSet<>());
      Arrays.stream(new String[] {"ERROR", "WARNING", "INFO"}).filter(cells[4]::contains).forEach(s::add);
    }
    Properties catalog = RulesCommand.catalog();
    for (Rule rule : Rules.defaults().rules()) {
      assertThat(new TreeSet<>(Arrays.asList(catalog.getProperty(rule.id() + ".severities").split(","))))
          .as(rule.id()).isEqualTo(documented.get(rule.id()));
    }
  }
}
