package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cover and the table of contents (封面与目录) name the document's year and list each table once,
 * in the order printed: a title with another year or an unfinished one (202 年度), a table listed
 * twice, a table listed before one printed ahead of it. WARNINGs.
 */
final class ContentsRule extends AbstractRule {
  static final String YEAR = "contents-year";
  static final String TWICE = "contents-listed-twice";
  static final String ORDER = "contents-out-of-order";
  private static final Pattern YEAR_TEXT = Pattern.compile("(?<!\\d)(\\d{1,4})\\s*年");

  ContentsRule() {
    super("contents-consistency", Set.of(YEAR, TWICE, ORDER), Set.of("narrative", "completeness"),
        "The cover and the contents name the document's year and list each table once, in order");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    int year = d.year().value();
    d.title().ifPresent(t -> year(t, year, Location.at("/title"), out));
    Set<String> seen = new HashSet<>();
    int lastTable = -1;
    String lastTitle = "";
    for (int i = 0; i < d.contents().size(); i++) {
      String title = d.contents().get(i);
      Location at = Location.at("/contents/" + i);
      year(title, year, at, out);
      String key = key(title);
      if (!seen.add(key)) {
        out.add(finding(TWICE, Severity.WARNING).location(at).arguments(title).build());
        continue;
      }
      int printed = indexOf(d, key);
      if (printed >= 0) {
        if (printed < lastTable) {
          out.add(finding(ORDER, Severity.WARNING).location(at).arguments(title, lastTitle).build());
        }
        lastTable = Math.max(lastTable, printed);
        lastTitle = title;
      }
    }
    return out;
  }

  private void year(String text, int year, Location at, List<Finding> out) {
    Matcher m = YEAR_TEXT.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      // a 4-digit year that is neither this year nor the previous (a final account names both), or a
      // year missing digits (202 年度)
      if (m.group(1).length() == 4 ? y != year && y != year - 1 : m.group(1).length() == 3) {
        out.add(finding(YEAR, Severity.WARNING).location(at).arguments(text, m.group().strip(), year).build());
        return;
      }
    }
  }

  private static String key(String title) {
    return title.replaceAll("(?:19|20)\\d{2}\\s*年度?|^[\\s\\d.、一二三四五六七八九十（）()]+|[\\s“”\"]", "");
  }

  private static int indexOf(Disclosure d, String key) {
    for (int t = 0; t < d.tables().size(); t++) {
      DisclosureTable table = d.tables().get(t);
      if (key(table.title()).equals(key)) {
        return t;
      }
    }
    return -1;
  }
}
