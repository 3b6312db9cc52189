package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ImportException;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.TextParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document-header pass (文件标识): what a disclosure's first lines and cover say of the whole
 * document — its fiscal year, stage, department, title and the printed scale of its amounts — read
 * once, before the tables, and apart from them.
 */
final class DocumentHeader {
  /** A fiscal year's digits (1950 … 2099). */
  private static final String YEAR_DIGITS = "((?:19[5-9]|20\\d)\\d)";
  private static final Pattern YEAR = Pattern.compile(YEAR_DIGITS + "\\s*年");
  private static final Pattern DOC_TITLE = Pattern.compile(
      "^(?:(?:19|20)\\d{2}\\s*年度?)?\\s*(\\S.*?)\\s*(?:(?:19|20)\\d{2}\\s*年度?|年度)?\\s*部门(?:预算|决算)");
  private static final Pattern COVER_ISSUER = Pattern.compile(
      "^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称)\\s*[:：]\\s*([^\\s:：]{2,40})");
  private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
  /** 上海市普陀区2025年区级: a region and a year, not a department. */
  private static final Pattern REGION_LEVEL = Pattern.compile("\\d{4}\\s*年|[区市省县]级$");
  // (单位：万元 names the amounts' unit, not an issuer)
  static final Pattern ISSUER = Pattern.compile("^(?:部门名称|单位名称|部门|编制部门|编制单位|单位)\\s*[:：]\\s*"
      + "(?!(?:人民币)?[万亿千百]*元(?:$|\\s|[（(，,；;]))([^\\s:：]{2,40})");
  static final Pattern YEAR_ONLY = Pattern.compile("^[（(]?\\d{4}\\s*年度?[）)]?$");
  /** 2024 alone on a line: a title's year set apart from its words (年度部门决算). */
  private static final Pattern BARE_YEAR = Pattern.compile("^" + YEAR_DIGITS + "$");
  /** A title line whose year's place is empty: 年度部门决算, 上海市普陀区财政局 年度部门决算表. */
  private static final Pattern YEARLESS_TITLE = Pattern.compile("(?:^|[^\\d\\s])\\s*年度?部门(?:预算|决算)");

  private final List<SourceLine> lines;

  DocumentHeader(List<SourceLine> lines) {
    this.lines = lines;
  }


  private int scale = -1;

  /** The amounts' printed scale: 2 when most amounts print two decimals, else 0. */
  int scale() {
    if (scale >= 0) {
      return scale;
    }
    int whole = 0;
    int two = 0;
    for (SourceLine l : lines) {
      if (l.nonEmptyCount() < 2) {
        continue;
      }
      for (String c : l.cells) {
        if (c.isEmpty() || c.length() > 20) {
          continue;
        }
        try {
          int s = Amounts.parse(c).scale();
          // years, codes (208, 20805, 2080501, split 01) and unit codes (335001) are not amounts
          if (s == 0 && !c.matches("(?:19|20)\\d{2}|\\d{2}|\\d{3}|\\d{5,7}")) {
            whole++;
          } else if (s == 2) {
            two++;
          }
        } catch (TextParseException e) {
          // not an amount: does not count
        }
      }
    }
    scale = two > whole / 2 ? 2 : 0;
    return scale;
  }

  /** The fiscal year the first lines name. */
  FiscalYear year() {
    int seen = 0;
    for (SourceLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      Matcher m = YEAR.matcher(l.text());
      if (m.find()) {
        return FiscalYear.of(Integer.parseInt(m.group(1)));
      }
      if (++seen > 15) {
        break;
      }
    }
    for (SourceLine l : lines) {
      Matcher m = YEAR.matcher(l.text());
      if (m.find() && (l.text().contains("预算") || l.text().contains("决算"))) {
        return FiscalYear.of(Integer.parseInt(m.group(1)));
      }
    }
    Optional<FiscalYear> apart = yearApartFromTitle();
    if (apart.isPresent()) {
      return apart.get();
    }
    throw new ImportException("The text names no fiscal year (e.g. 2023 年); give it (budget --year, DisclosureImporter.withExpectedYear)");
  }

  /**
   * The year of a title printed without it ({@code 年度部门决算}) when the year stands alone on the
   * next or previous line: set in another font or a little lower, it is extracted on a line of its own
   * ({@code 上海市普陀区财政局 / 年度部门决算 / 2024}). A bare number elsewhere is no year.
   */
  private Optional<FiscalYear> yearApartFromTitle() {
    for (int i = 0; i < lines.size(); i++) {
      if (!YEARLESS_TITLE.matcher(lines.get(i).text()).find()) {
        continue;
      }
      for (int step : new int[] {1, -1}) {
        int k = i + step;
        while (k >= 0 && k < lines.size() && lines.get(k).isBlank()) {
          k += step;
        }
        Matcher m = k >= 0 && k < lines.size() ? BARE_YEAR.matcher(lines.get(k).text().strip()) : null;
        if (m != null && m.matches()) {
          return Optional.of(FiscalYear.of(Integer.parseInt(m.group(1))));
        }
      }
    }
    return Optional.empty();
  }

  /** The stage (预算 or 决算) the first lines name. */
  Stage stage() {
    StringBuilder head = new StringBuilder();
    int seen = 0;
    for (SourceLine l : lines) {
      if (!l.isBlank()) {
        head.append(l.text()).append('\n');
        if (++seen > 15) {
          break;
        }
      }
    }
    Optional<Stage> s = Stage.fromText(head);
    if (s.isPresent()) {
      return s.get();
    }
    for (SourceLine l : lines) {
      if (l.text().contains("部门决算") || l.text().contains("决算表")) {
        return Stage.FINAL_ACCOUNT;
      }
      if (l.text().contains("部门预算") || l.text().contains("预算表")) {
        return Stage.BUDGET;
      }
    }
    throw new ImportException("The text names no stage (部门预算 / 部门决算); give it (budget --stage, DisclosureImporter.withExpectedStage)");
  }

  /** The department the cover names. */
  String department() {
    // a labelled issuer on the cover (预算主管部门：…, 预算单位：…) names the department outright
    int seen = 0;
    for (SourceLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      Matcher m = COVER_ISSUER.matcher(l.text());
      if (m.find()) {
        return m.group(1);
      }
      if (++seen > 15) {
        break;
      }
    }
    // the cover's title, perhaps wrapped over a few lines (中共上海市普陀区委 / 社会工作部2024年度 / 部门决算)
    StringBuilder cover = new StringBuilder();
    seen = 0;
    for (SourceLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (l.text().replaceAll("\\s+", "").startsWith("目录") || ++seen > 4) {
        break;
      }
      cover.append(l.text().replaceAll("\\s+", ""));
      Optional<String> name = departmentIn(cover.toString());
      if (name.isPresent()) {
        return name.get();
      }
    }
    seen = 0;
    for (SourceLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      Optional<String> name = departmentIn(l.text());
      if (name.isPresent() && !l.text().contains("目录")) {
        return name.get();
      }
      if (++seen > 10) {
        break;
      }
    }
    for (SourceLine l : lines) {
      Matcher m = ISSUER.matcher(l.text());
      if (m.find()) {
        return m.group(1);
      }
    }
    for (SourceLine l : lines) {
      Optional<String> name = departmentIn(l.text());
      if (name.isPresent()) {
        return name.get();
      }
    }
    throw new ImportException("The text names no department (部门名称); it is not a disclosure");
  }

  /**
   * The department a document title names ({@code 上海市普陀区财政局2024年度部门决算}), without a part
   * number before it (第二部分); a region and year (上海市普陀区2025年区级部门预算) names none.
   */
  private static Optional<String> departmentIn(String text) {
    Matcher m = DOC_TITLE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = PART.matcher(m.group(1).replaceAll("\\s+", "")).replaceFirst("");
    if (name.length() < 3 || name.length() > 40 || name.contains("目录") || REGION_LEVEL.matcher(name).find()) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /** The document's title, with a year printed on the line above it. */
  Optional<String> title() {
    int seen = 0;
    for (SourceLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (DOC_TITLE.matcher(l.text()).find()) {
        // 2023 年 on its own line above 广州市医疗保障局 部门预算 is part of the title
        int k = l.number - 2;
        while (k >= 0 && lines.get(k).isBlank()) {
          k--;
        }
        boolean yearAbove = k >= 0 && YEAR_ONLY.matcher(lines.get(k).text()).matches() && !YEAR.matcher(l.text()).find();
        return Optional.of(yearAbove ? lines.get(k).text() + " " + l.text() : l.text());
      }
      if (++seen > 10) {
        break;
      }
    }
    return Optional.empty();
  }
}
