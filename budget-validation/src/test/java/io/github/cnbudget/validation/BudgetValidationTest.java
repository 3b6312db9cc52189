package io.github.cnbudget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetValidationTest {
  /** A user's own bean in record style: accessors without "get". */
  record LineItem(@FunctionalClassificationCode String code, @EconomicClassificationCode String economic,
      @NonNegativeAmount BigDecimal amount, @NonNegativeAmount Cell printed, @BudgetName String name) {}

  /** A JavaBeans-style bean. */
  public static final class Bean {
    private final String code;

    Bean(String code) {
      this.code = code;
    }

    @FunctionalClassificationCode
    public String getCode() {
      return code;
    }
  }

  private static LineItem valid() {
    return new LineItem("2101501", "30101", new BigDecimal("12.50"), Cell.of("3.00"), "行政运行");
  }

  @Test
  void validate_validRecord_noViolations() {
    assertThat(BudgetValidation.validator().validate(valid())).isEmpty();
    assertThat(BudgetValidation.validate(new LineItem(null, null, null, null, null))).isEmpty();
  }

  @Test
  void validate_invalidRecordAccessors_reallyYieldViolations() {
    LineItem bad = new LineItem("21015011", "40101", new BigDecimal("-1"), Cell.of("-0.01"), "\u3000 ");
    Set<ConstraintViolation<LineItem>> v = BudgetValidation.validator().validate(bad);
    assertThat(v).extracting(x -> x.getPropertyPath().toString())
        .containsExactlyInAnyOrder("code", "economic", "amount", "printed", "name");
  }

  /** A target as a user's bean prints it. */
  record Goal(@TargetText String target) {}

  @Test
  void targetText_garbledComparatorIsInvalid() {
    assertThat(BudgetValidation.validate(new Goal("≥90%"))).isEmpty();
    assertThat(BudgetValidation.validate(new Goal("及时"))).isEmpty();
    assertThat(BudgetValidation.validate(new Goal("^100%"))).extracting(f -> f.location().pointer(),
        f -> f.arguments().get(2)).containsExactly(tuple("/target", "^100%"));
  }

  @Test
  void validate_javaBeansGetterStillWorks() {
    assertThat(BudgetValidation.validate(new Bean("12"))).extracting(f -> f.location().pointer())
        .containsExactly("/code");
  }

  @Test
  void toFindings_joinTheReport() {
    List<Finding> f = BudgetValidation.validate(new LineItem("2101501", "30101", new BigDecimal("-5"), null, "x"));
    assertThat(f).extracting(Finding::code, Finding::severity, x -> x.location().pointer(), x -> x.arguments().get(2))
        .containsExactly(tuple("constraint-violation", Severity.ERROR, "/amount", "-5"));
    assertThat(f.get(0).messageEn()).isEqualTo("LineItem: must not be negative (value -5)");
    ValidationReport r = ValidationReport.of(List.of()).plus(f);
    assertThat(r.count(Severity.ERROR)).isEqualTo(1);
  }

  @Test
  void messages_chineseAndNoExpressionLanguage() {
    Set<ConstraintViolation<LineItem>> v = BudgetValidation.validator()
        .validate(new LineItem("${1+1}", null, null, null, "x"));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.getMessage()).contains("functional classification code");
      assertThat(x.getInvalidValue()).isEqualTo("${1+1}");
    });
    assertThat(BudgetValidation.validator().validate(new LineItem("abc", null, null, null, "x")).iterator().next()
        .getMessageTemplate()).isEqualTo("{io.github.cnbudget.validation.FunctionalClassificationCode.message}");
    assertThat(new BudgetValidation.BundleInterpolator().interpolate(
        "{io.github.cnbudget.validation.NonNegativeAmount.message}", null, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("金额不能为负数");
  }
}
