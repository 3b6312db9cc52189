package io.github.cnbudget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.table.Cell;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a user who never calls {@link BudgetValidation} gets from the standard bootstrap: the
 * validators are found as services, and the messages read from the {@code ValidationMessages}
 * bundles, in Chinese and in English.
 */
class StandardFactoryTest {
  /** A JavaBeans-style bean, the kind the standard factory reads, with every constraint on its fields. */
  public static final class Item {
    @FunctionalClassificationCode
    private final String code;
    @EconomicClassificationCode
    private final String economic;
    @NonNegativeAmount
    private final BigDecimal amount;
    @NonNegativeAmount
    private final Cell printed;
    @BudgetName
    private final String name;
    @TargetText
    private final String target;

    Item(String code, String economic, BigDecimal amount, Cell printed, String name, String target) {
      this.code = code;
      this.economic = economic;
      this.amount = amount;
      this.printed = printed;
      this.name = name;
      this.target = target;
    }
  }

  private static final Item VALID = new Item("2101501", "30101", new BigDecimal("12.50"), Cell.of("3.00"), "行政运行",
      "≥90%");
  private static final Item INVALID = new Item("21015011", "40101", new BigDecimal("-1"), Cell.of("-0.01"), "\u3000 ",
      "^100%");

  /** The context the interpolator is given for a violation, for rendering it in another locale. */
  private static MessageInterpolator.Context context(ConstraintViolation<?> v) {
    return new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return v.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return v.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** Each violated property's message in a locale, from the standard factory built under a default locale. */
  private static Map<String, String> messages(Locale jvmDefault, Locale asked) {
    Locale before = Locale.getDefault();
    Locale.setDefault(jvmDefault);
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      assertThat(f.getValidator().validate(VALID)).isEmpty();
      Set<ConstraintViolation<Item>> vs = f.getValidator().validate(INVALID);
      Map<String, String> out = new TreeMap<>();
      for (ConstraintViolation<Item> v : vs) {
        out.put(v.getPropertyPath().toString(),
            f.getMessageInterpolator().interpolate(v.getMessageTemplate(), context(v), asked));
      }
      return out;
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void standardFactory_findsTheValidators_andRendersChinese() {
    assertThat(messages(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "amount", "金额不能为负数",
        "code", "应为 3、5 或 7 位支出功能分类科目编码",
        "economic", "应为以 3 或 5 开头的 3 位或 5 位支出经济分类科目编码",
        "name", "名称不能为空且不能含控制字符",
        "printed", "金额不能为负数",
        "target", "应为可解析的指标值，如 ≥90% 或 ≤5 个工作日")));
  }

  @Test
  void standardFactory_rendersEnglish_evenUnderAChineseDefaultLocale() {
    Map<String, String> en = messages(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    assertThat(en).containsEntry("amount", "must not be negative")
        .containsEntry("code", "must be a functional classification code of 3, 5 or 7 digits")
        .containsEntry("name", "must be a non-blank name without control characters").hasSize(6);
    assertThat(en.values()).noneMatch(m -> m.startsWith("{"));
  }

  @Test
  void standardFactory_defaultLocaleMessages() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.CHINA);
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      assertThat(f.getValidator().validate(new Item(null, null, null, null, "x\u0007", null)))
          .extracting(ConstraintViolation::getMessage).containsExactly("名称不能为空且不能含控制字符");
    } finally {
      Locale.setDefault(before);
    }
  }
}
