package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line looks like, judged from the line alone: metadata (部门：… 单位：万元), a printed table
 * number (表 3), a page mark, a 栏次 line, a row of data. Every section asks the same questions of
 * the lines it is given, so the answers live here once.
 */
final class LineShapes {
  private static final Pattern META = Pattern.compile(
      "^(?:部门名称|单位名称|部门|编制部门|编制单位|金额单位|金額单位|单位)\\s*[:：]|(?:金额|金額)?单位\\s*[:：]\\s*(?:万元|元)");
  /** A header cell such as 预算数(单位:万元) names a unit but does not open a metadata line. */
  private static final Pattern META_NOT_FIRST = Pattern.compile("^[^:：]*[（(]");
  private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:表\\s*\\d+(?:-\\d+)?|公开\\s*\\d+\\s*表|\\d+-\\d+)$");
  /** A page number printed as page furniture: - 6 -, 第 2 页 共 9 页, 第2页/共9页, 共 9 页 第 2 页. */
  static final Pattern PAGE_MARK = Pattern.compile("^(?:[-－—]\\s*\\d{1,3}\\s*[-－—]"
      + "|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/、]?\\s*共\\s*\\d{1,4}\\s*页)?|共\\s*\\d{1,4}\\s*页\\s*[，,/、]?\\s*第\\s*\\d{1,4}\\s*页)$");
  /** Whether a line is a page number, also when its first dash was taken for a list bullet (leaving 6 -). */
  static boolean isPageMark(SourceLine l) {
    return PAGE_MARK.matcher(l.text().strip()).matches() || PAGE_MARK.matcher(l.raw.strip()).matches();
  }

  /** A Chinese character (CJK unified ideographs and extension A): text of names, not numbers or codes. */
  static final Pattern HAN = Pattern.compile("[\\u3400-\\u9fff]");
  /** A section heading of the narrative: 第三部分, 一、, （二）. */
  static final Pattern SECTION = Pattern.compile(
      "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*\\.\\d+");
  private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[:：]\\s*(万元|元)");

  private LineShapes() {}

  /** Whether a line is metadata: the department, the issuer or the amount unit. */
  static boolean isMeta(SourceLine l) {
    if (l.nonEmptyCount() >= 3) {
      // a header such as 项目 | 预算数(单位:万元) | 绩效目标 names the unit but is not a metadata line;
      // 部门: | … | 金额单位: 万元 is one
      for (String c : l.cells) {
        if (!c.isEmpty()) {
          return META.matcher(c).find() && !META_NOT_FIRST.matcher(c).find();
        }
      }
    }
    String t = l.text();
    return META.matcher(t).find() || DocumentHeader.YEAR_ONLY.matcher(t).matches()
        || t.matches("^.{0,12}(?:金额|金額)?单位\\s*[:：]\\s*(?:万元|元).*");
  }

  /** Whether a cell opens a metadata line (部门：, 金额单位：万元). */
  static boolean isMetaCell(String cell) {
    return META.matcher(cell).find();
  }

  /** The amount unit a line prints (单位：万元), if any. */
  static Optional<AmountUnit> unitOf(SourceLine l) {
    Matcher unit = UNIT_LINE.matcher(l.text());
    return unit.find() ? Optional.of(AmountUnit.ofSymbol(unit.group(1))) : Optional.empty();
  }


  /** Whether a line is a continued table's mark alone (续表): the table goes on, nothing is read. */
  static boolean isContinuationMark(SourceLine l) {
    return l.nonEmptyCount() == 1 && io.github.cnbudget.io.layout.LaidOutText.isContinuationMark(l.text());
  }

  /** Whether a line is a table's printed number alone (表 3, 公开 05 表, 1-2). */
  static boolean isTableNumber(SourceLine l) {
    return TABLE_NUMBER.matcher(l.text().replaceAll("\\s+", "")).matches() || TABLE_NUMBER.matcher(l.text()).matches();
  }

  /** A line of the contents: a title and its page number. */
  static boolean pageNumbered(SourceLine l) {
    return l.nonEmptyCount() == 2 && l.cell(1).matches("[.·•٠]?\\s*\\d{1,3}");
  }

  static boolean hasAmount(List<String> cs) {
    for (String c : cs) {
      if (!c.isEmpty() && CellReader.isAmountLike(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line numbers the columns (栏次, or 1 2 3 …). */
  static boolean isColumnNumbers(SourceLine l) {
    String first = "";
    for (String c : l.cells) {
      if (!c.isEmpty()) {
        first = c.replaceAll("\\s+", "");
        break;
      }
    }
    if (first.equals("栏次") || first.equals("行次")) {
      return true;
    }
    int expect = 1;
    int n = 0;
    for (String c : l.cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (!c.equals(Integer.toString(expect))) {
        return false;
      }
      expect++;
      n++;
    }
    return n >= 3;
  }

  /**
   * Whether a line is a row of a table rather than its header. A dash printed for "none" is a value
   * of the row like an amount: a row of one amount and nine dashes is a row.
   */
  static boolean isDataRow(SourceLine l) {
    int amounts = 0;
    int texts = 0;
    for (String c : l.cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (CellReader.isAmountLike(c) || Cell.printed(c).mark() == CellMark.DASH) {
        amounts++;
      } else {
        texts++;
      }
    }
    if (amounts > 0) {
      // a header line that OCR sprinkled with a stray number still reads mostly as words
      return texts <= Math.max(3, amounts);
    }
    for (String c : l.cells) {
      if (c.isEmpty()) {
        continue;
      }
      String s = HeaderLayout.squeeze(c);
      if (s.equals("合计") || s.equals("总计")) {
        // 合计 opening an otherwise empty line is a row; 总计 among other headers is a header
        return l.nonEmptyCount() == 1;
      }
      return s.matches("[\\[【［]?\\d{3}(?:\\d{2}){0,2}[\\]】］]?.*") && !s.matches("\\d{4}.*");
    }
    return false;
  }

  /** How many amounts with decimals a text holds. */
  static int countNumbers(String text) {
    Matcher m = NUMBER.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** A long line shortened for a report. */
  static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  /** The widest of a header's rows. */
  static int width(List<List<String>> rows) {
    int w = 0;
    for (List<String> r : rows) {
      w = Math.max(w, r.size());
    }
    return w;
  }
}
