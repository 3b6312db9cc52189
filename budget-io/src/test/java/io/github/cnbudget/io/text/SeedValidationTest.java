package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.Severity;
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
}
