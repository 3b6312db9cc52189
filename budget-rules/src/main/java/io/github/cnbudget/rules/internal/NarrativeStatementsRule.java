package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.narrative.Topic;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the narrative must disclose (应说明事项), following the 公开情况检查表 of finance bureaus:
 * <ul>
 *   <li>each “三公” item — 因公出国（境）, 公务用车 (its 购置 and 运行维护), 公务接待 — is explained; a final
 *       account also gives 团组 and 人次 for travel abroad, the vehicles held (保有量), and 批次 and 人次
 *       of domestic receptions (国内公务接待), not only of foreign guests;</li>
 *   <li>an empty 政府性基金 or 国有资本经营 table is explained in the narrative (本部门无…, or its amount
 *       stated as 0.00万元);</li>
 *   <li>a 政府采购 amount is split into 货物, 工程 and 服务;</li>
 *   <li>a sentence does not contradict itself (减少为0.00万元，与2024年持平).</li>
 * </ul>
 * Missing statements are WARNINGs; a self-contradiction is an ERROR. Documents without narrative are
 * not checked.
 */
final class NarrativeStatementsRule extends AbstractRule {
  static final String THREE_PUBLIC = "narrative-three-public-missing";
  static final String EMPTY_TABLE = "narrative-empty-table-unexplained";
  static final String PROCUREMENT = "narrative-procurement-split-missing";
  static final String CONTRADICTION = "narrative-self-contradiction";

  private static final Pattern CHANGED_YET_SAME = Pattern.compile(
      "(增加|减少|增长|下降)(?:为|到|至)?[^，,。；;]{0,20}[，,]\\s*(?:与|比|较)[^，,。；;]{0,14}(持平|一致|相同)");

  /** The vehicles held, by that word or by their count (截至2020年12月31日，本部门共有车辆0辆). */
  private static final Pattern HOLDINGS = Pattern.compile("保有量|(?:共有|实有|拥有)(?:公务用?)?车辆\\s*\\d+\\s*辆");

  private static final Pattern NO_THREE_PUBLIC = Pattern.compile("(?:无|没有|未安排)[^。，\\n]{0,8}“?三公”?经费");

  NarrativeStatementsRule() {
    super("narrative-required-statements", Set.of(THREE_PUBLIC, EMPTY_TABLE, PROCUREMENT, CONTRADICTION),
        Set.of("narrative", "completeness"),
        "The narrative explains each “三公” item, empty tables and the 政府采购 split, without contradicting itself");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    if (d.narrative().isEmpty()) {
      return out;
    }
    List<Paragraph> ps = d.narrative().paragraphs();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < ps.size(); i++) {
      String text = ps.get(i).text().replaceAll("\\s+", "");
      Optional<String> section = ps.get(i).section();
      if (section.isPresent() && (i == 0 || !section.equals(ps.get(i - 1).section()))) {
        // a heading and the statement under it are read together: （九）国有资本经营预算财政拨款支出 | 无。
        all.append(section.get().replaceAll("\\s+", "")).append('：');
      }
      all.append(text).append('\n');
      Matcher m = CHANGED_YET_SAME.matcher(text);
      if (m.find()) {
        out.add(finding(CONTRADICTION, Severity.ERROR).location(Narratives.location(d, i))
            .arguments(NarrativeHygieneRule.excerpt(text, m.start()), m.group(1), m.group(2))
            .build());
      }
    }
    String text = all.toString();
    threePublic(d, text, out);
    emptyTables(d, text, out);
    procurement(d, text, out);
    return out;
  }

  private void threePublic(Disclosure d, String text, List<Finding> out) {
    if (!text.contains("三公") && d.table(TableKind.THREE_PUBLIC).isEmpty() || NO_THREE_PUBLIC.matcher(text).find()) {
      // 本年度无“三公”经费财政拨款支出: a statement that none occurred needs no item details
      return;
    }
    List<String> missing = new ArrayList<>();
    require(text, "因公出国", "因公出国（境）费", missing);
    require(text, "公务用车", "公务用车购置及运行维护费", missing);
    if (text.contains("公务用车") && !text.contains("购置")) {
      missing.add("公务用车购置费");
    }
    if (text.contains("公务用车") && !text.matches("(?s).*运行(?:维护)?费.*")) {
      missing.add("公务用车运行维护费");
    }
    require(text, "公务接待", "公务接待费", missing);
    if (d.stage() == Stage.FINAL_ACCOUNT) {
      if (positive(d, Topic.OVERSEAS_TRAVEL)) {
        require(text, "团组", "因公出国（境）团组数", missing);
        require(text, "人次", "因公出国（境）人次", missing);
      }
      if (!HOLDINGS.matcher(text).find()) {
        missing.add("公务用车保有量");
      }
      if (positive(d, Topic.OFFICIAL_RECEPTION)) {
        require(text, "批次", "国内公务接待批次", missing);
        if (text.contains("外宾") && !text.contains("国内公务接待")) {
          missing.add("国内公务接待");
        }
      }
    }
    for (String m : missing) {
      out.add(finding(THREE_PUBLIC, Severity.WARNING).location(Location.at("/narrative")).arguments(m).build());
    }
  }

  /** True unless the narrative states the item's amount as zero: a zero item needs no 团组 or 批次. */
  private static boolean positive(Disclosure d, Topic topic) {
    for (Fact f : Narratives.facts(d)) {
      if (f.topic() == topic && f.amount().isPresent()) {
        return f.amount().get().value().signum() > 0;
      }
    }
    return true;
  }

  private static void require(String text, String word, String what, List<String> missing) {
    if (!text.contains(word)) {
      missing.add(what);
    }
  }

  private void emptyTables(Disclosure d, String text, List<Finding> out) {
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      String name = t.kind() == TableKind.GOVERNMENT_FUND ? "政府性基金"
          : t.kind() == TableKind.STATE_CAPITAL ? "国有资本经营" : null;
      if (name == null || !t.isEmpty()) {
        continue;
      }
      Pattern said = Pattern.compile("(?:无|没有|未)[^。\\n]{0,24}" + name + "|" + name + "[^。\\n]{0,30}(?:无|没有|未|为0|为零|空表)");
      if (!said.matcher(text).find() && !statedZero(d, t.kind() == TableKind.GOVERNMENT_FUND ? Topic.GOVERNMENT_FUND
          : Topic.STATE_CAPITAL)) {
        out.add(finding(EMPTY_TABLE, Severity.WARNING).location(Tables.tableLocation(ti, t)).arguments(t.title(), name)
            .build());
      }
    }
  }

  /**
   * The narrative states the fund's amount of the document's year as zero (政府性基金拨款支出预算0.00万元，
   * 比2023年预算持平): that says there is no such expenditure.
   */
  private static boolean statedZero(Disclosure d, Topic fund) {
    for (Fact f : Narratives.facts(d)) {
      if (f.topic() == fund && f.amount().isPresent() && f.amount().get().value().signum() == 0
          && Narratives.yearOf(f, d.year().value()) == d.year().value()) {
        return true;
      }
    }
    return false;
  }

  private void procurement(Disclosure d, String text, List<Finding> out) {
    for (Fact f : Narratives.facts(d)) {
      if (f.topic() == Topic.PROCUREMENT && f.amount().isPresent()
          && f.amount().get().value().compareTo(BigDecimal.ZERO) > 0) {
        List<String> missing = new ArrayList<>();
        require(text, "货物", "货物", missing);
        require(text, "工程", "工程", missing);
        require(text, "服务", "服务", missing);
        if (!missing.isEmpty()) {
          out.add(finding(PROCUREMENT, Severity.WARNING).location(Narratives.location(d, f.paragraph()))
              .arguments(Narratives.quote(f.sentence()), String.join("、", missing))
              .build());
        }
        return;
      }
    }
  }
}
