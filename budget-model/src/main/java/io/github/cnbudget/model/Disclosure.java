package io.github.cnbudget.model;

import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.TableKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A published budget disclosure (部门预算 / 部门决算公开文件) of one department for one fiscal year at
 * one stage, exactly as printed: its tables, projects, performance targets and self-evaluations,
 * evaluation frameworks and notes.
 *
 * <p>Only structure is enforced here; totals that do not add up, stale names and weights that do
 * not sum to 100 all load and become findings of the rules. Immutable and thread-safe.
 *
 * <pre>{@code
 * Disclosure d = Disclosure.builder()
 *     .department(Department.of("深圳市医疗保障局"))
 *     .year(FiscalYear.of(2023))
 *     .stage(Stage.BUDGET)
 *     .precision(Precision.of(AmountUnit.WAN_YUAN, 0))
 *     .addTables(table)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Disclosure {
  Disclosure() {}

  /**
   * The issuing department and its units.
   *
   * @return the department
   */
  public abstract Department department();

  /**
   * The fiscal year disclosed.
   *
   * @return the year
   */
  public abstract FiscalYear year();

  /**
   * Budget or final account.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * The published precision of the tables' amounts (unit and decimals).
   *
   * @return the precision
   */
  public abstract Precision precision();

  /**
   * The printed document title.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * The tables in printed order.
   *
   * @return the tables
   */
  public abstract List<DisclosureTable> tables();

  /**
   * Projects disclosed outside the tables' rows (项目支出 with category, goal…).
   *
   * @return the projects
   */
  public abstract List<Project> projects();

  /**
   * Performance target tables (绩效目标表).
   *
   * @return the goals
   */
  public abstract List<PerformanceGoal> goals();

  /**
   * Self-evaluation tables (绩效自评表).
   *
   * @return the self-evaluations
   */
  public abstract List<SelfEvaluation> selfEvaluations();

  /**
   * Evaluation frameworks (共性指标体系框架).
   *
   * @return the frameworks
   */
  public abstract List<EvaluationFramework> frameworks();

  /**
   * Table titles announced in the table of contents (目录), as printed.
   *
   * @return the announced titles
   */
  public abstract List<String> contents();

  /**
   * Document-level notes.
   *
   * @return the notes
   */
  public abstract List<Note> notes();

  /**
   * The narrative (情况说明): the explanatory paragraphs printed beside the tables. Empty when the
   * document was read without its prose.
   *
   * @return the narrative
   */
  @Value.Default
  public Narrative narrative() {
    return Narrative.empty();
  }

  /**
   * Where the document came from (a file name or URL), when known.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * The tables of a kind.
   *
   * @param kind the kind
   * @return the tables in printed order
   */
  public List<DisclosureTable> tables(TableKind kind) {
    return tables().stream().filter(t -> t.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The first table of a kind.
   *
   * @param kind the kind
   * @return the table, or empty
   */
  public Optional<DisclosureTable> table(TableKind kind) {
    return tables().stream().filter(t -> t.kind() == kind).findFirst();
  }

  /**
   * This document with other tables, everything else kept.
   *
   * @param elements the tables
   * @return the changed copy
   */
  public abstract Disclosure withTables(Iterable<? extends DisclosureTable> elements);

  /**
   * This document with another narrative, everything else kept.
   *
   * @param narrative the narrative
   * @return the changed copy
   */
  public abstract Disclosure withNarrative(Narrative narrative);

  /**
   * This document with other performance goals, everything else kept.
   *
   * @param elements the goals
   * @return the changed copy
   */
  public abstract Disclosure withGoals(Iterable<? extends PerformanceGoal> elements);

  /**
   * This disclosure with other projects, everything else kept.
   *
   * @param elements the projects
   * @return the changed copy
   */
  public abstract Disclosure withProjects(Iterable<? extends Project> elements);

  /**
   * This document with other self-evaluations, everything else kept.
   *
   * @param elements the self-evaluations
   * @return the changed copy
   */
  public abstract Disclosure withSelfEvaluations(Iterable<? extends SelfEvaluation> elements);

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Disclosure}s. */
  public static final class Builder extends ImmutableDisclosure.Builder {
    Builder() {}
  }
}
