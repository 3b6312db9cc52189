package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the header rows of a table into its columns (表头识别): merged group headers are spread over
 * the columns below them, each printed column gets a role (label, code, unit, amount…) from its
 * header text, and amount columns become model {@link Column}s with their standard
 * {@link Concept}, parent group and side.
 */
final class HeaderLayout {
  /** What a printed column holds. */
  enum Role {
    LABEL, UNIT_LABEL, CODE, CODE_CLASS, CODE_KUAN, CODE_XIANG, UNIT_CODE, LINE_NUMBER, YEAR, TEXT, AMOUNT, NONE
  }

  /** One printed column position. */
  static final class Slot {
    final int position;
    final Role role;
    final List<String> header;
    final Side side;
    String key = "";

    Slot(int position, Role role, List<String> header, Side side) {
      this.position = position;
      this.role = role;
      this.header = header;
      this.side = side;
    }
  }


  final List<Slot> slots = new ArrayList<>();
  final List<Column> columns = new ArrayList<>();
  final Map<Integer, Slot> byPosition = new LinkedHashMap<>();
  final boolean twoSided;
  /**
   * A two-sided table whose rows print their name in one label column set, whatever side their
   * amount is on (income rows, then expenditure rows, under 项目 | 收入 | 支出).
   */
  boolean sharedLabels;
  String columnNumbersLabel = "";

  private HeaderLayout(boolean twoSided) {
    this.twoSided = twoSided;
  }

  static HeaderLayout read(List<List<String>> rows, TableKind kind, int width) {
    HeaderLayout h = new HeaderLayout(kind.isTwoSided());
    h.build(rows, kind, width);
    return h;
  }

  private void build(List<List<String>> rows, TableKind kind, int width) {
    // OCR leaves fragments without a single Chinese character (J II, ĒΠ VI) in header cells: no header
    rows = new ArrayList<>(rows);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>(rows.get(r));
      for (int j = 0; j < row.size(); j++) {
        if (!row.get(j).isEmpty() && !LineShapes.HAN.matcher(row.get(j)).find()) {
          row.set(j, "");
        }
      }
      rows.set(r, row);
    }
    int depth = rows.size();
    int[][] owner = new int[depth][width];
    for (int r = 0; r < depth; r++) {
      List<String> row = rows.get(r);
      for (int j = 0; j < width; j++) {
        String c = j < row.size() ? row.get(j) : "";
        if (!c.isEmpty()) {
          owner[r][j] = j;
        } else if (j > 0 && owner[r][j - 1] >= 0 && (r == 0 || owner[r - 1][j] == owner[r - 1][j - 1])
            && !labelLike(rows.get(r), owner[r][j - 1])) {
          owner[r][j] = owner[r][j - 1];
        } else {
          owner[r][j] = -1;
        }
      }
    }
    List<List<String>> paths = new ArrayList<>();
    for (int j = 0; j < width; j++) {
      List<String> path = new ArrayList<>();
      for (int r = 0; r < depth; r++) {
        int o = owner[r][j];
        if (o >= 0) {
          String t = rows.get(r).get(o);
          if (path.isEmpty() || !path.get(path.size() - 1).equals(t) || o == j) {
            path.add(t);
          }
        }
      }
      paths.add(path);
    }
    List<Role> roles = new ArrayList<>();
    int labels = 0;
    for (int j = 0; j < width; j++) {
      Role role = roleOf(paths.get(j));
      if (role == Role.LABEL) {
        labels++;
      }
      roles.add(role);
    }
    int split = -1;
    if (twoSided) {
      labels += sideWordsNamingRows(paths, roles);
      int seen = 0;
      for (int j = 0; j < width; j++) {
        if (roles.get(j) == Role.LABEL && ++seen == 2) {
          split = j;
        }
      }
      if (split < 0) {
        // one label column set over both sides (收入 and 支出 stacked, or printed under one name
        // column): the 支出 side begins at its first amount column
        for (int j = 0; j < width && split < 0; j++) {
          List<String> path = paths.get(j);
          if (roles.get(j) == Role.AMOUNT && !path.isEmpty() && squeeze(path.get(0)).startsWith("支出")) {
            split = j;
            sharedLabels = true;
          }
        }
      }
      if (split < 0) {
        split = width / 2;
      }
      // 收入 | 决算数 | 科目编码 | 科目名称 | 决算数: the code printed before the 支出 side's names is that
      // side's (类 款 too), not the last columns of the income side
      int codes = split;
      while (codes > 0 && isCode(roles.get(codes - 1))) {
        codes--;
      }
      if (codes < split && codes > 0 && !sharedLabels && roles.get(codes - 1) == Role.AMOUNT) {
        split = codes;
      }
    } else if (labels > 1) {
      // 预算单位 | 科目编码 | 科目名称: the first label column names units, the last the rows.
      int last = -1;
      for (int j = 0; j < width; j++) {
        if (roles.get(j) == Role.LABEL) {
          last = j;
        }
      }
      for (int j = 0; j < last; j++) {
        if (roles.get(j) == Role.LABEL) {
          roles.set(j, Role.UNIT_LABEL);
        }
      }
    }
    Set<String> keys = new HashSet<>();
    Map<String, String> groupKeys = new LinkedHashMap<>();
    for (int j = 0; j < width; j++) {
      Side side = !twoSided ? Side.SINGLE : j < split ? Side.INCOME : Side.EXPENDITURE;
      Slot s = new Slot(j, roles.get(j), List.copyOf(paths.get(j)), side);
      slots.add(s);
      byPosition.put(j, s);
      if (s.role != Role.AMOUNT) {
        continue;
      }
      String prefix = side == Side.INCOME ? "income" : side == Side.EXPENDITURE ? "expenditure" : "";
      String parent = prefix.isEmpty() ? null : prefix;
      if (parent != null && !keys.contains(parent)) {
        keys.add(parent);
        columns.add(Column.builder().key(parent).concept(Concept.OTHER)
            .addHeader(side == Side.INCOME ? "收入" : "支出").side(side).build());
      }
      List<String> path = s.header;
      // group columns: every header level above the leaf that spans more than this column
      for (int level = 0; level < path.size() - 1; level++) {
        String groupId = side + "/" + String.join("/", path.subList(0, level + 1)) + "@" + ownerAt(owner, rows, level, j, path);
        String gk = groupKeys.get(groupId);
        if (gk == null) {
          if (twoSided && level == 0 && isSideHeader(path.get(0))) {
            continue;
          }
          // (only a group whose cell begins at this column: a group spanning the column to its left
          // holds that column, and 总计 over 合计 | 小计 is a printed defect ColumnTreeCheck reports)
          gk = ownerAt(owner, rows, level, j, path).equals(Integer.toString(j))
              ? ownValue(j, side, path.subList(0, level + 1), parent) : null;
          if (gk != null) {
            // 基本支出 | 基本支出 over 人员经费 公用经费: the column left of a group that is headed by
            // the group's own label is the group's value, and the group's parts are its parts
            groupKeys.put(groupId, gk);
            parent = gk;
            continue;
          }
          gk = unique(keys, (parent == null ? "" : parent + ".") + keyOf(conceptOf(path.get(level), kind), path.get(level), j));
          groupKeys.put(groupId, gk);
          columns.add(Column.builder().key(gk).concept(conceptOf(path.get(level), kind))
              .addAllHeader(path.subList(0, level + 1)).parent(Optional.ofNullable(parent)).side(side)
              .partOf(isPartOf(path.get(level))).build());
        }
        parent = gk;
      }
      String leaf = path.isEmpty() ? "" : path.get(path.size() - 1);
      Concept concept = conceptOf(leaf, kind);
      s.key = unique(keys, (parent == null ? "" : parent + ".") + keyOf(concept, leaf, j));
      columns.add(Column.builder().key(s.key).concept(concept).addAllHeader(path)
          .parent(Optional.ofNullable(parent)).side(side).partOf(isPartOf(leaf)).build());
    }
    openBreakdowns();
  }

  /**
   * The key of the amount column printed just left of position {@code j} when it is headed exactly
   * as the group about to open there ({@code group}) and sits on the same side under the same
   * parent; else null.
   */
  private @Nullable String ownValue(int j, Side side, List<String> group, @Nullable String parent) {
    Slot left = byPosition.get(j - 1);
    if (left == null || left.role != Role.AMOUNT || left.side != side || !left.header.equals(group)) {
      return null;
    }
    for (Column c : columns) {
      if (c.key().equals(left.key)) {
        return java.util.Objects.equals(c.parent().orElse(null), parent) ? left.key : null;
      }
    }
    return null;
  }

  /**
   * 小计 | 其中：基本支出 | 项目支出: a 其中 followed by a sibling without it opens the breakdown of the
   * subtotal into parts that add up to it, so none of them is an "of which" part. Only a 其中 that is
   * last among its siblings, or followed by further 其中 columns only, is one.
   */
  private void openBreakdowns() {
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (!c.partOf()) {
        continue;
      }
      for (int k = i + 1; k < columns.size(); k++) {
        Column o = columns.get(k);
        if (o.parent().equals(c.parent()) && o.side() == c.side()) {
          if (!o.partOf()) {
            columns.set(i, Column.builder().key(c.key()).concept(c.concept()).addAllHeader(c.header())
                .parent(c.parent()).side(c.side()).number(c.number()).partOf(false).build());
          }
          break;
        }
      }
    }
  }

  private static String ownerAt(int[][] owner, List<List<String>> rows, int level, int j, List<String> path) {
    for (int r = 0; r < owner.length; r++) {
      int o = owner[r][j];
      if (o >= 0 && rows.get(r).get(o).equals(path.get(level))) {
        return Integer.toString(o);
      }
    }
    return "?";
  }

  private static boolean isCode(Role r) {
    return r == Role.CODE || r == Role.CODE_CLASS || r == Role.CODE_KUAN || r == Role.CODE_XIANG;
  }

  private static boolean labelLike(List<String> row, int position) {
    String t = row.get(position);
    return roleOf(List.of(t)) != Role.AMOUNT;
  }

  /**
   * A two-sided table headed in one row by its sides' words over the name columns (收入 | 决算数 | 支出 |
   * 决算数, 收入项目 | 预算数 | 支出项目 | 预算数): each such word names its side's rows, not an amount. A side
   * word over an amount beside another side word (项目 | 收入 | 支出, both sides stacked under one name
   * column) is that side's amount, as before. Returns how many columns became label columns.
   */
  private static int sideWordsNamingRows(List<List<String>> paths, List<Role> roles) {
    int labels = 0;
    for (Role r : roles) {
      labels += r == Role.LABEL ? 1 : 0;
    }
    if (labels >= 2) {
      return 0;
    }
    int made = 0;
    for (int j = 0; j < paths.size(); j++) {
      List<String> path = paths.get(j);
      if (path.size() != 1 || roles.get(j) != Role.AMOUNT) {
        continue;
      }
      String w = squeeze(path.get(0));
      boolean named = w.matches("(?:收入|支出)(?:项目|科目)") || w.matches("项目[（(](?:收入|支出)[）)]");
      boolean bare = isSideHeader(w) && j + 1 < paths.size() && roles.get(j + 1) == Role.AMOUNT
          && !paths.get(j + 1).isEmpty() && !isSideHeader(paths.get(j + 1).get(0));
      if (named || bare) {
        roles.set(j, Role.LABEL);
        made++;
      }
    }
    return made;
  }

  private static boolean isSideHeader(String t) {
    String s = squeeze(t);
    return s.equals("收入") || s.equals("支出");
  }

  // Traditional and look-alike characters that OCR puts into headers (預算數 for 预算数, 単位 for 单位).
  private static final String OCR_FROM = "預數額計編碼項單単資財撥結轉餘經費門總與甲";
  private static final String OCR_TO = "预数额计编码项单单资财拨结转余经费门总与单";

  static String squeeze(String t) {
    // one pass, no regular expression: headers and labels are squeezed for every cell of every line
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      c = c == '(' ? '（' : c == ')' ? '）' : c;
      int k = OCR_FROM.indexOf(c);
      b.append(k >= 0 ? OCR_TO.charAt(k) : c);
    }
    return b.toString();
  }

  /**
   * The role of a column from its header path: the innermost header decides, but an outer header
   * such as 单位代码 over an unreadable (OCR) inner one still makes a unit-code column.
   */
  static Role roleOf(List<String> path) {
    if (path.isEmpty()) {
      return Role.NONE;
    }
    Role leaf = roleOfText(path.get(path.size() - 1));
    if (leaf != Role.AMOUNT || Concept.fromLabel(squeeze(path.get(path.size() - 1))).isPresent()) {
      return leaf;
    }
    for (int i = path.size() - 2; i >= 0; i--) {
      Role r = roleOfText(path.get(i));
      if (r == Role.UNIT_CODE || r == Role.CODE || r == Role.LINE_NUMBER) {
        return r;
      }
    }
    return leaf;
  }

  private static Role roleOfText(String text) {
    String leaf = squeeze(text);
    if (leaf.equals("类")) {
      return Role.CODE_CLASS;
    }
    if (leaf.equals("款")) {
      return Role.CODE_KUAN;
    }
    if (leaf.equals("项")) {
      return Role.CODE_XIANG;
    }
    if (leaf.contains("单位代码") || leaf.contains("单位编码")) {
      return Role.UNIT_CODE;
    }
    if (leaf.contains("编码") || leaf.contains("科目代码")) {
      return Role.CODE;
    }
    if (leaf.equals("行次") || leaf.equals("栏次") || leaf.equals("序号")) {
      // 序号 numbers a list's rows (1, 2, 3): never amounts to be summed
      return Role.LINE_NUMBER;
    }
    if (leaf.equals("年度") || leaf.equals("年份")) {
      return Role.YEAR;
    }
    if (leaf.contains("绩效目标") || leaf.equals("备注") || leaf.equals("说明") || leaf.equals("主要内容")) {
      return Role.TEXT;
    }
    if (leaf.equals("项目") || leaf.contains("名称") || leaf.contains("项目类别") || leaf.equals("预算单位")
        || leaf.endsWith("科目") || leaf.equals("单位") || leaf.equals("资金使用单位")) {
      return Role.LABEL;
    }
    return Role.AMOUNT;
  }

  static boolean isPartOf(String label) {
    return squeeze(label).startsWith("其中");
  }

  /**
   * Printed row labels the model's aliases do not know, by what they name: summary tables of some
   * departments print the fiscal appropriation as 预算拨款 and the special-account money as 财政专户拨款;
   * Shanghai's budget summaries print its parts as 一般公共预算资金, 政府性基金 and 国有资本经营预算资金.
   */
  private static final Map<String, Concept> ROW_ALIASES = Map.of(
      "预算拨款", Concept.FISCAL_APPROPRIATION,
      "财政专户拨款", Concept.FISCAL_SPECIAL_ACCOUNT,
      "一般公共预算资金", Concept.GENERAL_PUBLIC_BUDGET,
      "政府性基金", Concept.GOVERNMENT_FUND,
      "政府性基金资金", Concept.GOVERNMENT_FUND,
      "国有资本经营预算资金", Concept.STATE_CAPITAL);

  /**
   * Rows the standard tables print that name no concept of their own (the final-account template's
   * 财政拨款收入支出决算总表 and 收入支出决算总表): known names, so that a wrapped piece can be seen to
   * finish one.
   */
  private static final java.util.Set<String> STANDARD_ROWS = java.util.Set.of(
      "年初财政拨款结转和结余", "年末财政拨款结转和结余", "使用非财政拨款结余", "使用非财政拨款结余（含专用结余）", "结余分配");

  /** Whether a row label is one the standard tables print: a concept's, or one of {@link #STANDARD_ROWS}. */
  static boolean isStandardRow(String label) {
    return rowConcept(label).isPresent() || STANDARD_ROWS.contains(squeeze(label));
  }

  /** The concept a row label names: the model's aliases, then the printed variants above. */
  static Optional<Concept> rowConcept(String label) {
    Optional<Concept> c = Concept.fromLabel(label);
    return c.isPresent() ? c : Optional.ofNullable(ROW_ALIASES.get(Concept.normalise(label)));
  }

  static Concept conceptOf(String printed, TableKind kind) {
    String s = squeeze(printed).replaceFirst("^其中[：:]?", "").replaceFirst("^\\d{4}年度?", "")
        .replaceFirst("^(本年|当年)(?=(预算数|决算数|预算))", "");
    Optional<Concept> c = Concept.fromLabel(s);
    if (c.isEmpty() && kind == TableKind.THREE_PUBLIC) {
      // the “三公” table's column beside the “三公” groups: 机关运行经费预算数, 行政经费决算数
      c = Concept.fromLabel(s.replaceFirst("(?:预算数|决算数|预算|决算)$", ""))
          .filter(x -> x == Concept.ADMINISTRATIVE_EXPENSES);
    }
    if (c.isEmpty()) {
      return Concept.OTHER;
    }
    Concept k = c.get();
    if (!kind.isTwoSided() && (k == Concept.INCOME_GRAND_TOTAL || k == Concept.EXPENDITURE_GRAND_TOTAL)) {
      return Concept.TOTAL;
    }
    return k;
  }

  private static String keyOf(Concept c, String label, int position) {
    if (c == Concept.OTHER) {
      return "c" + position;
    }
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : c.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  private static String unique(Set<String> keys, String key) {
    String k = key;
    int n = 2;
    while (!keys.add(k)) {
      k = key + "#" + n++;
    }
    return k;
  }

  List<Slot> slots(Role role, Side side) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : slots) {
      if (s.role == role && (side == Side.SINGLE || s.side == side)) {
        out.add(s);
      }
    }
    return out;
  }
}
