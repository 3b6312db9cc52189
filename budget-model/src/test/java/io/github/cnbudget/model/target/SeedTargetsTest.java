package io.github.cnbudget.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every target value printed in the four seed disclosures (seed-targets.tsv, extracted by line from
 * shared/seeds): each one is read with the expected kind, comparator, number and unit, or rejected at
 * the expected index.
 */
class SeedTargetsTest {

  /** One line of seed-targets.tsv. */
  private static final class Row {
    final String seed;
    final String line;
    final String column;
    final boolean parts;
    final String text;
    final String nature;
    final String value;
    final String unit;
    final boolean parsed;
    final String kind;
    final String comparator;
    final String number;
    final String expectedUnit;
    final String index;

    Row(String[] f) {
      seed = f[0];
      line = f[1];
      column = f[2];
      parts = f[3].equals("parts");
      text = f[4];
      nature = f[5];
      value = f[6];
      unit = f[7];
      parsed = f[8].equals("parsed");
      kind = f[9];
      comparator = f[10];
      number = f[11];
      expectedUnit = f[12];
      index = f.length > 13 ? f[13] : "";
    }

    String where() {
      return "seed " + seed + " line " + line + " " + column + " '"
          + (parts ? nature + "|" + value + "|" + unit : text) + "'";
    }
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(SeedTargetsTest.class.getResourceAsStream("seed-targets.tsv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.startsWith("#") || l.isEmpty()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(new Row(l.split("\t", -1)));
      }
    }
    return rows;
  }

  private static Target read(Row row) {
    return row.parts ? Target.ofParts(row.nature, row.value, row.unit) : Target.parse(row.text);
  }

  /** What differs from the row's expectation, or empty when the row is read as expected. */
  private static Optional<String> check(Row row) {
    Target t;
    try {
      t = read(row);
    } catch (TargetParseException e) {
      if (row.parsed) {
        return Optional.of(row.where() + ": expected to parse but " + e.getMessage());
      }
      if (!String.valueOf(e.errorIndex()).equals(row.index)) {
        return Optional.of(row.where() + ": rejected at " + e.errorIndex() + ", expected at " + row.index);
      }
      return Optional.empty();
    }
    if (!row.parsed) {
      return Optional.of(row.where() + ": expected a rejection at " + row.index + " but read " + t);
    }
    List<String> diffs = new ArrayList<>();
    if (!t.kind().name().equals(row.kind)) {
      diffs.add("kind " + t.kind());
    }
    String comparator = t.relation().map(Enum::name).orElse("");
    if (!comparator.equals(row.comparator)) {
      diffs.add("comparator '" + comparator + "'");
    }
    boolean numberMatches = row.number.isEmpty()
        ? t.number().isEmpty()
        : t.number().equals(Optional.of(new BigDecimal(row.number)));
    if (!numberMatches) {
      diffs.add("number " + t.number());
    }
    if (!t.unit().orElse("").equals(row.expectedUnit)) {
      diffs.add("unit '" + t.unit().orElse("") + "'");
    }
    if (t.kind() == Target.Kind.QUALITATIVE && !row.parts && !t.text().orElse("").equals(row.text.strip())) {
      diffs.add("text '" + t.text().orElse("") + "'");
    }
    if (!Target.parse(t.toString()).equals(t)) {
      diffs.add("canonical text '" + t + "' reads back differently");
    }
    return diffs.isEmpty() ? Optional.empty() : Optional.of(row.where() + ": " + String.join(", ", diffs));
  }

  @Test
  void everySeedTarget_isReadOrRejectedAsExpected() throws IOException {
    List<Row> rows = rows();
    List<String> problems = new ArrayList<>();
    Map<String, int[]> summary = new TreeMap<>();
    for (String seed : new String[] {"000", "001", "002", "003"}) {
      summary.put(seed, new int[2]);
    }
    for (Row row : rows) {
      check(row).ifPresent(problems::add);
      boolean readable;
      try {
        read(row);
        readable = true;
      } catch (TargetParseException e) {
        readable = false;
      }
      summary.get(row.seed)[readable ? 0 : 1]++;
    }
    StringBuilder b = new StringBuilder("Seed target values (parsed / rejected):\n");
    summary.forEach((seed, n) -> b.append("  seed ").append(seed).append(": ").append(n[0]).append(" parsed, ")
        .append(n[1]).append(" rejected\n"));
    System.out.print(b);
    assertThat(problems).as("rows read differently from seed-targets.tsv").isEmpty();
    assertThat(rows).hasSizeGreaterThan(300);
  }

  @Test
  void everyGarbledSplitFormNature_isRejectedAtTheNature() throws IOException {
    List<Row> garbled = new ArrayList<>();
    for (Row row : rows()) {
      if (row.parts && !row.parsed) {
        garbled.add(row);
      }
    }
    assertThat(garbled).hasSizeGreaterThan(20);
    for (Row row : garbled) {
      try {
        Target t = read(row);
        throw new AssertionError(row.where() + " read as " + t);
      } catch (TargetParseException e) {
        assertThat(e.errorIndex()).as(row.where()).isLessThan(row.nature.length());
      }
    }
  }
}
