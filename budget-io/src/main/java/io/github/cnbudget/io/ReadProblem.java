package io.github.cnbudget.io;

import io.github.cnbudget.model.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something the importer could not place or read (导入问题): what it was, the source line, why, and
 * how serious it is. Immutable and thread-safe.
 */
public final class ReadProblem {
  /**
   * The kinds of problem (导入问题类别), each with a stable kebab-case code that reports and callers
   * filter by (never renamed once released), and a short description in Chinese and English; the
   * problem's own reason adds the particulars. Listed in docs/text-importer.md.
   */
  public enum Kind {
    /** values printed without column positions, placed by inference (无列位置的数值按推断归入各列). */
    VALUES_PLACED_BY_INFERENCE("values-placed-by-inference", "无列位置的数值按推断归入各列", "values printed without column positions, placed by inference"),
    /** header groups not identified; columns kept in printed order (表头分组无法识别，各列按印刷顺序保留). */
    HEADER_NOT_IDENTIFIED("header-not-identified", "表头分组无法识别，各列按印刷顺序保留", "header groups not identified; columns kept in printed order"),
    /** page without a text layer (a scanned image?), not read (页面没有文字层（扫描图像？），未读取). */
    PAGE_WITHOUT_TEXT("page-without-text", "页面没有文字层（扫描图像？），未读取", "page without a text layer (a scanned image?), not read"),
    /** framework indicator printed without a 参考分值 (评价指标体系的指标未列参考分值). */
    FRAMEWORK_INDICATOR_WITHOUT_WEIGHT("framework-indicator-without-weight", "评价指标体系的指标未列参考分值", "framework indicator printed without a 参考分值"),
    /** evaluation framework not imported (评价指标体系未导入). */
    FRAMEWORK_NOT_IMPORTED("framework-not-imported", "评价指标体系未导入", "evaluation framework not imported"),
    /** line in a performance table not read (绩效表中的一行未读取). */
    PERFORMANCE_LINE_NOT_READ("performance-line-not-read", "绩效表中的一行未读取", "line in a performance table not read"),
    /** indicator printed out of its columns; read as name and target (指标未印在其表头下，按名称和指标值读取). */
    INDICATOR_OUT_OF_COLUMNS("indicator-out-of-columns", "指标未印在其表头下，按名称和指标值读取", "indicator printed out of its columns; read as name and target"),
    /** indicator levels printed one column left of their headers; read where printed (指标级次印在其表头左侧一列，按印刷位置读取). */
    INDICATOR_LEVELS_SHIFTED("indicator-levels-shifted", "指标级次印在其表头左侧一列，按印刷位置读取", "indicator levels printed one column left of their headers; read where printed"),
    /** unit line of a project target table (项目绩效目标表的单位行). */
    TARGET_TABLE_UNIT_LINE("target-table-unit-line", "项目绩效目标表的单位行", "unit line of a project target table"),
    /** first indicator level missing or contradicting the second; read from the second (一级指标缺失或与二级指标矛盾，按二级指标读取). */
    INDICATOR_LEVEL_MISMATCH("indicator-level-mismatch", "一级指标缺失或与二级指标矛盾，按二级指标读取", "first indicator level missing or contradicting the second; read from the second"),
    /** unreadable weight (权重无法读取). */
    UNREADABLE_WEIGHT("unreadable-weight", "权重无法读取", "unreadable weight"),
    /** project of a target table without indicator rows (绩效目标表中的项目没有指标行). */
    PROJECT_WITHOUT_INDICATORS("project-without-indicators", "绩效目标表中的项目没有指标行", "project of a target table without indicator rows"),
    /** indicator name without a target at the end of the table (表末的指标名称没有指标值). */
    INDICATOR_WITHOUT_TARGET("indicator-without-target", "表末的指标名称没有指标值", "indicator name without a target at the end of the table"),
    /** no amount unit printed; 万元 assumed (未印金额单位，按万元读取). */
    NO_AMOUNT_UNIT("no-amount-unit", "未印金额单位，按万元读取", "no amount unit printed; 万元 assumed"),
    /** name printed with several codes elsewhere; left without a code (该名称在别处对应多个科目编码，未赋编码). */
    AMBIGUOUS_NAME("ambiguous-name", "该名称在别处对应多个科目编码，未赋编码", "name printed with several codes elsewhere; left without a code"),
    /** tabular line outside any recognised table (表格以外的表格式文字行). */
    LINE_OUTSIDE_TABLE("line-outside-table", "表格以外的表格式文字行", "tabular line outside any recognised table"),
    /** table recognised but not imported (已识别但尚不能导入的表格). */
    TABLE_NOT_IMPORTED("table-not-imported", "已识别但尚不能导入的表格", "table recognised but not imported"),
    /** table has a header but no rows (表格有表头但没有数据行). */
    TABLE_WITHOUT_ROWS("table-without-rows", "表格有表头但没有数据行", "table has a header but no rows"),
    /** table text run together on one line; read by pairing names with amount groups (表格文字挤在一行，按经济分类名称与金额组配对读取). */
    RUN_TOGETHER_LINE_READ("run-together-line-read", "表格文字挤在一行，按经济分类名称与金额组配对读取", "table text run together on one line; read by pairing names with amount groups"),
    /** table text run together on one line; its values were not imported (表格文字挤在一行，其数值未导入). */
    RUN_TOGETHER_LINE_NOT_READ("run-together-line-not-read", "表格文字挤在一行，其数值未导入", "table text run together on one line; its values were not imported"),
    /** table without a header: its values cannot be assigned to columns (表格没有表头，数值无法归列). */
    TABLE_WITHOUT_HEADER("table-without-header", "表格没有表头，数值无法归列", "table without a header: its values cannot be assigned to columns"),
    /** table without column positions or recognisable headers; rows not read (表格既无列位置也无可识别的表头，行未读取). */
    TABLE_COLUMNS_UNKNOWN("table-columns-unknown", "表格既无列位置也无可识别的表头，行未读取", "table without column positions or recognisable headers; rows not read"),
    /** row of a table whose columns are unknown (所在表格的列未知，该行未读取). */
    ROW_COLUMNS_UNKNOWN("row-columns-unknown", "所在表格的列未知，该行未读取", "row of a table whose columns are unknown"),
    /** amount printed against the name; read as the first amount (金额紧贴名称印刷，按第一个金额读取). */
    AMOUNT_AGAINST_NAME("amount-against-name", "金额紧贴名称印刷，按第一个金额读取", "amount printed against the name; read as the first amount"),
    /** value printed beyond the table's columns (数值印在表格各列之外). */
    VALUE_BEYOND_COLUMNS("value-beyond-columns", "数值印在表格各列之外", "value printed beyond the table's columns"),
    /** text printed beyond the table's columns (文字印在表格各列之外). */
    TEXT_BEYOND_COLUMNS("text-beyond-columns", "文字印在表格各列之外", "text printed beyond the table's columns"),
    /** page number printed inside the table; ignored (表内印有页码，已忽略). */
    PAGE_NUMBER_IN_TABLE("page-number-in-table", "表内印有页码，已忽略", "page number printed inside the table; ignored"),
    /** text in an amount column, kept as text (金额列中印有文字，按文字保留). */
    TEXT_IN_AMOUNT_COLUMN("text-in-amount-column", "金额列中印有文字，按文字保留", "text in an amount column, kept as text"),
    /** value in a column without a recognisable header (数值所在列没有可识别的表头). */
    VALUE_WITHOUT_HEADER("value-without-header", "数值所在列没有可识别的表头", "value in a column without a recognisable header"),
    /** text in a column without a recognisable header (文字所在列没有可识别的表头). */
    TEXT_WITHOUT_HEADER("text-without-header", "文字所在列没有可识别的表头", "text in a column without a recognisable header"),
    /** unreadable classification code (科目编码无法读取). */
    UNREADABLE_CODE("unreadable-code", "科目编码无法读取", "unreadable classification code"),
    /** row without a label (该行没有名称). */
    ROW_WITHOUT_LABEL("row-without-label", "该行没有名称", "row without a label"),
    /** code part printed as one digit in a 款/项 column; read with a leading 0 (款/项列的编码只印一位，按前补 0 读取). */
    ONE_DIGIT_CODE_PART("one-digit-code-part", "款/项列的编码只印一位，按前补 0 读取", "code part printed as one digit in a 款/项 column; read with a leading 0"),
    /** text after both sides of a two-sided line; not placed (双栏表一行两侧之后还有文字，未归位). */
    TEXT_AFTER_TWO_SIDES("text-after-two-sides", "双栏表一行两侧之后还有文字，未归位", "text after both sides of a two-sided line; not placed"),
    /** values printed without column positions; not placed (数值没有列位置，未归位). */
    VALUES_WITHOUT_POSITIONS("values-without-positions", "数值没有列位置，未归位", "values printed without column positions; not placed"),
    /** indicator levels printed in the middle of their merged cells; given to the rows they are centred in (指标级次印在合并单元格中部，赋给其居中的各行). */
    INDICATOR_LEVELS_CENTRED("indicator-levels-centred", "指标级次印在合并单元格中部，赋给其居中的各行", "indicator levels printed in the middle of their merged cells; given to the rows they are centred in"),
    /** project rows of a target table cut several ways equally well; the first taken (项目行有多种同样合适的分法，取第一种). */
    PROJECT_ROWS_AMBIGUOUS("project-rows-ambiguous", "项目行有多种同样合适的分法，取第一种", "project rows of a target table cut several ways equally well; the first taken"),
    /** line in a project form not read (项目表中的一行未读取). */
    PROJECT_FORM_LINE_NOT_READ("project-form-line-not-read", "项目表中的一行未读取", "line in a project form not read"),
    /** project form without a project name (项目表未列项目名称). */
    PROJECT_FORM_WITHOUT_NAME("project-form-without-name", "项目表未列项目名称", "project form without a project name"),
    /** project attribute (项目属性) or category (项目类别) not recognised (项目属性或项目类别无法识别). */
    PROJECT_CLASS_NOT_RECOGNISED("project-class-not-recognised", "项目属性或项目类别无法识别", "project attribute (项目属性) or category (项目类别) not recognised"),
    /** project year not readable (项目年度无法读取). */
    PROJECT_YEAR_UNREADABLE("project-year-unreadable", "项目年度无法读取", "project year not readable"),
    /** cell of a project form not read (项目表的单元格未读取). */
    PROJECT_FORM_CELL_NOT_READ("project-form-cell-not-read", "项目表的单元格未读取", "cell of a project form not read"),
    /** amount of a project form not readable (项目表的金额无法读取). */
    PROJECT_FORM_AMOUNT_UNREADABLE("project-form-amount-unreadable", "项目表的金额无法读取", "amount of a project form not readable"),
    /** funding source printed twice in one project form; the first kept (项目表的资金来源印了两次，保留第一次). */
    FUNDING_SOURCE_TWICE("funding-source-twice", "项目表的资金来源印了两次，保留第一次", "funding source printed twice in one project form; the first kept"),
    /** funding line of a self-evaluation whose values do not fit its columns; not read (自评表资金行的数值个数与列数不符，未读取). */
    FUNDING_LINE_NOT_READ("funding-line-not-read", "自评表资金行的数值个数与列数不符，未读取", "funding line of a self-evaluation whose values do not fit its columns; not read"),
    /** 年度总体目标 of the self-evaluation not read (自评表的年度总体目标未读取). */
    OVERALL_GOAL_NOT_READ("overall-goal-not-read", "自评表的年度总体目标未读取", "年度总体目标 of the self-evaluation not read"),
    /** self-evaluation table not imported (绩效自评表未导入). */
    SELF_EVALUATION_NOT_IMPORTED("self-evaluation-not-imported", "绩效自评表未导入", "self-evaluation table not imported");

    private final String code;
    private final String chinese;
    private final String english;

    Kind(String code, String chinese, String english) {
      this.code = code;
      this.chinese = chinese;
      this.english = english;
    }

    /**
     * The stable code.
     *
     * @return e.g. {@code row-without-label}
     */
    public String code() {
      return code;
    }

    /**
     * What this kind of problem is, in Chinese.
     *
     * @return e.g. 该行没有名称
     */
    public String chinese() {
      return chinese;
    }

    /**
     * What this kind of problem is, in English.
     *
     * @return e.g. {@code row without a label}
     */
    public String english() {
      return english;
    }
  }

  private final Kind kind;
  private final String what;
  private final int line;
  private final String why;
  private final Severity severity;
  private final int page;
  private final String box;

  private ReadProblem(Kind kind, String what, int line, String why, Severity severity, int page, String box) {
    this.kind = kind;
    this.what = what;
    this.line = line;
    this.why = why;
    this.severity = severity;
    this.page = page;
    this.box = box;
  }

  /**
   * A problem.
   *
   * @param kind what kind of problem it is
   * @param severity how serious it is
   * @param line the one-based source line, or 0 when it concerns the whole text
   * @param what the text concerned, as printed
   * @param why why it could not be placed
   * @return the problem
   */
  public static ReadProblem of(Kind kind, Severity severity, int line, String what, String why) {
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    return new ReadProblem(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(what, "what"), line, Objects.requireNonNull(why, "why"),
        Objects.requireNonNull(severity, "severity"), 0, "");
  }

  /**
   * This problem placed on a page of a PDF.
   *
   * @param newPage the one-based page
   * @param newBox the box on the page, {@code "x0,y0,x1,y1"} in points from the top-left corner
   * @return the problem with its page and box
   */
  public ReadProblem atPage(int newPage, String newBox) {
    if (newPage < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + newPage);
    }
    return new ReadProblem(kind, what, line, why, severity, newPage, Objects.requireNonNull(newBox, "newBox"));
  }

  /**
   * What kind of problem it is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The stable code of its kind.
   *
   * @return e.g. {@code row-without-label}
   */
  public String code() {
    return kind.code();
  }

  /**
   * The page of a PDF where it was printed.
   *
   * @return the one-based page, or empty for text input
   */
  public OptionalInt page() {
    return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
  }

  /**
   * Where on its page it was printed.
   *
   * @return {@code "x0,y0,x1,y1"} in points from the top-left corner, or empty when unknown
   */
  public Optional<String> box() {
    return box.isEmpty() ? Optional.empty() : Optional.of(box);
  }

  /**
   * The text concerned, as printed.
   *
   * @return the text
   */
  public String what() {
    return what;
  }

  /**
   * Where it was printed.
   *
   * @return the one-based source line, 0 for the whole text
   */
  public int line() {
    return line;
  }

  /**
   * Why it could not be placed.
   *
   * @return the reason
   */
  public String why() {
    return why;
  }

  /**
   * How serious it is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReadProblem)) {
      return false;
    }
    ReadProblem p = (ReadProblem) o;
    return kind == p.kind && line == p.line && what.equals(p.what) && why.equals(p.why) && severity == p.severity
        && page == p.page && box.equals(p.box);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, what, line, why, severity, page, box);
  }

  /** The canonical text: {@code SEVERITY line N: why: what}, with {@code page P} before the line for PDFs. */
  @Override
  public String toString() {
    return severity + (page > 0 ? " page " + page : "") + " line " + line + ": " + why + ": " + what;
  }
}
