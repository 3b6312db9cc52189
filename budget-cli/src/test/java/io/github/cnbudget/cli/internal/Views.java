package io.github.cnbudget.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Sample report values for the internal tests. */
final class Views {
  private Views() {}

  static FindingView finding(String severity, String rule) {
    return new FindingView(rule, "rollup-mismatch", severity, "/tables/2/rows/5/cells/total", Optional.of("表3 支出总表"),
        Optional.of("本级"), Optional.of("2101501"), Optional.of("total"), Optional.of("12"), Optional.of("13"),
        Optional.of("1"), Optional.of("0"), false, "合计不等于各项之和", OptionalInt.of(123), OptionalInt.empty(), List.of());
  }

  static FindingView bare(String severity, String rule) {
    return new FindingView(rule, "weights-not-100", severity, "/", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
        "weights do not sum to 100", OptionalInt.empty(), OptionalInt.empty(), List.of());
  }

  static ImportProblemView problem(int line) {
    return new ImportProblemView("unreadable-code", "WARNING", OptionalInt.of(line), Optional.of("461. 4x"), "cannot read amount",
        OptionalInt.empty());
  }

  static FileReport report(String source, List<FindingView> findings, List<ImportProblemView> problems) {
    return new FileReport(source, List.of("深圳市医疗保障局 2023 部门预算"), findings, problems, Optional.empty());
  }
}
