package io.github.cnbudget.testkit;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.PrintedCode;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of single model values (模型取值生成器): years, precisions, amounts, cells in every
 * printed form, classification codes of every level and printed form, columns, rows, notes, units,
 * projects, indicators and the performance types.
 *
 * <p>Every generator is deterministic: the same random state yields an equal value. Values satisfy
 * the model's structural checks; they are not tied to each other (for whole consistent documents use
 * {@link DocumentGen}). Stateless and thread-safe; each {@link Gen} may be shared.
 */
public final class ModelGen {
  private ModelGen() {}

  /**
   * Fiscal years over the whole accepted range, most of them recent (2015–2030).
   *
   * @return the generator
   */
  public static Gen<FiscalYear> fiscalYears() {
    return r -> FiscalYear.of(r.nextInt(4) == 0
        ? FiscalYear.MIN_VALUE + r.nextInt(FiscalYear.MAX_VALUE - FiscalYear.MIN_VALUE + 1)
        : 2015 + r.nextInt(16));
  }

  /**
   * Both stages.
   *
   * @return the generator
   */
  public static Gen<Stage> stages() {
    return Gen.oneOf(Stage.values());
  }

  /**
   * Both amount units.
   *
   * @return the generator
   */
  public static Gen<AmountUnit> amountUnits() {
    return Gen.oneOf(AmountUnit.values());
  }

  /**
   * Precisions over the whole accepted range (scale 0 to 6), mostly the published ones (whole 万元,
   * 0.01 万元, 0.01 元).
   *
   * @return the generator
   */
  public static Gen<Precision> precisions() {
    return r -> r.nextInt(3) == 0
        ? Precision.of(amountUnits().generate(r), r.nextInt(7))
        : Gen.oneOf(publishedPrecisions()).generate(r);
  }

  /**
   * The precisions of published documents: whole 万元, 0.01 万元, whole 元, 0.01 元.
   *
   * @return the four precisions
   */
  public static List<Precision> publishedPrecisions() {
    return List.of(Precision.of(AmountUnit.WAN_YUAN, 0), Precision.of(AmountUnit.WAN_YUAN, 2),
        Precision.of(AmountUnit.YUAN, 0), Precision.of(AmountUnit.YUAN, 2));
  }

  /**
   * Non-negative amounts with the given scale and a realistic size: zero now and then, otherwise one
   * to nine digits before the point.
   *
   * @param scale the scale of every generated value
   * @return the generator
   */
  public static Gen<BigDecimal> amounts(int scale) {
    return r -> {
      if (r.nextInt(20) == 0) {
        return BigDecimal.ZERO.setScale(scale);
      }
      int intDigits = 1 + r.nextInt(9);
      long bound = pow10(intDigits + scale);
      return BigDecimal.valueOf(1 + r.nextLong(bound - 1), scale);
    };
  }

  /**
   * Non-negative amounts at a precision's scale.
   *
   * @param precision the precision
   * @return the generator
   */
  public static Gen<BigDecimal> amounts(Precision precision) {
    return amounts(precision.scale());
  }

  /**
   * Amounts of any scale from 0 to 6, possibly negative (for round trips of the amount reader).
   *
   * @return the generator
   */
  public static Gen<BigDecimal> signedAmounts() {
    return r -> {
      BigDecimal v = amounts(r.nextInt(7)).generate(r);
      return r.nextInt(4) == 0 ? v.negate() : v;
    };
  }

  /**
   * The amount printed with thousands separators, e.g. {@code 1,234,567.80}.
   *
   * @param value a non-negative or negative amount
   * @return the printed text; {@code Amounts.parse} reads it back to an equal value
   */
  public static String withSeparators(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    if (point >= 0) {
      b.append(plain.substring(point));
    }
    return (value.signum() < 0 ? "-" : "") + b;
  }

  /**
   * Cells of every mark and printed form: canonical amounts, amounts with thousands separators or
   * surrounding blanks, blank, the dash variants, text, and repaired cells (OCR damage such as
   * {@code 461. 49}).
   *
   * @param scale the scale of the amounts
   * @return the generator
   */
  public static Gen<Cell> cells(int scale) {
    return r -> {
      BigDecimal v = amounts(scale).generate(r);
      switch (r.nextInt(8)) {
        case 0:
          return Cell.of(v, withSeparators(v));
        case 1:
          return Cell.printed(" " + v.toPlainString() + " ");
        case 2:
          return r.nextBoolean() ? Cell.blank() : Cell.printed(" ");
        case 3:
          return r.nextBoolean() ? Cell.dash() : Cell.printed(Gen.oneOf("-", "—", "－", "--", "——", "–").generate(r));
        case 4:
          return Cell.text(Gen.oneOf(Vocabulary.TEXT).generate(r));
        case 5:
          return Cell.repaired(v, damaged(v, r));
        default:
          return Cell.of(v);
      }
    };
  }

  /**
   * Cells of every mark and printed form, with scale 0 or 2.
   *
   * @return the generator
   */
  public static Gen<Cell> cells() {
    return r -> cells(r.nextBoolean() ? 0 : 2).generate(r);
  }

  private static String damaged(BigDecimal v, SplittableRandom r) {
    String p = v.toPlainString();
    int point = p.indexOf('.');
    if (point >= 0) {
      return r.nextBoolean() ? p.substring(0, point + 1) + " " + p.substring(point + 1) : p.replace('.', ',');
    }
    return p.length() > 1 ? p.charAt(0) + " " + p.substring(1) : p + " ";
  }

  /**
   * Functional codes of every level (类 100–999, 款 and 项 00–99), a third of them real catalog codes.
   *
   * @return the generator
   */
  public static Gen<FunctionalCode> functionalCodes() {
    return r -> functionalCodes(Gen.oneOf(CodeLevel.values()).generate(r)).generate(r);
  }

  /**
   * Functional codes of one level.
   *
   * @param level 类, 款 or 项
   * @return the generator
   */
  public static Gen<FunctionalCode> functionalCodes(CodeLevel level) {
    return r -> {
      if (r.nextInt(3) == 0) {
        List<String> real = new ArrayList<>();
        for (String d : Vocabulary.FUNCTIONAL.keySet()) {
          if (d.length() == level.digits()) {
            real.add(d);
          }
        }
        return FunctionalCode.parse(Gen.oneOf(real).generate(r));
      }
      int clazz = 100 + r.nextInt(900);
      switch (level) {
        case CLASS:
          return FunctionalCode.of(clazz);
        case SECTION:
          return FunctionalCode.of(clazz, r.nextInt(100));
        default:
          return FunctionalCode.of(clazz, r.nextInt(100), r.nextInt(100));
      }
    };
  }

  /**
   * Economic codes of both schemes and both levels (类 and 款).
   *
   * @return the generator
   */
  public static Gen<EconomicCode> economicCodes() {
    return r -> economicCodes(r.nextBoolean() ? CodeLevel.CLASS : CodeLevel.SECTION).generate(r);
  }

  /**
   * Economic codes of one level, of both schemes.
   *
   * @param level 类 or 款
   * @return the generator
   * @throws IllegalArgumentException for 项, which economic codes do not have
   */
  public static Gen<EconomicCode> economicCodes(CodeLevel level) {
    if (level == CodeLevel.ITEM) {
      throw new IllegalArgumentException("economic codes have no 项 level");
    }
    return r -> {
      int clazz = (r.nextBoolean() ? 300 : 500) + r.nextInt(100);
      return level == CodeLevel.CLASS ? EconomicCode.of(clazz) : EconomicCode.of(clazz, r.nextInt(100));
    };
  }

  /**
   * Codes of every scheme and level.
   *
   * @return the generator
   */
  public static Gen<ClassificationCode> classificationCodes() {
    return r -> r.nextBoolean() ? functionalCodes().generate(r) : economicCodes().generate(r);
  }

  /**
   * Printed codes of every scheme with a name (catalog name, another name, or none).
   *
   * @return the generator
   */
  public static Gen<PrintedCode> printedCodes() {
    return r -> {
      ClassificationCode c = classificationCodes().generate(r);
      String name;
      switch (r.nextInt(3)) {
        case 0:
          name = c instanceof FunctionalCode
              ? Vocabulary.functionalName((FunctionalCode) c)
              : Vocabulary.economicName((EconomicCode) c);
          break;
        case 1:
          name = words(1, 4).generate(r);
          break;
        default:
          name = "";
      }
      return PrintedCode.of(c, name);
    };
  }

  /**
   * The printed forms of a code found in documents: plain digits, brackets (ASCII, 【】, full-width),
   * split columns separated by blanks, tabs or bars, full-width digits, with blanks around.
   *
   * @param code the code
   * @return a generator of texts that every code parser reads back to {@code code}
   */
  public static Gen<String> printedForms(ClassificationCode code) {
    return r -> {
      String d = code.digits();
      String body;
      switch (r.nextInt(5)) {
        case 0:
          body = "[" + d + "]";
          break;
        case 1:
          body = "【" + d + "】";
          break;
        case 2:
          body = "［" + d + "］";
          break;
        case 3:
          body = split(d, Gen.oneOf(" ", "\t", " | ", "｜", "  ").generate(r));
          break;
        default:
          body = d;
      }
      if (r.nextInt(4) == 0) {
        StringBuilder b = new StringBuilder();
        for (char ch : body.toCharArray()) {
          b.append(ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : ch);
        }
        body = b.toString();
      }
      return Gen.oneOf("", " ", "\u3000").generate(r) + body + Gen.oneOf("", " ", "\t").generate(r);
    };
  }

  private static String split(String digits, String sep) {
    StringBuilder b = new StringBuilder(digits.substring(0, 3));
    for (int i = 3; i < digits.length(); i += 2) {
      b.append(sep).append(digits, i, i + 2);
    }
    return b.toString();
  }

  /**
   * Short Chinese phrases made of vocabulary words.
   *
   * @param min fewest words
   * @param max most words
   * @return the generator
   */
  public static Gen<String> words(int min, int max) {
    return Gen.oneOf(Vocabulary.WORDS).list(min, max).map(ws -> String.join("", ws));
  }

  /**
   * Columns of every concept, side and nesting, with unique-looking keys.
   *
   * @return the generator
   */
  public static Gen<Column> columns() {
    return r -> {
      Concept concept = Gen.oneOf(Concept.values()).generate(r);
      String label = concept == Concept.OTHER ? words(1, 2).generate(r) : concept.chinese();
      Column.Builder b = Column.builder()
          .key("c" + r.nextInt(1000))
          .concept(concept)
          .side(Gen.oneOf(Side.values()).generate(r))
          .partOf(r.nextInt(5) == 0);
      if (r.nextBoolean()) {
        b.addHeader(words(1, 2).generate(r));
      }
      b.addHeader(label);
      if (r.nextInt(3) == 0) {
        b.parent("p" + r.nextInt(10));
      }
      if (r.nextInt(4) == 0) {
        b.number(Integer.toString(1 + r.nextInt(20)));
      }
      return b.build();
    };
  }

  /**
   * Rows of every kind with cells for the given column keys.
   *
   * @param columnKeys the keys cells may use
   * @return the generator
   */
  public static Gen<Row> rows(List<String> columnKeys) {
    return r -> {
      RowKind kind = Gen.oneOf(RowKind.values()).generate(r);
      Row.Builder b = Row.builder().kind(kind).side(Gen.oneOf(Side.values()).generate(r));
      if (kind == RowKind.CODE) {
        ClassificationCode c = classificationCodes().generate(r);
        b.code(c).label(c instanceof FunctionalCode
            ? Vocabulary.functionalName((FunctionalCode) c) : Vocabulary.economicName((EconomicCode) c));
      } else if (kind == RowKind.ITEM) {
        Concept c = Gen.oneOf(Concept.values()).generate(r);
        b.label(c.chinese());
        if (c != Concept.OTHER) {
          b.concept(c);
        }
      } else {
        b.label(words(1, 3).generate(r));
      }
      if (kind != RowKind.TOTAL && r.nextBoolean()) {
        b.unit(Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r));
      }
      if (r.nextInt(4) == 0) {
        b.number(Integer.toString(1 + r.nextInt(60)));
      }
      if (r.nextBoolean()) {
        b.line(1 + r.nextInt(5000));
      }
      boolean placed = r.nextBoolean();
      if (placed) {
        b.place(place(r));
      }
      Gen<Cell> cells = cells();
      for (String k : columnKeys) {
        if (r.nextInt(6) != 0) {
          Cell c = cells.generate(r);
          // a row read from a PDF places most of its cells on their own boxes
          b.putCells(k, placed && r.nextInt(4) != 0 ? c.withPlace(place(r)) : c);
        }
      }
      if (r.nextInt(8) == 0) {
        // values a text import could not place under a column, kept as printed
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          b.addUnplaced(Cell.printed(String.format(java.util.Locale.ROOT, "%,d.%02d", r.nextInt(1_000_000), r.nextInt(100))));
        }
      }
      return b.build();
    };
  }

  /**
   * Notes with and without a source line.
   *
   * @return the generator
   */
  public static Gen<Note> notes() {
    return r -> {
      String text = Gen.oneOf(Vocabulary.NOTES).generate(r);
      return r.nextBoolean() ? Note.of(text) : Note.of(text, 1 + r.nextInt(5000));
    };
  }

  /**
   * Budget units of both roles, with and without a unit code.
   *
   * @return the generator
   */
  public static Gen<BudgetUnit> budgetUnits() {
    return r -> {
      UnitRole role = Gen.oneOf(UnitRole.values()).generate(r);
      String name = role == UnitRole.DEPARTMENT_LEVEL
          ? Gen.oneOf(Vocabulary.DEPARTMENTS).generate(r) + "本级"
          : Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r);
      BudgetUnit.Builder b = BudgetUnit.builder().name(name).role(role);
      if (r.nextBoolean()) {
        b.code(Integer.toString(100000 + r.nextInt(900000)));
      }
      return b.build();
    };
  }

  /**
   * Departments with zero to five units of distinct names.
   *
   * @return the generator
   */
  public static Gen<Department> departments() {
    return r -> {
      String name = Gen.oneOf(Vocabulary.DEPARTMENTS).generate(r);
      Department.Builder b = Department.builder().name(name);
      if (r.nextBoolean()) {
        b.code(Integer.toString(100 + r.nextInt(900)));
      }
      int n = r.nextInt(6);
      for (BudgetUnit u : DocumentGen.units(name, n, r)) {
        b.addUnits(u);
      }
      return b.build();
    };
  }

  /** A place on a PDF page, as the PDF importer records it (page, box in points with one decimal). */
  static PagePlace place(SplittableRandom r) {
    int x0 = r.nextInt(5000);
    int y0 = r.nextInt(7000);
    return PagePlace.of(1 + r.nextInt(500), BigDecimal.valueOf(x0, 1), BigDecimal.valueOf(y0, 1),
        BigDecimal.valueOf(x0 + 1 + r.nextInt(3000), 1), BigDecimal.valueOf(y0 + 1 + r.nextInt(300), 1));
  }

  static long pow10(int n) {
    long v = 1;
    for (int i = 0; i < n; i++) {
      v *= 10;
    }
    return v;
  }

  /** Splits {@code total} into {@code parts} non-negative whole multiples of its ulp. */
  static List<BigDecimal> split(BigDecimal total, int parts, SplittableRandom r) {
    List<BigDecimal> out = new ArrayList<>(parts);
    BigDecimal left = total;
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(total.scale());
    for (int i = 0; i < parts - 1; i++) {
      long units = left.divide(ulp, 0, RoundingMode.DOWN).longValueExact();
      BigDecimal part = ulp.multiply(BigDecimal.valueOf(units == 0 ? 0 : r.nextLong(units + 1)))
          .setScale(total.scale());
      out.add(part);
      left = left.subtract(part);
    }
    out.add(left);
    return out;
  }
}
