package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validation of the imported seeds against validation of the hand-verified models: a table structure
 * read differently from the model (columns, row kinds, indicator levels) shows as an ERROR the model
 * does not raise, even when every numeric cell matches.
 */
class SeedValidationTest {

  /**
   * An ERROR reduced to what must agree: code, table title, row code or label, column. The column is
   * named by the last line of its printed header where the table has a column of that key, because the importer and the
   * hand-verified models choose column keys independently.
   */
  private static Set<String> errors(Disclosure d) {
    return Rules.defaults().validate(d).findings(Severity.ERROR).stream()
        .map(f -> key(d, f))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String key(Disclosure d, Finding f) {
    Location l = f.location();
    String column = l.column().map(k -> header(d, l.table().orElse(""), k)).orElse("-");
    return f.code() + " | " + l.table().orElse("-") + " | " + l.code().orElse("-") + " | " + column;
  }

  private static String header(Disclosure d, String title, String key) {
    return d.tables().stream().filter(t -> t.title().equals(title))
        .flatMap(t -> t.columns().stream()).filter(c -> c.key().equals(key))
        .map(c -> c.header().isEmpty() ? key : c.header().get(c.header().size() - 1).replaceAll("\\s+", ""))
        .findFirst().orElse(key);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void validate_importedSeed_raisesNoErrorTheModelDoesNot(int n) {
    Set<String> model = errors(SeedDocuments.seed(n));
    Disclosure imported = DisclosureImporter.defaults().importText(Layouts.seed(n)).disclosure();
    Set<String> fromText = errors(imported);

    List<String> extra = new ArrayList<>(fromText);
    extra.removeAll(model);
    extra.forEach(e -> System.out.println("  EXTRA " + n + "\t" + e));
    System.out.printf("seed %d: %d ERROR keys imported, %d in the model, %d not in the model%n",
        n, fromText.size(), model.size(), extra.size());
    assertThat(extra)
        .as("seed %d ERRORs of the import the model does not raise%nimported:%n  %s%nmodel:%n  %s", n,
            String.join("\n  ", fromText), String.join("\n  ", model))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void validate_importedSeed002_raisesTheSelfEvaluationDefects() {
    Disclosure imported = DisclosureImporter.defaults().importText(Layouts.seed(2)).disclosure();

    io.github.cnbudget.rules.finding.ValidationReport r = Rules.defaults().validate(imported);

    // 002-14 (weights 95 for 总分 100) and 002-15 (总分 98.48 for scores adding up to 93.48), 附件 2-4
    assertThat(errors(imported)).contains("weights-sum | - | 医保综合管理 | -",
        "total-score-mismatch | - | 医保综合管理 | -");
    // 002-17: 1131 / 1200 × 12.5 = 11.78, printed 12.03 (附件 2-5, line 3426)
    assertThat(r.findings("score-mismatch")).filteredOn(f -> f.location().line().orElse(0) == 3426)
        .singleElement().satisfies(f -> {
          assertThat(f.expected()).contains(new java.math.BigDecimal("11.78"));
          assertThat(f.actual()).contains(new java.math.BigDecimal("12.03"));
        });
  }
}
