package io.github.cnbudget.model.performance;

import io.github.cnbudget.model.table.Cell;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A labelled line of amounts inside a performance table: a 年度主要任务 line (任务名称, 主要内容,
 * 总额 / 财政拨款 / 其他资金) or a self-evaluation funding line (年度资金总额, 年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分). Cells are keyed by printed column label, in printed order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LabelledAmounts {
  LabelledAmounts() {}

  /**
   * The printed label (任务名称 / 资金类别).
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Descriptive text printed with the line (主要内容).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> description();

  /**
   * The cells by printed column label.
   *
   * @return the cells in printed order
   */
  public abstract Map<String, Cell> cells();

  /**
   * Where the line was printed.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelledAmounts}. */
  public static final class Builder extends ImmutableLabelledAmounts.Builder {
    Builder() {}
  }
}
