package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One goal of a performance table being read (绩效目标): whose it is, its budget, tasks, goals and
 * indicators as {@link GoalDraft} finds them, and the project form it is printed in, whose fields
 * are the goal's. Not thread-safe.
 */
final class GoalPart {
  @Nullable String unit;
  @Nullable String department;
  final StringBuilder project = new StringBuilder();
  final StringBuilder annual = new StringBuilder();
  final StringBuilder longTerm = new StringBuilder();
  @Nullable Cell budget;
  final List<LabelledAmounts> tasks = new ArrayList<>();
  final List<Indicator> indicators = new ArrayList<>();
  BigDecimal weights = BigDecimal.ZERO;
  int line;
  /** The project form the goal is printed in, when it is one. */
  ProjectForms.@Nullable Form form;
  /** The labels of the merged 一级/二级 cells printed beside the indicators. */
  final MergedLevels levels = new MergedLevels();

  /** A form's name, department, unit, budget and goals are its goal's. */
  void takeForm() {
    if (form == null) {
      return;
    }
    project.setLength(0);
    project.append(form.name());
    if (!form.department().isEmpty()) {
      department = form.department();
    }
    if (!form.unitName().isEmpty()) {
      unit = form.unitName();
    }
    form.budget().ifPresent(b -> budget = b);
    if (!form.annualGoal().isEmpty()) {
      annual.setLength(0);
      annual.append(form.annualGoal());
    }
    if (!form.longGoal().isEmpty()) {
      longTerm.setLength(0);
      longTerm.append(form.longGoal());
    }
  }

  /**
   * The goal, or empty when nothing of it was read but its names.
   *
   * @param tableLine where the table begins, for a goal that began there
   * @param tableUnit the unit the table prints (单位：万元), for a goal whose form prints none
   */
  Optional<PerformanceGoal> build(TableTitles.Title title, int tableLine, @Nullable AmountUnit tableUnit,
      List<ReadProblem> problems) {
    if (indicators.isEmpty() && tasks.isEmpty()) {
      return Optional.empty();
    }
    PerformanceGoal.Builder b = PerformanceGoal.builder().scope(title.scope).title(title.printed.strip())
        .line(line == 0 ? tableLine : line).addAllTasks(tasks).addAllIndicators(levels.apply(indicators, problems));
    if (unit != null && !unit.isEmpty()) {
      b.unit(unit);
    }
    if (department != null && !department.isEmpty()) {
      b.department(department);
    }
    if (project.length() > 0) {
      b.project(project.toString().replaceAll("\\s+", ""));
    }
    if (annual.length() > 0) {
      b.annualGoal(annual.toString());
    }
    if (longTerm.length() > 0) {
      b.longTermGoal(longTerm.toString());
    }
    if (budget != null) {
      b.budget(budget);
    }
    AmountUnit amountUnit = form != null && form.unit != null ? form.unit : tableUnit;
    if (amountUnit != null) {
      b.amountUnit(amountUnit);
    }
    return Optional.of(b.build());
  }
}
