package io.github.cnbudget.model.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.performance.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

  private static TargetParseException rejected(String text) {
    try {
      Target t = Target.parse(text);
      throw new AssertionError("expected a rejection of '" + text + "' but read " + t.kind() + " " + t);
    } catch (TargetParseException e) {
      assertThat(e.parsedText()).isEqualTo(text);
      assertThat(e).isInstanceOf(TextParseException.class);
      return e;
    }
  }

  private static TargetParseException rejectedParts(String nature, String value, String unit) {
    try {
      Target t = Target.ofParts(nature, value, unit);
      throw new AssertionError("expected a rejection but read " + t);
    } catch (TargetParseException e) {
      assertThat(e.parsedText()).isEqualTo(nature + "\t" + value + "\t" + unit);
      return e;
    }
  }

  @Test
  void parse_readsComparatorNumberAndUnit() {
    Target t = Target.parse("≥322.5 万人");
    assertThat(t.kind()).isEqualTo(Target.Kind.QUANTITATIVE);
    assertThat(t.relation()).contains(Relation.GE);
    assertThat(t.number()).contains(new BigDecimal("322.5"));
    assertThat(t.unit()).contains("万人");
    assertThat(t.toString()).isEqualTo("≥322.5万人");
    assertThat(t.printed()).isEqualTo("≥322.5 万人");
  }

  @Test
  void parse_keepsTheScaleOfTheNumber() {
    assertThat(Target.parse("100.00%").number().orElseThrow().scale()).isEqualTo(2);
    assertThat(Target.parse("100%")).isNotEqualTo(Target.parse("100.0%"));
    assertThat(Target.parse("100.0%").toString()).isEqualTo("100.0%");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "≥90%      | GE | 90",
    "≧90%      | GE | 90",
    "⩾90%      | GE | 90",
    ">=90%     | GE | 90",
    "＞＝90%   | GE | 90",
    "≥=90%     | GE | 90",
    "不低于90% | GE | 90",
    "不少于 90% | GE | 90",
    "≤5 个工作日 | LE | 5",
    "≦5个工作日 | LE | 5",
    "<=5个工作日 | LE | 5",
    "＜＝5个工作日 | LE | 5",
    "不超过5个工作日 | LE | 5",
    ">1045 万  | GT | 1045",
    "＞1045万  | GT | 1045",
    "高于1045万 | GT | 1045",
    "<3%       | LT | 3",
    "＜3%      | LT | 3",
    "低于3%    | LT | 3",
    "=1家      | EQ | 1",
    "＝1家     | EQ | 1",
    "== 1家    | EQ | 1",
    "= 100%    | EQ | 100",
    "约 8000 个 | APPROX | 8000",
    "≈8000个   | APPROX | 8000",
  })
  void parse_readsEveryFormOfAComparator(String text, Relation expected, String number) {
    Target t = Target.parse(text);
    assertThat(t.relation()).contains(expected);
    assertThat(t.number()).contains(new BigDecimal(number));
    assertThat(t.toString()).startsWith(expected.symbol());
  }

  /** Every comparator word of the issue, before or after the value, and what it means. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "不低于90%        | GE     | 90   | %",
    "不少于 3 次      | GE     | 3    | 次",
    "不小于90%        | GE     | 90   | %",
    "大于等于90%      | GE     | 90   | %",
    "达到95%          | GE     | 95   | %",
    "90%以上          | GE     | 90   | %",
    "≥90%以上         | GE     | 90   | %",
    "不高于5%         | LE     | 5    | %",
    "不超过5个工作日  | LE     | 5    | 个工作日",
    "不大于 2 天      | LE     | 2    | 天",
    "小于等于2天      | LE     | 2    | 天",
    "5%以下           | LE     | 5    | %",
    "5个工作日以内    | LE     | 5    | 个工作日",
    "大于1045万       | GT     | 1045 | 万",
    "高于1045万       | GT     | 1045 | 万",
    "小于3%           | LT     | 3    | %",
    "低于3%           | LT     | 3    | %",
    "约8000个         | APPROX | 8000 | 个",
    "8000个左右       | APPROX | 8000 | 个",
    "约 8000 个左右   | APPROX | 8000 | 个",
    "等于1家          | EQ     | 1    | 家",
  })
  void parse_readsEveryComparatorWord(String text, Relation expected, String number, String unit) {
    Target t = Target.parse(text);
    assertThat(t.kind()).isEqualTo(Target.Kind.QUANTITATIVE);
    assertThat(t.relation()).contains(expected);
    assertThat(t.number()).contains(new BigDecimal(number));
    assertThat(t.unit()).contains(unit);
    assertThat(Target.parse(t.toString())).isEqualTo(t);
  }

  @Test
  void parse_readsASuffixWithoutUnitAndAfterAPeriod() {
    assertThat(Target.parse("90以上").toString()).isEqualTo("≥90");
    assertThat(Target.parse("90以上").unit()).isEmpty();
    assertThat(Target.parse("4次/月以上").toString()).isEqualTo("≥4次/月");
  }

  @Test
  void parse_readsAUnitInBrackets() {
    Target t = Target.parse("≥13459.00(平方米)");
    assertThat(t.relation()).contains(Relation.GE);
    assertThat(t.number()).contains(new BigDecimal("13459.00"));
    assertThat(t.unit()).contains("平方米");
    assertThat(t.toString()).isEqualTo("≥13459.00平方米");
    assertThat(Target.parse("90.00（度）").unit()).contains("度");
    assertThat(Target.parse("=5.00(万人次)")).isEqualTo(Target.parse("=5.00万人次"));
    // a tolerance in brackets stays a tolerance
    assertThat(Target.parse("532 人（±3%）").tolerance()).contains(new BigDecimal("3"));
    assertThatThrownBy(() -> Target.parse("≥1.00(个")).isInstanceOfSatisfying(TargetParseException.class,
        e -> assertThat(e.errorIndex()).isEqualTo(7));
  }

  @Test
  void parse_rejectsASuffixThatContradictsThePrintedComparator() {
    assertThatThrownBy(() -> Target.parse("≤5天以上")).isInstanceOfSatisfying(TargetParseException.class,
        e -> assertThat(e.errorIndex()).isEqualTo(3));
  }

  @Test
  void parse_rejectsAPlaceholderAtItsStart() {
    for (String placeholder : new String[] {"-", " — ", "--", "/", "－"}) {
      assertThatThrownBy(() -> Target.parse(placeholder)).as(placeholder)
          .isInstanceOfSatisfying(TargetParseException.class, e -> {
            assertThat(e.errorIndex()).isEqualTo(placeholder.indexOf(placeholder.strip()));
            assertThat(e.reason()).contains("placeholder");
          });
    }
  }

  @Test
  void parse_readsComparatorWordsWithoutANumberAsPhrases() {
    assertThat(Target.parse("达到预期").kind()).isEqualTo(Target.Kind.QUALITATIVE);
    assertThat(Target.parse("基本达到").kind()).isEqualTo(Target.Kind.QUALITATIVE);
  }

  @Test
  void parse_equatesPrintedVariantsButKeepsThePrintedText() {
    Target a = Target.parse("≥ 90 ％");
    Target b = Target.parse("不低于90%");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.printed()).isEqualTo("≥ 90 ％");
    assertThat(b.printed()).isEqualTo("不低于90%");
    assertThat(a.toString()).isEqualTo("≥90%");
  }

  @Test
  void parse_readsABareNumberWithoutComparator() {
    Target t = Target.parse("100%");
    assertThat(t.relation()).isEmpty();
    assertThat(t.number()).contains(new BigDecimal("100"));
    assertThat(t.unit()).contains("%");
    Target plain = Target.parse("12");
    assertThat(plain.unit()).isEmpty();
    assertThat(plain.toString()).isEqualTo("12");
  }

  @Test
  void parse_readsAnyUnitWord() {
    assertThat(Target.parse("≥2000 人次").unit()).contains("人次");
    assertThat(Target.parse("≥3 亿条").unit()).contains("亿条");
    assertThat(Target.parse("1 个工作日内").unit()).contains("个工作日内");
    assertThat(Target.parse("≥15 万宗").unit()).contains("万宗");
    assertThat(Target.parse("≥70 亿元").unit()).contains("亿元");
    assertThat(Target.parse("≥2 轮").unit()).contains("轮");
    assertThat(Target.parse("≥10 GB").unit()).contains("GB");
    assertThat(Target.parse("≥ 1 万 人").unit()).contains("万人");
  }

  @Test
  void parse_readsTolerance() {
    Target t = Target.parse("532 人（±3%）");
    assertThat(t.number()).contains(new BigDecimal("532"));
    assertThat(t.unit()).contains("人");
    assertThat(t.tolerance()).contains(new BigDecimal("3"));
    assertThat(t.toleranceUnit()).contains("%");
    assertThat(t.toString()).isEqualTo("532人（±3%）");
    assertThat(Target.parse("532人(± 3 %)")).isEqualTo(t);
    assertThat(Target.parse("532人±3%")).isEqualTo(t);
  }

  @Test
  void parse_readsPerPeriod() {
    Target t = Target.parse("4次/月");
    assertThat(t.number()).contains(new BigDecimal("4"));
    assertThat(t.unit()).contains("次");
    assertThat(t.period()).contains("月");
    assertThat(Target.parse("1 次/月").toString()).isEqualTo("1次/月");
  }

  @Test
  void parse_readsEachOf() {
    Target t = Target.parse("各 1 次");
    assertThat(t.eachOf()).isTrue();
    assertThat(t.relation()).isEmpty();
    assertThat(t.number()).contains(BigDecimal.ONE);
    assertThat(t.toString()).isEqualTo("各1次");
    assertThat(Target.parse("各≥2个").relation()).contains(Relation.GE);
    assertThat(Target.parse("1次").eachOf()).isFalse();
  }

  @Test
  void parse_readsARange() {
    Target t = Target.parse("90%≤预算执行率≤100%");
    assertThat(t.kind()).isEqualTo(Target.Kind.RANGE);
    assertThat(t.relation()).contains(Relation.GE);
    assertThat(t.number()).contains(new BigDecimal("90"));
    assertThat(t.unit()).contains("%");
    assertThat(t.text()).contains("预算执行率");
    assertThat(t.upperRelation()).contains(Relation.LE);
    assertThat(t.upperNumber()).contains(new BigDecimal("100"));
    assertThat(t.upperUnit()).contains("%");
    assertThat(t.toString()).isEqualTo("90%≤预算执行率≤100%");
    Target open = Target.parse("80% < 满意度 < 90%");
    assertThat(open.relation()).contains(Relation.GT);
    assertThat(open.upperRelation()).contains(Relation.LT);
  }

  @Test
  void parse_readsDeadlinesToTheDay() {
    Target t = Target.parse("2023年12月31日前");
    assertThat(t.kind()).isEqualTo(Target.Kind.DEADLINE);
    assertThat(t.deadline()).contains(LocalDate.of(2023, 12, 31));
    assertThat(t.deadlinePrecision()).contains(ChronoUnit.DAYS);
    assertThat(t.qualifier()).contains("前");
    assertThat(t.number()).isEmpty();
    assertThat(Target.parse("2023 年 6 月 30 号").deadline()).contains(LocalDate.of(2023, 6, 30));
  }

  @Test
  void parse_readsYearEndDeadlines() {
    Target a = Target.parse("2023 年底完成");
    Target b = Target.parse("2023 年年底完成");
    assertThat(a.deadline()).contains(LocalDate.of(2023, 12, 31));
    assertThat(a.deadlinePrecision()).contains(ChronoUnit.YEARS);
    assertThat(a.qualifier()).contains("完成");
    assertThat(a).isEqualTo(b);
    assertThat(a.toString()).isEqualTo("2023年底完成");
    assertThat(Target.parse("2023年末")).isEqualTo(Target.parse("2023年底"));
  }

  @Test
  void parse_readsMonthDeadlines() {
    Target t = Target.parse("2020 年 12 月");
    assertThat(t.deadline()).contains(LocalDate.of(2020, 12, 31));
    assertThat(t.deadlinePrecision()).contains(ChronoUnit.MONTHS);
    assertThat(t.qualifier()).isEmpty();
    assertThat(Target.parse("2024年2月").deadline()).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void parse_readsALabelledDeadline() {
    Target t = Target.parse("及时（2023 年 12 月 31 日前投入使用）");
    assertThat(t.kind()).isEqualTo(Target.Kind.DEADLINE);
    assertThat(t.text()).contains("及时");
    assertThat(t.deadline()).contains(LocalDate.of(2023, 12, 31));
    assertThat(t.qualifier()).contains("前投入使用");
    assertThat(t.toString()).isEqualTo("及时（2023年12月31日前投入使用）");
  }

  @Test
  void parse_readsANumberWithAYearLikeValueAsAQuantityWhenACompararatorIsPrinted() {
    Target t = Target.parse("≥2000 年");
    assertThat(t.kind()).isEqualTo(Target.Kind.QUANTITATIVE);
    assertThat(Target.parse("3 年").kind()).isEqualTo(Target.Kind.QUANTITATIVE);
    assertThat(Target.parse("2000 人次").kind()).isEqualTo(Target.Kind.QUANTITATIVE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "是", "否", "及时", "完成", "有效提高", "合理", "满足", "优良中差", "基本满足", "有所降低", "年底前",
    "不适用", "按计划完成", "在国家、省规定时限内完成", "根据文件要求的时间开展检查，延迟率为 0",
    "无资质人员为 0", "定性优", "约定俗成", "各项工作完成", "不低于去年水平", "完成（详见附件）", "DRG", "“好差评”全覆盖",
  })
  void parse_readsPhrasesAsQualitativeText(String text) {
    Target t = Target.parse(text);
    assertThat(t.kind()).isEqualTo(Target.Kind.QUALITATIVE);
    assertThat(t.text()).contains(text);
    assertThat(t.number()).isEmpty();
    assertThat(t.toString()).isEqualTo(text);
  }

  @Test
  void parse_trimsButKeepsInnerSpacesOfPhrases() {
    Target t = Target.parse("  在合同规定期 限内完成 ");
    assertThat(t.text()).contains("在合同规定期 限内完成");
  }

  @Test
  void parse_readsFullWidthDigitsAndThousandsSeparators() {
    assertThat(Target.parse("１００％")).isEqualTo(Target.parse("100%"));
    assertThat(Target.parse("≥1,000 人").number()).contains(new BigDecimal("1000"));
    assertThat(Target.parse("-5%").number()).contains(new BigDecimal("-5"));
  }

  @ParameterizedTest(name = "{0} fails at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "<u>≥</u>100%  | 0",
    "^100%         | 0",
    "^ 5 人        | 0",
    "\\ I90%       | 0",
    "\\ <u>\\</u>90% | 0",
    "٨١ 95%        | 0",
    "Ш1个          | 0",
    "II 100%       | 0",
    "// 100%       | 0",
    "- 10076       | 0",
    ". 000/        | 0",
    "≥≥90%         | 0",
    "≥ %           | 0",
    "≥             | 0",
    "` ≥90 ≥`      | 5",
    "1000/         | 5",
    "461, 49       | 3",
    "90%≥95%       | 3",
    "100%（含）    | 4",
    "5<10          | 2",
    "90%≤预算执行率 | 3",
    "2023年13月    | 5",
    "2023年2月30日 | 7",
    "2023年12      | 5",
    "2023年12月31日前80% | 12",
    "2023年底（含） | 6",
    "532人（±3%   | 8",
    "532人（±    | 6",
    "``            | 0",
    "`   `         | 3",
    "—             | 0",
  })
  void parse_rejectsUnreadableText_reportsIndex(String text, int index) {
    assertThat(rejected(text).errorIndex()).isEqualTo(index);
  }

  @Test
  void parse_rejectsGarbledComparatorWithMessageNamingTextAndIndex() {
    TargetParseException e = rejected("^100%");
    assertThat(e.getMessage()).isEqualTo("Text '^100%' could not be parsed at index 0: " + e.reason());
  }

  @Test
  void ofParts_readsTheSplitForm() {
    Target t = Target.ofParts("≥", "100", "%");
    assertThat(t).isEqualTo(Target.parse("≥100%"));
    assertThat(t.printed()).isEqualTo("≥\t100\t%");
    assertThat(Target.ofParts("≤", "5", "万元")).isEqualTo(Target.parse("≤5万元"));
    assertThat(Target.ofParts("=", "1", "家").relation()).contains(Relation.EQ);
    assertThat(Target.ofParts(">", "10", "套").relation()).contains(Relation.GT);
    assertThat(Target.ofParts("＝", "100", "%").relation()).contains(Relation.EQ);
    assertThat(Target.ofParts(" ≥ ", "3.3", "万元").number()).contains(new BigDecimal("3.3"));
  }

  @Test
  void ofParts_readsQualitativeAndPlainNatures() {
    Target q = Target.ofParts("定性", "高中低", "");
    assertThat(q.kind()).isEqualTo(Target.Kind.QUALITATIVE);
    assertThat(q.text()).contains("高中低");
    assertThat(Target.ofParts("", "100", "%")).isEqualTo(Target.parse("100%"));
    assertThat(Target.ofParts("定量", "5", "份")).isEqualTo(Target.parse("5份"));
  }

  @Test
  void ofParts_readsBracketedDeadlinesInTheValue_andTheirCanonicalTextReadsBack() {
    Target q = Target.ofParts("定性", "及时（2023年12月31日前）", "");
    assertThat(q.kind()).isEqualTo(Target.Kind.DEADLINE);
    assertThat(q.text()).contains("及时");
    Target plain = Target.ofParts("", "及时（2023年底）", "");
    assertThat(Target.parse(plain.toString())).isEqualTo(plain);
    assertThat(rejectedParts("≥", "及时（5）", "").errorIndex()).isEqualTo(2);
  }

  @ParameterizedTest(name = "nature {0} fails at {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "2          | 100 | %   | 0",
    "^          | 5   | 人  | 0",
    "Ш          | 1   | 个  | 0",
    "<u>≥</u>   | 5   | 万元 | 0",
    "<u>></u>   | 100 | %   | 0",
    "`<u> </u>` | 3   | 万元 | 0",
    "`\\ I`     | 90  | %   | 0",
    "II         | 100 | %   | 0",
    "٨١         | 95  | %   | 0",
    "`/ I`      | 5   | 份  | 0",
    "//         | 100 | %   | 0",
    "`\\ <u>\\</u>` | 90 | % | 0",
    "` ^`       | 5   | 人  | 1",
  })
  void ofParts_rejectsGarbledNature_reportsIndex(String nature, String value, String unit, int index) {
    assertThat(rejectedParts(nature, value, unit).errorIndex()).isEqualTo(index);
  }

  @Test
  void ofParts_rejectsValuesThatDoNotFitTheNature_reportsIndex() {
    assertThat(rejectedParts("定性", "100", "%").errorIndex()).isEqualTo(3);
    assertThat(rejectedParts("≥", "高", "").errorIndex()).isEqualTo(2);
    assertThat(rejectedParts("≥", "≥100", "%").errorIndex()).isEqualTo(2);
    assertThat(rejectedParts("≥", "", "%").errorIndex()).isEqualTo(2);
    assertThat(rejectedParts("定量", "≥5", "份").errorIndex()).isEqualTo(3);
    assertThat(rejectedParts("≥", "100", "^").errorIndex()).isEqualTo(6);
    assertThat(rejectedParts("≥", "100", "% 5").errorIndex()).isEqualTo(8);
  }

  @Test
  void toString_readsBackToAnEqualTarget() {
    for (String s : new String[] {"≥322.5 万人", "约 8000 个", "532 人（±3%）", "4次/月", "各 1 次", "2023年12月31日前",
        "2023 年底完成", "及时（2023 年 12 月 31 日前投入使用）", "有效提高", "90%≤预算执行率≤100%", "2020 年 12 月",
        "及时（≤5 个工作日）", "-0.50 %"}) {
      Target t = Target.parse(s);
      assertThat(Target.parse(t.toString())).as(s).isEqualTo(t);
    }
    Target parts = Target.ofParts("≥", "95", "%");
    assertThat(Target.parse(parts.toString())).isEqualTo(parts);
  }

  @Test
  void equals_distinguishesEveryPart() {
    assertThat(Target.parse("≥90%")).isNotEqualTo(Target.parse("≤90%"));
    assertThat(Target.parse("≥90%")).isNotEqualTo(Target.parse("≥91%"));
    assertThat(Target.parse("≥90%")).isNotEqualTo(Target.parse("≥90个"));
    assertThat(Target.parse("1次")).isNotEqualTo(Target.parse("各1次"));
    assertThat(Target.parse("4次/月")).isNotEqualTo(Target.parse("4次/年"));
    assertThat(Target.parse("5人（±3%）")).isNotEqualTo(Target.parse("5人（±2%）"));
    assertThat(Target.parse("2023年底前")).isNotEqualTo(Target.parse("2023年底"));
    assertThat(Target.parse("2023年12月")).isNotEqualTo(Target.parse("2023年12月31日"));
    assertThat(Target.parse("及时（2023年底）")).isNotEqualTo(Target.parse("2023年底"));
    assertThat(Target.parse("是")).isNotEqualTo(Target.parse("否"));
    assertThat(Target.parse("是")).isNotEqualTo("是");
  }

  @Test
  void indicatorTarget_readsTheWholeTextOrTheSplitForm() {
    Indicator whole = Indicator.builder().level1Text("产出指标").name("参保人满意度").targetText("≥90%").build();
    assertThat(whole.target()).contains(Target.parse("≥90%"));
    Indicator split = Indicator.builder().level1Text("产出指标").name("异地就医平台验收合格率")
        .nature("≥").value("100").measureUnit("%").build();
    assertThat(split.target()).contains(Target.parse("≥100%"));
  }

  @Test
  void indicatorTarget_isEmptyWhenAbsentOrUnreadable() {
    Indicator none = Indicator.builder().level1Text("产出指标").name("x").build();
    assertThat(none.target()).isEmpty();
    Indicator garbled = Indicator.builder().level1Text("产出指标").name("国家信息平台建设及时率")
        .nature("2").value("100").measureUnit("%").build();
    assertThat(garbled.effectiveTargetText()).contains("100%");
    assertThat(garbled.target()).isEmpty();
    Indicator badText = Indicator.builder().level1Text("产出指标").name("x").targetText("^100%").build();
    assertThat(badText.target()).isEmpty();
  }
}
