package io.github.cnbudget.testkit;

import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The hidden ledger (账目) a generated document is summed from: each line one unit's money from one
 * source, for one use, one economic item and perhaps one project; each table column a filter over
 * those lines ({@link Spec}). Kept apart from {@link DocumentGen}, which draws the ledger and prints
 * its tables.
 */
final class Ledger {
  private Ledger() {}

  /** Where the money comes from, with its printed label, column key and concept. */
  enum Source {
    GPB("一般公共预算拨款", "gpb", Concept.GENERAL_PUBLIC_BUDGET),
    GF("政府性基金预算拨款", "gf", Concept.GOVERNMENT_FUND),
    SC("国有资本经营预算拨款", "sc", Concept.STATE_CAPITAL),
    FSA("财政专户管理资金", "fsa", Concept.FISCAL_SPECIAL_ACCOUNT),
    BUSINESS("事业收入", "business", Concept.BUSINESS_INCOME),
    OTHER("其他收入", "other", Concept.OTHER_INCOME),
    CARRYOVER("上年结转", "carryover", Concept.PRIOR_YEAR_CARRYOVER);

    final String label;
    final String key;
    final Concept concept;

    Source(String label, String key, Concept concept) {
      this.label = label;
      this.key = key;
      this.concept = concept;
    }

    boolean isFiscal() {
      return this == GPB || this == GF || this == SC;
    }
  }

  enum Use {
    PERSONNEL, PUBLIC_USE, PROJECT
  }

  /** One line of the hidden ledger every table is summed from. */
  static final class Entry {
    final int unit;
    final String item;
    final Source source;
    final Use use;
    final String econ;
    final int project;
    final BigDecimal amount;

    Entry(int unit, String item, Source source, Use use, String econ, int project, BigDecimal amount) {
      this.unit = unit;
      this.item = item;
      this.source = source;
      this.use = use;
      this.econ = econ;
      this.project = project;
      this.amount = amount;
    }

    boolean isBasic() {
      return use != Use.PROJECT;
    }

    boolean isProcured() {
      return Vocabulary.PROCURED_SECTIONS.contains(econ);
    }
  }

  /** A column and the ledger lines that make up its cells. */
  static final class Spec {
    final Column column;
    final Predicate<Entry> filter;

    Spec(Column column, Predicate<Entry> filter) {
      this.column = column;
      this.filter = filter;
    }
  }

  static Spec spec(String key, Concept concept, @Nullable String parent, boolean partOf, Side side,
      Predicate<Entry> filter, String... header) {
    Column.Builder b = Column.builder().key(key).concept(concept).addHeader(header).partOf(partOf).side(side);
    if (parent != null) {
      b.parent(parent);
    }
    return new Spec(b.build(), filter);
  }

  static Spec spec(String key, Concept concept, @Nullable String parent, Predicate<Entry> filter, String... header) {
    return spec(key, concept, parent, false, Side.SINGLE, filter, header);
  }
}
