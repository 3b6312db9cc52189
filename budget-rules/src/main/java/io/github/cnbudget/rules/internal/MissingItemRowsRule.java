package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Disclosure to 项 level (公开到项级科目): the budget law (预算法 第十四条) and the Ministry of Finance's
 * disclosure rules require the function tables to show 项; a 款 with a non-zero amount and no 项
 * rows under it is incomplete. Applies to the general-public-budget, government-fund and
 * state-capital function tables always, and to other tables with functional codes when they print
 * any 项 at all. Also, in any table, a code row whose parent (款 or 类) is not printed although the
 * table prints rows of the parent's level is missing that parent row.
 */
final class MissingItemRowsRule extends TableRule {
  static final String CODE = "missing-item-rows";
  static final String MISSING_PARENT = "missing-parent-row";
  private static final Set<TableKind> ALWAYS = EnumSet.of(TableKind.GENERAL_PUBLIC_BY_FUNCTION,
      TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL);

  MissingItemRowsRule() {
    super("item-level-completeness", Set.of(CODE, MISSING_PARENT), Set.of("completeness"),
        "A 款 with a non-zero amount has 项 rows in tables that must go to 项 level; printed rows have their parent rows");
  }

  /** Not checked when the tables that must go to 项 level are absent or were not read. */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    return Coverage.need(d, id(), "支出总表 / 一般公共预算支出表 print 项 rows under every 款",
        TableKind.EXPENDITURE, TableKind.GENERAL_PUBLIC_BY_FUNCTION);
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    if (t.kind().isTwoSided()) {
      return;
    }
    missingParents(ti, t, out);
    Set<CodeKey> parentsOfItems = new HashSet<>();
    for (Row r : t.rows()) {
      if (isFunctional(r, CodeLevel.ITEM)) {
        parentsOfItems.add(CodeKey.of(r, r.code().get().parent().get().digits()));
      }
    }
    if (parentsOfItems.isEmpty() && !ALWAYS.contains(t.kind())) {
      return;
    }
    Location tl = null;
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      if (isFunctional(r, CodeLevel.SECTION) && hasNonZero(r)
          && !parentsOfItems.contains(CodeKey.of(r, r.code().get().digits()))) {
        tl = tl == null ? Tables.tableLocation(ti, t) : tl;
        out.add(finding(CODE, Severity.ERROR).location(Tables.rowLocation(tl, ri, r))
            .arguments(t.title(), Tables.rowName(r), r.label()).build());
      }
    }
  }

  private void missingParents(int ti, DisclosureTable t, List<Finding> out) {
    Set<CodeKey> printed = new HashSet<>();
    // which (side, scheme, level) the table prints, as flags rather than concatenated keys
    boolean[] levels = new boolean[LEVEL_FLAGS];
    for (Row r : t.rows()) {
      if (r.code().isPresent()) {
        ClassificationCode c = r.code().get();
        printed.add(CodeKey.of(r, c.digits()));
        levels[levelFlag(r.side(), c)] = true;
      }
    }
    Location tl = null;
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      if (r.code().isEmpty() || r.code().get().parent().isEmpty()) {
        continue;
      }
      ClassificationCode parent = r.code().get().parent().get();
      if (!levels[levelFlag(r.side(), parent)]) {
        continue;
      }
      CodeKey key = CodeKey.of(r, parent.digits());
      if (!printed.contains(key)) {
        tl = tl == null ? Tables.tableLocation(ti, t) : tl;
        out.add(finding(MISSING_PARENT, Severity.ERROR).location(Tables.rowLocation(tl, ri, r))
            .arguments(t.title(), Tables.rowName(r), parent.digits()).build());
        printed.add(key); // one finding per missing parent
      }
    }
  }

  private static final int SCHEMES = Scheme.values().length;
  private static final int LEVELS = CodeLevel.values().length;
  private static final int LEVEL_FLAGS = Side.values().length * SCHEMES * LEVELS;

  private static int levelFlag(Side side, ClassificationCode c) {
    return (side.ordinal() * SCHEMES + c.scheme().ordinal()) * LEVELS + c.level().ordinal();
  }

  private static boolean isFunctional(Row r, CodeLevel level) {
    return r.code().isPresent() && r.code().get().scheme() == Scheme.FUNCTIONAL && r.code().get().level() == level;
  }

  private static boolean hasNonZero(Row r) {
    for (Cell c : r.cells().values()) {
      if (c.hasValue() && c.valueOrZero().signum() != 0) {
        return true;
      }
    }
    return false;
  }
}
