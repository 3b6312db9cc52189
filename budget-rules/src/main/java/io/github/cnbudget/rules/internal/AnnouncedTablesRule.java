package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Tables announced in the contents (目录) are printed: every contents entry that names a table
 * (contains 表) matches the title of some table, compared without blanks, ordinals, years,
 * parentheses, quotation marks and the words that vary between contents and titles (部门, 单位, 预算,
 * 决算, 情况, 总体).
 */
final class AnnouncedTablesRule extends AbstractRule {
  static final String CODE = "announced-table-missing";

  AnnouncedTablesRule() {
    super("announced-tables", Set.of(CODE), Set.of("completeness"),
        "Every table announced in the contents is printed");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<String> titles = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      titles.add(TITLE_KEYS.get(t.title()));
    }
    d.frameworks().forEach(f -> titles.add(TITLE_KEYS.get(f.title())));
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < d.contents().size(); i++) {
      String entry = d.contents().get(i);
      String n = NORMALISED.get(entry);
      if (!n.contains("表") || n.length() < 3 || n.contains("详见")) {
        // 详见单位的项目绩效目标表: the entry points to another document's table
        continue;
      }
      if (n.contains("绩效") && (!d.goals().isEmpty() || !d.selfEvaluations().isEmpty())) {
        continue;
      }
      boolean found = false;
      String entryKey = key(n);
      for (String t : titles) {
        // as matches(title, entry), with each title's key made once
        if (!entryKey.isEmpty() && t.contains(entryKey)) {
          found = true;
          break;
        }
      }
      if (!found) {
        out.add(finding(CODE, Severity.WARNING).location(Location.at("/contents/" + i).withCode(entry.strip()))
            .arguments(entry.strip()).build());
      }
    }
    return out;
  }

  /**
   * Whether a printed title is the announced one: equal once filler words are dropped, or the title
   * contains the entry (titles add the year or the department). The title must not be a shorter,
   * more general name: 支出总表 does not answer for 基本支出总表.
   */
  static boolean matches(String title, String entry) {
    String t = key(title);
    String n = key(entry);
    return !n.isEmpty() && t.contains(n);
  }

  /** Drops words that vary between contents and titles (部门, 单位, 预算, 决算, 情况, 总体). */
  static String key(String normalised) {
    return FILLER.matcher(normalised).replaceAll("");
  }

  // Titles and contents entries repeat across documents; each is normalised once (seven regular
  // expressions).
  private static final BoundedCache<String, String> NORMALISED = new BoundedCache<>(4096,
      AnnouncedTablesRule::normalise);
  private static final BoundedCache<String, String> TITLE_KEYS = new BoundedCache<>(4096,
      title -> key(normalise(title)));

  // compiled once: String.replaceAll compiles its pattern on every call
  private static final Pattern FILLER = Pattern.compile("部门|单位|预算|决算|情况|总体");
  private static final Pattern BULLETS = Pattern.compile("^[-•·\\s]+");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\u3000“”\"'‘’《》()（）【】\\[\\]…]");
  private static final Pattern DOTS = Pattern.compile("\\.{2,}$");
  private static final Pattern YEAR = Pattern.compile("^\\d{4}年(度)?");
  private static final Pattern TABLE_NUMBER = Pattern.compile("^(表|公开)[0-9一二三四五六七八九十]+表?[-、.．:：]?");
  private static final Pattern NUMBER = Pattern.compile("^[0-9]+[-、.．:：]");

  static String normalise(String s) {
    String x = Ordinal.stripPrefix(s.strip());
    x = BULLETS.matcher(x).replaceAll("");
    x = Ordinal.stripPrefix(x);
    x = DOTS.matcher(PUNCTUATION.matcher(x).replaceAll("")).replaceAll("");
    x = YEAR.matcher(x).replaceAll("");
    x = TABLE_NUMBER.matcher(x).replaceAll("");
    x = NUMBER.matcher(x).replaceAll("");
    // the year may follow the number (4．2025年部门…预算表)
    x = YEAR.matcher(x).replaceAll("");
    return x;
  }
}
