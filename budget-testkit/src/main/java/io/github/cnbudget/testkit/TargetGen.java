package io.github.cnbudget.testkit;

import io.github.cnbudget.model.target.Target;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of performance target values (绩效目标值) and of the many ways documents print
 * them: comparators in half-width, full-width and word forms, spaces, full-width digits, thousands
 * separators, tolerances, per-period counts, 各, ranges, deadlines, labelled deadlines, qualitative
 * phrases and the split form 指标性质 / 指标值 / 度量单位; and of texts with OCR-garbled comparators
 * that must be rejected.
 *
 * <p>Stateless and thread-safe; every value depends only on the random source.
 */
public final class TargetGen {
  private TargetGen() {}

  private static final List<String> UNITS = List.of("%", "个", "次", "万人", "人次", "亿条", "家", "个工作日", "个月",
      "万元", "亿元", "宗", "台", "条", "件", "项", "轮", "人", "册", "份", "万份", "套", "名", "单", "笔", "天", "GB",
      "个工作日内", "万", "元");
  private static final List<String> PERIODS = List.of("月", "年", "季度", "周", "天", "次");
  private static final List<String> PHRASES = List.of("是", "否", "及时", "完成", "有效提高", "合理", "满足", "优良中差",
      "基本满足", "有所降低", "有所提升", "按计划完成", "实时", "显著", "规范", "完善", "保障正常", "有效促进", "不适用",
      "年底前", "高中低", "定性优", "在国家、省规定时限内完成", "无资质人员为 0", "根据文件要求的时间开展检查，延迟率为 0",
      "约定俗成", "各项工作按时完成", "不低于去年水平", "完成（详见附件）", "DRG", "“好差评”全覆盖");
  private static final String HAN = "有效提高保障完成合理满足是否优良中差基本有所降低按计划实时显著规范及时正常促进稳定";
  private static final List<String> LABELS = List.of("及时", "按时", "完成", "投入使用", "确保");
  private static final List<String> QUALIFIERS = List.of("", "前", "完成", "前完成", "前投入使用", "内完成", "底前");
  private static final List<String> SUBJECTS = List.of("预算执行率", "满意度", "“三公”经费控制率", "比率", "");

  // Printed forms of each comparator, canonical first; index by Comparator ordinal order GE LE GT LT EQ APPROX.
  private static final List<List<String>> COMPARATOR_FORMS = List.of(
      List.of("≥", "≧", "⩾", ">=", "＞＝", "≥=", "不低于", "不少于", "大于等于"),
      List.of("≤", "≦", "⩽", "<=", "＜＝", "≤=", "不超过", "不高于", "小于等于"),
      List.of(">", "＞", "大于", "高于", "超过"),
      List.of("<", "＜", "小于", "低于", "少于"),
      List.of("=", "＝", "==", "等于"),
      List.of("约", "≈"));
  private static final List<String> NATURES = List.of("≥", "≤", ">", "<", "=", "＝", "≧", "≦");

  private static final List<String> GARBLED = List.of("^", "Ш", "II", "\\ I", "/ I", "//", "٨١", "<u>≥</u>",
      "<u>≤</u>", "<u>></u>", "<u> </u>", "\\ <u>\\</u>", "≥≥", "≤≥", "- ", ". ", "—", "~", "|", "*", "#", "Ⅱ");

  /**
   * Printed target texts that {@link Target#parse(CharSequence)} reads.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return r -> render(spec(r), r);
  }

  /**
   * Targets, read from generated texts or from generated split forms.
   *
   * @return the generator
   */
  public static Gen<Target> targets() {
    return r -> r.nextInt(5) == 0 ? splitForm(r) : Target.parse(render(spec(r), r));
  }

  /**
   * Two printings of one target in independently chosen styles (e.g. {@code ≥ 90 ％} and
   * {@code 不低于90%}), which must read as equal targets.
   *
   * @return the generator of two-element lists
   */
  public static Gen<List<String>> printingPairs() {
    return r -> {
      Spec s = spec(r);
      return List.of(render(s, r), render(s, r));
    };
  }

  /**
   * Texts whose comparator is OCR-garbled ({@code ^100%}, {@code <u>≥</u>5 万元}, {@code Ш1个}): each
   * must be rejected at index 0, where the garbled comparator starts.
   *
   * @return the generator
   */
  public static Gen<String> garbledTexts() {
    return r -> GARBLED.get(r.nextInt(GARBLED.size())) + space(r) + number(r, false) + space(r) + unit(r);
  }

  /** The structure of a target before it is printed. */
  private static final class Spec {
    int kind;
    int comparator = -1;
    String number = "0";
    String unit = "";
    boolean each;
    String period = "";
    String tolerance = "";
    String upperNumber = "0";
    String upperUnit = "";
    boolean upperStrict;
    boolean lowerStrict;
    String subject = "";
    int year;
    int month;
    int day;
    int yearEndForm;
    String qualifier = "";
    String label = "";
    String phrase = "";
  }

  private static Spec spec(SplittableRandom r) {
    Spec s = new Spec();
    s.kind = r.nextInt(10);
    if (s.kind <= 4) {
      s.comparator = r.nextInt(7) - 1;
      s.number = number(r, r.nextInt(8) == 0);
      s.unit = unit(r);
      s.each = r.nextInt(8) == 0;
      s.period = r.nextInt(6) == 0 ? PERIODS.get(r.nextInt(PERIODS.size())) : "";
      s.tolerance = r.nextInt(6) == 0 ? number(r, false) : "";
      s.label = r.nextInt(10) == 0 ? LABELS.get(r.nextInt(LABELS.size())) : "";
    } else if (s.kind == 5) {
      s.number = number(r, false);
      s.unit = r.nextBoolean() ? "%" : "";
      s.upperNumber = number(r, false);
      s.upperUnit = r.nextBoolean() ? "%" : "";
      s.lowerStrict = r.nextInt(4) == 0;
      s.upperStrict = r.nextInt(4) == 0;
      s.subject = SUBJECTS.get(r.nextInt(SUBJECTS.size()));
    } else if (s.kind <= 7) {
      s.year = 1900 + r.nextInt(300);
      int precision = r.nextInt(3);
      s.month = precision >= 1 ? 1 + r.nextInt(12) : 0;
      s.day = precision == 2 ? 1 + r.nextInt(28) : 0;
      s.yearEndForm = r.nextInt(5);
      s.qualifier = QUALIFIERS.get(r.nextInt(QUALIFIERS.size()));
      s.label = r.nextInt(4) == 0 ? LABELS.get(r.nextInt(LABELS.size())) : "";
    } else {
      s.phrase = r.nextInt(3) == 0 ? randomHan(r) : PHRASES.get(r.nextInt(PHRASES.size()));
    }
    return s;
  }

  private static String render(Spec s, SplittableRandom r) {
    StringBuilder b = new StringBuilder(space(r));
    if (s.kind <= 4) {
      if (s.each) {
        b.append('各').append(space(r));
      }
      if (s.comparator >= 0) {
        List<String> forms = COMPARATOR_FORMS.get(s.comparator);
        b.append(forms.get(r.nextInt(forms.size()))).append(space(r));
      }
      b.append(digits(s.number, r)).append(space(r)).append(unitText(s.unit, r));
      if (!s.period.isEmpty()) {
        b.append(space(r)).append('/').append(space(r)).append(s.period);
      }
      if (!s.tolerance.isEmpty()) {
        boolean ascii = r.nextBoolean();
        b.append(space(r)).append(ascii ? "(" : "（").append("±").append(space(r)).append(s.tolerance).append("%")
            .append(ascii ? ")" : "）");
      }
      return labelled(s.label, b.toString(), r);
    }
    if (s.kind == 5) {
      b.append(digits(s.number, r)).append(s.unit).append(space(r));
      b.append(s.lowerStrict ? (r.nextBoolean() ? "<" : "＜") : (r.nextBoolean() ? "≤" : "<="));
      b.append(space(r)).append(s.subject).append(space(r));
      b.append(s.upperStrict ? (r.nextBoolean() ? "<" : "＜") : (r.nextBoolean() ? "≤" : "≦"));
      b.append(space(r)).append(digits(s.upperNumber, r)).append(s.upperUnit);
      return b.toString();
    }
    if (s.kind <= 7) {
      b.append(digits(Integer.toString(s.year), r)).append(space(r)).append('年');
      if (s.month == 0) {
        b.append(List.of("", "底", "年底", "末", "年末").get(s.yearEndForm));
      } else {
        b.append(space(r)).append(s.month).append(space(r)).append('月');
        if (s.day > 0) {
          b.append(space(r)).append(s.day).append(space(r)).append(r.nextInt(5) == 0 ? '号' : '日');
        }
      }
      b.append(s.qualifier);
      return labelled(s.label, b.toString(), r);
    }
    return b.append(s.phrase).append(space(r)).toString();
  }

  private static String labelled(String label, String inner, SplittableRandom r) {
    if (label.isEmpty()) {
      return inner;
    }
    boolean ascii = r.nextInt(3) == 0;
    return label + space(r) + (ascii ? "(" : "（") + inner + (ascii ? ")" : "）");
  }

  private static Target splitForm(SplittableRandom r) {
    int k = r.nextInt(4);
    if (k == 0) {
      return Target.ofParts(r.nextBoolean() ? "定性" : " 定性 ", PHRASES.get(r.nextInt(8)), "");
    }
    String nature = k == 1 ? "" : NATURES.get(r.nextInt(NATURES.size()));
    return Target.ofParts(nature, number(r, false), unit(r));
  }

  /** A number: an integer, or a decimal with one to three places; negative only when asked. */
  private static String number(SplittableRandom r, boolean negative) {
    String n;
    switch (r.nextInt(4)) {
      case 0:
        n = Integer.toString(r.nextInt(101));
        break;
      case 1:
        n = Integer.toString(r.nextInt(1_000_000));
        break;
      case 2:
        n = r.nextInt(1000) + "." + pad(r.nextInt(10), 1);
        break;
      default:
        n = r.nextInt(100_000) + "." + pad(r.nextInt(1000), 3);
        break;
    }
    return negative ? "-" + n : n;
  }

  private static String pad(int v, int width) {
    StringBuilder b = new StringBuilder(Integer.toString(v));
    while (b.length() < width) {
      b.insert(0, '0');
    }
    return b.toString();
  }

  /** Prints a number's digits, sometimes full-width or with thousands separators. */
  private static String digits(String n, SplittableRandom r) {
    int style = r.nextInt(6);
    if (style == 0) {
      StringBuilder b = new StringBuilder();
      for (char c : n.toCharArray()) {
        b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
      }
      return b.toString();
    }
    if (style == 1 && !n.startsWith("-")) {
      int dot = n.indexOf('.');
      String whole = dot < 0 ? n : n.substring(0, dot);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          b.append(',');
        }
        b.append(whole.charAt(i));
      }
      return b + (dot < 0 ? "" : n.substring(dot));
    }
    return n;
  }

  private static String unit(SplittableRandom r) {
    return r.nextInt(8) == 0 ? "" : UNITS.get(r.nextInt(UNITS.size()));
  }

  private static String unitText(String unit, SplittableRandom r) {
    if (unit.equals("%") && r.nextInt(4) == 0) {
      return "％";
    }
    if (unit.length() == 2 && r.nextInt(6) == 0) {
      return unit.charAt(0) + " " + unit.charAt(1);
    }
    return unit;
  }

  private static String randomHan(SplittableRandom r) {
    int n = 1 + r.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(HAN.charAt(r.nextInt(HAN.length())));
      if (i > 0 && r.nextInt(10) == 0) {
        b.append(r.nextInt(100));
      }
    }
    return b.toString();
  }

  private static String space(SplittableRandom r) {
    switch (r.nextInt(8)) {
      case 0:
        return " ";
      case 1:
        return "\u3000";
      case 2:
        return "  ";
      default:
        return "";
    }
  }
}
