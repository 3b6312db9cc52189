package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog (科目目录) of the document's year, asked about printed names and codes while a
 * document is read: handed to what reads the tables, so that no reader reaches back for the
 * importer's options.
 */
final class CodeResolver {
  private final ClassificationCatalog catalog;
  private final FiscalYear year;

  private CodeResolver(ClassificationCatalog catalog, FiscalYear year) {
    this.catalog = catalog;
    this.year = year;
  }

  static CodeResolver of(ClassificationCatalog catalog, FiscalYear year) {
    return new CodeResolver(catalog, year);
  }

  /** The name the catalog gives a code, when it has the code. */
  Optional<String> name(ClassificationCode code) {
    return catalog.nameOf(code, year);
  }

  /** Whether the catalog has an item of that name in any scheme (行政运行, 医疗救助, 基本工资). */
  boolean named(String name) {
    for (Scheme scheme : Scheme.values()) {
      if (!catalog.resolve(name, year, scheme).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the catalog has a functional item of that name (行政运行, 医疗救助). */
  boolean functionalNamed(String name) {
    return !catalog.resolve(name, year, Scheme.FUNCTIONAL).isEmpty();
  }

  /**
   * Whether a name is a functional expenditure item's (科目名称), printed with or without its ordinal, or
   * a row only the expenditure side prints (结转下年, 本年支出合计, 支出总计).
   */
  boolean spends(String label) {
    String name = io.github.cnbudget.model.table.Ordinal.stripPrefix(label.strip());
    return name.endsWith("支出") || name.equals("年末结转和结余") || functionalNamed(name)
        || HeaderLayout.rowConcept(name).filter(EXPENDITURE_ROWS::contains).isPresent();
  }

  private static final java.util.Set<Concept> EXPENDITURE_ROWS = java.util.Set.of(Concept.CARRY_FORWARD,
      Concept.CURRENT_EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL);

  /** The departmental economic code of a printed name, when exactly one. */
  Optional<ClassificationCode> economicCode(String name) {
    List<ClassificationCode> codes = catalog.resolve(name, year, Scheme.DEPARTMENTAL_ECONOMIC);
    return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
  }

  /**
   * The functional code a summary-table line names (卫生健康支出 → 210), when exactly one code has
   * that name.
   */
  Optional<ClassificationCode> classCode(String name) {
    List<ClassificationCode> codes = catalog.resolve(name, year, Scheme.FUNCTIONAL);
    if (codes.size() == 1) {
      return Optional.of(codes.get(0));
    }
    // 其他支出 is a 类 (229) and many 款/项: a summary line names the 类
    List<ClassificationCode> classes = new ArrayList<>();
    for (ClassificationCode code : codes) {
      if (code.level() == CodeLevel.CLASS) {
        classes.add(code);
      }
    }
    return classes.size() == 1 ? Optional.of(classes.get(0)) : Optional.empty();
  }
}
