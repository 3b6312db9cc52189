package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.Printable;
import io.github.cnbudget.cli.internal.SummaryTable;
import io.github.cnbudget.cli.internal.TextTable;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.scoring.Grade;
import io.github.cnbudget.rules.scoring.IndicatorScore;
import io.github.cnbudget.rules.scoring.ScoreCard;
import io.github.cnbudget.rules.scoring.ScoringEngine;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code budget score FILE…}: recomputes the self-evaluation scores (绩效自评得分复核) and prints them
 * beside the printed ones, indicator by indicator, with the budget-execution score, the total and
 * the grade.
 *
 * <p>Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute the performance self-evaluation scores (绩效自评) and print them beside the printed ones.",
      "Exit code 0: every input read; 2: an input could not be read, or a usage error."
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand BudgetCommand parent;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = {"Files, folders or globs: published PDFs (by their %%PDF- header) or text, .json or .jsonl;",
      "a report of validate --format json stands for the files it names."})
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    // titles, project and indicator names are document text: escaped, they cannot forge lines
    PrintWriter out = Printable.writer(spec.commandLine().getOut());
    PrintWriter err = spec.commandLine().getErr();
    ScoringEngine engine = ScoringEngine.defaults();
    // a validation report stands for the documents it was made from
    List<Input> inputs = ReportInputs.expand(Documents.inputs(files));
    List<FileReport> reports = parent.batch(inputs, in -> {
      Documents.Loaded loaded = Documents.load(in, reading);
      for (Disclosure d : loaded.documents()) {
        out.println(in.display() + ": " + Documents.describe(d));
        if (d.selfEvaluations().isEmpty()) {
          out.println("  no self-evaluation table (绩效自评表)");
        }
        for (SelfEvaluation e : d.selfEvaluations()) {
          print(e, engine.recompute(e), engine, out);
        }
      }
      out.flush();
      return loaded.report(in);
    }, err);
    SummaryTable.write(reports, err);
    return BatchSummary.of(reports).exitCode();
  }

  private static void print(SelfEvaluation e, ScoreCard card, ScoringEngine engine, PrintWriter out) {
    out.println("  " + e.project().orElse("部门整体 (department as a whole)") + e.line().stream().mapToObj(l -> " (line " + l + ")")
        .findFirst().orElse(""));
    TextTable t = new TextTable(List.of("indicator (指标)", "weight", "target", "actual", "printed", "recomputed", "difference"),
        List.of(false, true, false, false, true, true, true));
    for (IndicatorScore s : card.indicators()) {
      t.add(List.of(s.indicator().name(), cell(s.indicator().weight()), s.indicator().effectiveTargetText().orElse(""),
          s.indicator().actual().orElse(""), s.printed().map(BigDecimal::toPlainString).orElse(""),
          amount(s.recomputed()), difference(s.printed(), s.recomputed())));
    }
    Optional<BigDecimal> printedExecution = engine.printedExecutionScore(e);
    t.add(List.of("budget execution (预算执行率)", "", "", "", amount(printedExecution), amount(card.execution()),
        difference(printedExecution, card.execution())));
    Optional<BigDecimal> printedTotal = e.totalScore().flatMap(Cell::value);
    t.add(List.of("total (总分)", cell(e.totalWeight()), "", "", amount(printedTotal), amount(card.total()),
        difference(printedTotal, card.total())));
    t.add(List.of("grade (等级)", "", "", "", e.grade().orElse(""), card.grade().map(Grade::chinese).orElse(""), ""));
    t.write(out, "    ");
  }

  private static String cell(Optional<Cell> c) {
    return c.map(Cell::printed).orElse("");
  }

  private static String amount(Optional<BigDecimal> v) {
    return v.map(x -> x.setScale(Math.min(Math.max(x.scale(), 0), 2), RoundingMode.HALF_UP).toPlainString()).orElse("");
  }

  private static String difference(Optional<BigDecimal> printed, Optional<BigDecimal> recomputed) {
    if (printed.isEmpty() || recomputed.isEmpty()) {
      return "";
    }
    BigDecimal d = recomputed.get().subtract(printed.get()).setScale(2, RoundingMode.HALF_UP);
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
