package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A header printed level by level read as the paths of its leaf columns (表头层级路径): each line dividing
 * a column of the line above by its parts ({@code 合计 因公出国(境)费 公务接待费 公务用车购置及运行费}, then
 * {@code 小计 购置费 运行费} under the last), or several columns each by a run of its parts (财政拨款 by
 * 一般公共预算 政府性基金预算 国有资本经营预算, 单位资金 by 事业收入 其他收入) under a label printed twice side by
 * side (the subtotal, then the group); what a header word names as a column; the columns of the paths,
 * a group's subtotal the parent of its parts when the total adds them up. Stateless.
 */
final class HeaderPaths {
  private HeaderPaths() {}

  /** The parts a column divides into, by what the column is. */
  private static final java.util.Map<Concept, java.util.Set<Concept>> PARTS = java.util.Map.of(
      Concept.BASIC, java.util.Set.of(Concept.PERSONNEL, Concept.PUBLIC_USE),
      Concept.FISCAL_APPROPRIATION, java.util.Set.of(Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND,
          Concept.STATE_CAPITAL),
      Concept.UNIT_FUNDS, java.util.Set.of(Concept.BUSINESS_INCOME, Concept.OPERATING_INCOME, Concept.OTHER_INCOME),
      Concept.OFFICIAL_VEHICLES, java.util.Set.of(Concept.VEHICLE_PURCHASE, Concept.VEHICLE_OPERATION),
      Concept.THREE_PUBLIC_TOTAL, java.util.Set.of(Concept.OVERSEAS_TRAVEL, Concept.OFFICIAL_RECEPTION,
          Concept.OFFICIAL_VEHICLES));

  /**
   * The header paths of a table's leaf columns when its header is printed level by level, each line
   * dividing one column of the line above ({@code “三公”经费预算数 机关运行经费预算数}, then {@code 合计
   * 因公出国(境)费 公务接待费 公务用车购置及运行费} under the first, then {@code 小计 购置费 运行费} under
   * 公务用车购置及运行费); empty unless every line divides exactly one column.
   */
  static Optional<List<List<String>>> leafPaths(List<String> headerLines) {
    return leafPathsOfWords(headerLines.stream().map(LooseHeader::headerWords).toList());
  }

  /** {@link #leafPaths} of header lines already cut into their words. */
  static Optional<List<List<String>>> leafPathsOfWords(List<List<String>> headerLines) {
    List<List<String>> paths = null;
    for (int line = 0; line < headerLines.size(); line++) {
      List<String> words = headerLines.get(line);
      if (words.isEmpty()) {
        continue;
      }
      if (paths == null) {
        paths = new ArrayList<>();
        for (String w : words) {
          paths.add(List.of(w));
        }
        continue;
      }
      List<String> leaves = paths.stream().map(p -> p.get(p.size() - 1)).toList();
      Optional<List<List<String>>> grouped = paths.stream().allMatch(p -> p.size() == 1)
          ? groupsOverSubtotals(leaves, words, line + 1 < headerLines.size()) : Optional.empty();
      if (grouped.isPresent()) {
        paths = new ArrayList<>(grouped.get());
        continue;
      }
      int at = dividedBy(leaves, words);
      java.util.Map<Integer, List<String>> divided = at >= 0 ? java.util.Map.of(at, words)
          : dividedRuns(leaves, words).orElse(null);
      if (divided == null) {
        return Optional.empty();
      }
      List<List<String>> next = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        if (!divided.containsKey(i)) {
          next.add(paths.get(i));
          continue;
        }
        for (String w : divided.get(i)) {
          List<String> path = new ArrayList<>(paths.get(i));
          path.add(w);
          next.add(List.copyOf(path));
        }
      }
      paths = next;
    }
    return paths == null || paths.size() < 2 ? Optional.empty() : Optional.of(List.copyOf(paths));
  }

  /**
   * Several columns a line of labels divides, each by a run of its parts (财政拨款 by 一般公共预算 政府性基金预算
   * 国有资本经营预算, then 单位资金 by 事业收入 其他收入); a label printed twice side by side above is the
   * subtotal column, then the group its parts divide (财政拨款 财政拨款). Empty unless every label is a
   * part of the column it falls under, in order.
   */
  private static Optional<java.util.Map<Integer, List<String>>> dividedRuns(List<String> columns, List<String> below) {
    java.util.Map<Integer, List<String>> runs = new java.util.LinkedHashMap<>();
    int last = -1;
    for (String b : below) {
      Concept part = wordConcept(b);
      int parent = -1;
      for (int i = Math.max(last, 0); i < columns.size() && parent < 0; i++) {
        boolean group = i + 1 >= columns.size() || !columns.get(i + 1).equals(columns.get(i));
        if (group && PARTS.getOrDefault(wordConcept(columns.get(i)), java.util.Set.of()).contains(part)) {
          parent = i;
        }
      }
      if (parent < 0) {
        return Optional.empty();
      }
      runs.computeIfAbsent(parent, k -> new ArrayList<>()).add(b);
      last = parent;
    }
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs);
  }

  /**
   * A line of groups over the line naming every column, where each group names its subtotal column, its
   * parts after it (财政拨款 单位资金 over 合计 上年结转 财政拨款 一般公共预算 政府性基金预算 … 单位资金 事业收入
   * 其他收入 — a header whose cells centre their labels, read a height a line): the subtotal's path is the
   * group, each part's the group and the part; a group whose parts a line below names (基本支出 over 合计
   * 基本支出 项目支出 over 人员经费 公用经费) is printed as the subtotal, then the group, for that line to
   * divide. Empty unless every group is so printed, in order.
   */
  private static Optional<List<List<String>>> groupsOverSubtotals(List<String> groups, List<String> line,
      boolean partsBelow) {
    List<List<String>> paths = new ArrayList<>();
    int g = 0;
    for (int i = 0; i < line.size(); i++) {
      String w = line.get(i);
      java.util.Set<Concept> parts = PARTS.get(wordConcept(w));
      if (g >= groups.size() || !w.equals(groups.get(g)) || parts == null) {
        paths.add(List.of(w));
        continue;
      }
      paths.add(List.of(w));
      int j = i + 1;
      while (j < line.size() && parts.contains(wordConcept(line.get(j)))) {
        paths.add(List.of(w, line.get(j)));
        j++;
      }
      if (j == i + 1 && !partsBelow) {
        return Optional.empty();
      }
      if (j == i + 1) {
        paths.add(List.of(w));
      }
      g++;
      i = j - 1;
    }
    return g == groups.size() ? Optional.of(paths) : Optional.empty();
  }

  /**
   * The leaf paths of a header's labels in printed order whose one group, printed twice side by side
   * (基本支出 基本支出: the subtotal, then the group), has its parts later among them (人员经费 公用经费
   * on the header's last line, as the page's order prints it): the parts go under the group. Empty
   * when no label is so printed.
   */
  static Optional<List<List<String>>> partsRegrouped(List<String> labels) {
    for (int i = 0; i + 1 < labels.size(); i++) {
      java.util.Set<Concept> parts = PARTS.get(wordConcept(labels.get(i)));
      if (parts == null || !labels.get(i).equals(labels.get(i + 1))) {
        continue;
      }
      int from = i + 2;
      while (from < labels.size() && !parts.contains(wordConcept(labels.get(from)))) {
        from++;
      }
      int to = from;
      while (to < labels.size() && parts.contains(wordConcept(labels.get(to)))) {
        to++;
      }
      if (from == to) {
        continue;
      }
      List<List<String>> paths = new ArrayList<>();
      labels.subList(0, i + 1).forEach(l -> paths.add(List.of(l)));
      String group = labels.get(i);
      labels.subList(from, to).forEach(part -> paths.add(List.of(group, part)));
      labels.subList(i + 2, from).forEach(l -> paths.add(List.of(l)));
      labels.subList(to, labels.size()).forEach(l -> paths.add(List.of(l)));
      return Optional.of(List.copyOf(paths));
    }
    return Optional.empty();
  }

  /** Whether some leaf's path has a parent: the header has levels. */
  static boolean groupsAParent(List<List<String>> paths) {
    return paths.stream().anyMatch(p -> p.size() > 1);
  }

  /**
   * Columns of header paths: a subtotal under a divided column (小计 under 公务用车购置及运行费) is that
   * column's. A group's subtotal printed as a column of its own right before its parts (财政拨款, then
   * 财政拨款/一般公共预算 …) is their parent, so that the rows' values can be placed by the header's
   * identities (合计 = its parts, 财政拨款 = its parts), when the columns beside the total are all parts
   * of it (no 其中 column such as 政府采购).
   */
  static List<Column> columnsOfPaths(List<List<String>> paths) {
    java.util.Map<Integer, Integer> parentOf = new java.util.HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      for (int j = i + 1; paths.get(i).size() == 1 && j < paths.size() && paths.get(j).size() == 2
          && paths.get(j).get(0).equals(paths.get(i).get(0)); j++) {
        parentOf.put(j, i);
      }
    }
    boolean nested = !parentOf.isEmpty() && topLevelAdds(paths, parentOf.keySet());
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      List<String> path = paths.get(i);
      String leaf = path.get(path.size() - 1);
      String named = path.size() > 1 && LooseHeader.isSubtotal(leaf) ? path.get(path.size() - 2) : leaf;
      // (机关运行经费预算数: a 三公 table's own wording)
      Concept concept = columnConcept(named);
      String prefix = nested ? "g1." : "";
      Integer parent = nested ? parentOf.get(i) : null;
      out.add(Column.builder().key(prefix + "c" + (i + 1)).concept(concept).addAllHeader(path)
          .parent(Optional.ofNullable(parent == null ? null : prefix + "c" + (parent + 1)))
          .number(Integer.toString(i + 1)).build());
    }
    return out;
  }

  /** What a total is the sum of, besides the parts of a group: the concepts of a table's top columns. */
  private static final java.util.Set<Concept> ADDS_UP = java.util.EnumSet.of(Concept.PRIOR_YEAR_CARRYOVER,
      Concept.FISCAL_APPROPRIATION, Concept.FISCAL_SPECIAL_ACCOUNT, Concept.UNIT_FUNDS, Concept.BASIC, Concept.PROJECT,
      Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL, Concept.BUSINESS_INCOME,
      Concept.OPERATING_INCOME, Concept.OTHER_INCOME);

  /** Whether the first top column is the total and every other top column one of its parts. */
  private static boolean topLevelAdds(List<List<String>> paths, java.util.Set<Integer> parts) {
    List<Concept> top = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      if (!parts.contains(i)) {
        top.add(columnConcept(paths.get(i).get(paths.get(i).size() - 1)));
      }
    }
    return top.size() > 1 && top.get(0) == Concept.TOTAL && ADDS_UP.containsAll(top.subList(1, top.size()));
  }

  /**
   * The one column a line of labels divides: a lone column by any labels; else the column whose
   * parts they are, by what they name (基本支出 by 人员经费 公用经费) or by the words of its own name
   * (公务用车购置及运行费 by 购置费 运行费); -1 when none or more than one.
   */
  private static int dividedBy(List<String> columns, List<String> below) {
    if (columns.size() == 1) {
      return 0;
    }
    int at = -1;
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      java.util.Set<Concept> parts = PARTS.getOrDefault(wordConcept(column), java.util.Set.of());
      List<String> core = LooseHeader.labels(column);
      boolean divides = below.stream().anyMatch(b -> !LooseHeader.isSubtotal(b)) && below.stream().allMatch(b -> LooseHeader.isSubtotal(b)
          || parts.contains(wordConcept(b)) || namedWithin(b, column)
          // 其中：面向中小企业政府采购项目 under 2023年政府采购项目
          || b.startsWith("其中") && !core.isEmpty() && b.contains(core.get(core.size() - 1)));
      if (divides) {
        if (at >= 0) {
          return -1;
        }
        at = i;
      }
    }
    return at;
  }

  /** What a header word names as a column: {@link #wordConcept}, or a “三公” table's own wording. */
  static Concept columnConcept(String word) {
    Concept concept = wordConcept(word);
    return concept != Concept.OTHER ? concept
        : HeaderLayout.conceptOf(word, io.github.cnbudget.model.table.TableKind.THREE_PUBLIC);
  }

  /** What a header word names, also with a year or 预算数 around it (2024年“三公”经费预算数). */
  private static Concept wordConcept(String word) {
    Concept known = WORD_CONCEPTS.get(word);
    if (known != null) {
      return known;
    }
    if (WORD_CONCEPTS.size() > 4096) {
      // (words come from the documents read: the memo is bounded, not a store)
      WORD_CONCEPTS.clear();
    }
    Concept c = readWordConcept(word);
    WORD_CONCEPTS.put(word, c);
    return c;
  }

  /** What header words named: the same words are asked about again as a header's levels are tried. */
  private static final java.util.Map<String, Concept> WORD_CONCEPTS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Concept readWordConcept(String word) {
    Concept c = LooseHeader.conceptOf(word);
    List<String> named = LooseHeader.labels(word);
    // (其中：面向中小企业政府采购项目 is a part of 政府采购项目, not the whole)
    return c != Concept.OTHER || named.isEmpty() || word.startsWith("其中") ? c : LooseHeader.conceptOf(named.get(0));
  }

  /** Whether a part's name, without its 费/支出, is part of the column's name (购置费 of 公务用车购置及运行费). */
  private static boolean namedWithin(String part, String column) {
    String core = part.replaceFirst("(?:费|支出|经费)$", "");
    return core.length() >= 2 && !core.equals(column) && column.contains(core);
  }

  /**
   * Columns divided by the labels of the header line below them: one column by all of them, else
   * the one column whose parts they are (基本支出 by 人员经费 公用经费); empty when no column or more than
   * one could be divided.
   */
  static Optional<List<String>> divide(List<String> columns, List<String> below) {
    if (below.isEmpty()) {
      return Optional.of(columns);
    }
    int at = dividedBy(columns, below);
    if (at < 0) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>(columns.subList(0, at));
    out.addAll(below);
    out.addAll(columns.subList(at + 1, columns.size()));
    return Optional.of(out);
  }
}
