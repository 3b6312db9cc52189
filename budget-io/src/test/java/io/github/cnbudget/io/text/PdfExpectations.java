package io.github.cnbudget.io.text;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-verified cells of a real PDF ({@code src/test/resources/pdf/expected/NAME.tsv}: page, table
 * title, row code or label, column header path, unit, value as printed — read from the rendered
 * pages, see the NOTES files beside them) and how many of them an import reproduced. A cell counts
 * when a table with that title and unit has a row with that code (or label) holding that printed value
 * in a column whose printed header ends with the expected header.
 */
final class PdfExpectations {
  /** One expected cell. */
  record Expected(int page, String table, String row, String column, String unit, String value) {
    boolean inForm() {
      return table.contains(" | ");
    }

    @Override
    public String toString() {
      return "p" + page + " " + table + " | " + row + " | " + column + " | " + unit + " | " + value;
    }
  }

  final List<Expected> cells;

  private PdfExpectations(List<Expected> cells) {
    this.cells = cells;
  }

  static PdfExpectations load(String name) {
    Path file = Path.of("src/test/resources/pdf/expected/" + name + ".tsv");
    List<Expected> cells = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        cells.add(new Expected(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PdfExpectations(List.copyOf(cells));
  }

  /** The expected cells an import did not reproduce. */
  List<Expected> missing(Disclosure d, boolean forms) {
    List<Expected> out = new ArrayList<>();
    for (Expected e : cells) {
      if (e.inForm() == forms && !found(d, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The expected cells of project forms (table {@code 表题 | 项目名称}) an import did not reproduce: a
   * money cell is found in the project of that name — 项目资金总额 as its total, 年度资金申请总额 as its
   * annual budget, any other label as a funding amount whose key ends with the label — in the
   * expected unit; an indicator value in the project's goal, on the indicator of that name.
   */
  List<Expected> missingInForms(Disclosure d) {
    List<Expected> out = new ArrayList<>();
    for (Expected e : cells) {
      if (e.inForm() && !foundInForm(d, e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean foundInForm(Disclosure d, Expected e) {
    String project = norm(e.table().split(" \\| ")[1]);
    if (e.unit().isEmpty()) {
      return d.goals().stream().filter(g -> g.project().map(PdfExpectations::norm).equals(Optional.of(project)))
          .flatMap(g -> g.indicators().stream())
          .anyMatch(i -> norm(i.name()).equals(norm(e.row())) && i.targetText().equals(Optional.of(e.value())));
    }
    for (Project p : d.projects()) {
      if (!norm(p.name()).equals(project)
          || !p.amountUnit().map(AmountUnit::symbol).equals(Optional.of(e.unit()))) {
        continue;
      }
      Optional<Cell> cell = switch (e.row()) {
        case "项目资金总额" -> p.total();
        case "年度资金申请总额" -> p.annualBudget();
        default -> p.amounts().entrySet().stream()
            .filter(a -> a.getKey().endsWith("/" + e.row()) && a.getValue().printed().equals(e.value()))
            .map(Map.Entry::getValue).findFirst();
      };
      if (cell.map(Cell::printed).equals(Optional.of(e.value()))) {
        return true;
      }
    }
    return false;
  }

  long count(boolean forms) {
    return cells.stream().filter(e -> e.inForm() == forms).count();
  }

  private static boolean found(Disclosure d, Expected e) {
    String title = titleKey(e.table().split(" \\| ")[0]);
    String[] path = norm(e.column()).split("/");
    String lastHeader = path[path.length - 1];
    for (DisclosureTable t : d.tables()) {
      if (!titleKey(t.title()).equals(title)) {
        continue;
      }
      if (!e.unit().isEmpty() && !t.amountUnit().map(AmountUnit::symbol).equals(Optional.of(e.unit()))) {
        continue;
      }
      for (Row r : t.rows()) {
        if (!rowMatches(r, e.row())) {
          continue;
        }
        for (Map.Entry<String, Cell> c : r.cells().entrySet()) {
          if (!c.getValue().printed().equals(e.value())) {
            continue;
          }
          Optional<Column> col = t.columns().stream().filter(k -> k.key().equals(c.getKey())).findFirst();
          String header = col.map(k -> norm(String.join("/", k.header()))).orElse("");
          if (header.endsWith(lastHeader)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean rowMatches(Row r, String printed) {
    if (printed.isEmpty()) {
      return true; // a row printed without a label (the “三公” table's one line of amounts)
    }
    if (r.code().isPresent()) {
      String digits = r.code().get().digits();
      // a 款 printed as one digit in its own column (301 | 2) is read as 30102
      boolean padded = printed.length() == 4 && printed.chars().allMatch(Character::isDigit)
          && digits.equals(printed.substring(0, 3) + "0" + printed.substring(3));
      if (digits.equals(printed) || padded) {
        return true;
      }
    }
    return norm(r.label()).equals(norm(printed));
  }

  private static String titleKey(String s) {
    return norm(s).replaceFirst("^\\d{4}年度?", "").replaceFirst("^(部门|单位|预算单位)", "");
  }

  static String norm(String s) {
    return s.replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')').replace('“', '"')
        .replace('”', '"').replace('，', ',').replace('、', '.').replace('．', '.');
  }
}
