package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.table.RowKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The department (部门) a document names and the units (单位) its tables print, with their codes
 * when printed: every table by unit adds to the one list, from which the document's
 * {@link Department} is built.
 */
final class Units {
  /**
   * How the names of organs end: 局, 中心, 委员会, 办公室, 厅, 部 (武装部), 处, 室, 所, 院, 站, 馆
   * (档案馆, 图书馆), 队 (执法大队), 台 (气象台), 社, 团, 会 (红十字会), 园 (幼儿园), 学校 — and 本级.
   */
  private static final Pattern UNIT_NAME = Pattern.compile(".*(?:局|中心|本级|委员会|办公室|厅|部|处|室|所|院|站|馆|队|台|社|团|会|园|学校|小学|中学)[）)]?$");
  /**
   * Items, totals and measures: a row of counts (数量（辆、台）) ends in a measure word that names an
   * organ elsewhere (气象台).
   */
  private static final Pattern NOT_UNIT = Pattern.compile(".*(?:项目|经费|支出|费|资金|补助|合计|总计|数量|[（(][^）)]*、).*");

  private final String department;
  /** Unit names in the order first printed, with their code ("" when none was printed). */
  private final Map<String, String> codes = new LinkedHashMap<>();

  Units(String department) {
    this.department = department;
  }

  String department() {
    return department;
  }

  /** Whether a printed name is the department's own (its name, or its name cut short). */
  boolean isDepartment(String name) {
    String n = HeaderLayout.squeeze(name);
    return n.equals(department) || !n.contains("本级") && department.startsWith(n);
  }

  /** Whether a name is a unit the document printed before, the department or its 本级. */
  boolean knows(String name) {
    String n = HeaderLayout.squeeze(name);
    return codes.containsKey(n) || n.equals(department) || n.equals(department + "本级");
  }

  /** Whether a name reads as a unit's (稽查局, 档案馆 … 中心) and not as an item's. */
  static boolean isUnitName(String squeezed) {
    // a unit of three characters ends in the word for an organ
    return squeezed.length() >= 3 && UNIT_NAME.matcher(squeezed).matches() && !NOT_UNIT.matcher(squeezed).matches();
  }

  /**
   * The unit a project row's name starts with, in a table printing 单位名称 before 项目名称 (the two
   * cells' text joined): the longest of the units already printed, the department and its 本级 that the
   * name starts with and is longer than; empty when none.
   */
  Optional<String> openingUnit(String label) {
    String squeezed = HeaderLayout.squeeze(label);
    String found = null;
    List<String> names = new ArrayList<>(codes.keySet());
    if (!department.isEmpty()) {
      names.add(department);
      names.add(department + "本级");
    }
    for (String name : names) {
      if (squeezed.startsWith(name) && squeezed.length() > name.length() && (found == null || name.length() > found.length())) {
        found = name;
      }
    }
    return Optional.ofNullable(found);
  }

  void add(String name, String code) {
    codes.putIfAbsent(name, code);
  }

  void remove(String name) {
    codes.remove(name);
  }

  /** A unit whose name turned out longer (its end printed on the next line). */
  void rename(String from, String to) {
    String code = codes.remove(from);
    codes.putIfAbsent(to, code == null ? "" : code);
  }

  /**
   * A row naming a unit: the unit's line, whose rows below are the unit's; or, printed first in its
   * table under the department's name, the table's total.
   */
  void row(TableDraft table, RowDraft r, String name, String code) {
    if (!table.sawTotal && table.rows.isEmpty() && isDepartment(name)) {
      r.kind = RowKind.TOTAL;
      r.label = name;
      table.sawTotal = true;
      return;
    }
    r.kind = RowKind.UNIT;
    r.label = name;
    r.unit = name;
    table.currentUnit = name;
    add(name, code);
  }

  Department build() {
    Department.Builder b = Department.builder().name(department);
    for (Map.Entry<String, String> u : codes.entrySet()) {
      String name = u.getKey();
      UnitRole role = name.contains("本级") || name.equals(department) ? UnitRole.DEPARTMENT_LEVEL : UnitRole.SUBORDINATE;
      BudgetUnit.Builder ub = BudgetUnit.builder().name(name).role(role);
      if (!u.getValue().isEmpty()) {
        ub.code(u.getValue());
      }
      b.addUnits(ub.build());
    }
    return b.build();
  }
}
