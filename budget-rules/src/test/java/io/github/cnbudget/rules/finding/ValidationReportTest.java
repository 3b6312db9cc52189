package io.github.cnbudget.rules.finding;

import io.github.cnbudget.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static Finding f(String pointer, Severity s) {
    return Finding.builder("rollup-mismatch", "tree-rollup", s).location(Location.at(pointer)).build();
  }

  @Test
  void of_sortsNumericSegmentsAsNumbers() {
    ValidationReport r = ValidationReport.of(List.of(f("/tables/10/rows/1", Severity.ERROR),
        f("/tables/9/rows/2", Severity.INFO), f("/tables/9/rows/10", Severity.WARNING), f("", Severity.ERROR)));
    assertThat(r.findings()).extracting(x -> x.location().pointer())
        .containsExactly("", "/tables/9/rows/2", "/tables/9/rows/10", "/tables/10/rows/1");
  }

  @Test
  void counts_bySeverity() {
    ValidationReport r = ValidationReport.of(List.of(f("/a", Severity.ERROR), f("/b", Severity.ERROR),
        f("/c", Severity.INFO)));
    assertThat(r.count(Severity.ERROR)).isEqualTo(2);
    assertThat(r.count(Severity.WARNING)).isZero();
    assertThat(r.count(Severity.INFO)).isEqualTo(1);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r).hasToString("2 errors, 0 warnings, 1 infos");
  }

  @Test
  void withNotChecked_listsItemsInDocumentOrderOnceAndCountsThem() {
    NotChecked a = NotChecked.of("cross-table", NotChecked.Reason.TABLE_NOT_READ, "收支总表 = 支出总表", "支出总表",
        Location.at("/tables/10"));
    NotChecked b = NotChecked.of("two-sided-balance", NotChecked.Reason.TABLE_ABSENT, "收支总表: 收入总计 = 支出总计",
        "收支总表", Location.document());
    ValidationReport r = ValidationReport.of(List.of(f("/c", Severity.INFO)), 0).withNotChecked(List.of(a, b, a));
    assertThat(r.notChecked()).containsExactly(b, a);
    assertThat(r.isTruncated()).isTrue();
    assertThat(r).hasToString("0 errors, 0 warnings, 0 infos, 2 not checked (truncated)");
    assertThat(a.message(java.util.Locale.ENGLISH))
        .isEqualTo("Not checked (table-not-read): 收支总表 = 支出总表: 支出总表 is in the document, but none of its rows was read");
    assertThat(a.message(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("未校验（table-not-read）");
  }

  @Test
  void of_limitKeepsMostSeriousAndMarksTruncation() {
    ValidationReport r = ValidationReport.of(List.of(f("/a", Severity.INFO), f("/b", Severity.ERROR),
        f("/c", Severity.WARNING)), 2);
    assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    assertThat(r.isTruncated()).isTrue();
  }

  @Test
  void of_isStableWhateverTheInputOrder() {
    List<Finding> a = List.of(f("/x", Severity.INFO), f("/x", Severity.ERROR), f("/a", Severity.WARNING));
    List<Finding> b = List.of(a.get(2), a.get(0), a.get(1));
    assertThat(ValidationReport.of(a).findings()).isEqualTo(ValidationReport.of(b).findings());
  }

  @Test
  void plus_addsAndResorts() {
    ValidationReport r = ValidationReport.of(List.of(f("/b", Severity.ERROR))).plus(List.of(f("/a", Severity.INFO)));
    assertThat(r.findings()).extracting(x -> x.location().pointer()).containsExactly("/a", "/b");
    assertThat(r.findings("rollup-mismatch")).hasSize(2);
    assertThat(r.findings(Severity.INFO)).hasSize(1);
  }

  @Test
  void comparePointers_agreesWithSegmentwiseReference() {
    io.github.cnbudget.testkit.Gen<String> pointer = r -> {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(5); i > 0; i--) {
        b.append('/');
        String alphabet = r.nextBoolean() ? "0123456789" : "ab019";
        for (int k = r.nextInt(12); k > 0; k--) {
          b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
      }
      return b.toString();
    };
    io.github.cnbudget.testkit.Gen<String[]> pairs = r -> new String[] {pointer.generate(r), pointer.generate(r)};
    io.github.cnbudget.testkit.PropertyChecks.forAll(5000, pairs, p -> assertThat(
        Integer.signum(ValidationReport.comparePointers(p[0], p[1])))
        .as(p[0] + " vs " + p[1]).isEqualTo(Integer.signum(reference(p[0], p[1]))));
    // pointers sharing a prefix, as the findings of one table do: the comparison skips it
    io.github.cnbudget.testkit.Gen<String[]> related = r -> {
      String common = pointer.generate(r);
      return new String[] {common + pointer.generate(r), common + pointer.generate(r)};
    };
    io.github.cnbudget.testkit.PropertyChecks.forAll(5000, related, p -> assertThat(
        Integer.signum(ValidationReport.comparePointers(p[0], p[1])))
        .as(p[0] + " vs " + p[1]).isEqualTo(Integer.signum(reference(p[0], p[1]))));
    assertThat(ValidationReport.comparePointers("/tables/9", "/tables/10")).isNegative();
    assertThat(ValidationReport.comparePointers("/tables/3/rows/12", "/tables/3/rows/9")).isPositive();
    assertThat(ValidationReport.comparePointers("/tables/3/rows/1", "/tables/3/rows/1/cells")).isNegative();
    assertThat(ValidationReport.comparePointers("/tables/1/rows", "/tables/1")).isPositive();
    assertThat(ValidationReport.comparePointers("/a/b", "/a/b")).isZero();
  }

  /** The plain split-based comparison the in-place one must agree with. */
  private static int reference(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xn = !x[i].isEmpty() && x[i].length() <= 9 && x[i].chars().allMatch(Character::isDigit);
      boolean yn = !y[i].isEmpty() && y[i].length() <= 9 && y[i].chars().allMatch(Character::isDigit);
      int c;
      if (xn && yn) {
        c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length()) : x[i].compareTo(y[i]);
      } else if (xn != yn) {
        c = xn ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
