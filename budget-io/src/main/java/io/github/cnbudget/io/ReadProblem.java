package io.github.cnbudget.io;

import io.github.cnbudget.model.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A problem met while reading an input (读取问题): something the text or PDF importer could not place
 * or read, or something a JSON, JSON Lines or CSV codec could not read. It carries a kind with a
 * stable kebab-case code, a {@link Severity}, the {@link SourcePosition} in the input, the text
 * concerned and the reason. Lenient reads collect problems; strict reads throw a
 * {@link CodecException} that carries the same kind ({@link CodecException#problem()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadProblem {
  /**
   * The kinds of problem (读取问题类别), each with a stable kebab-case code that reports and callers
   * filter by (never renamed once released), and a short description in Chinese and English; the
   * problem's own reason adds the particulars. The importer's kinds are listed in
   * docs/text-importer.md, the codecs' kinds (from {@link #JSON_SYNTAX} on) in docs/json-format.md.
   */
  public enum Kind {
    /** values printed without column positions, placed by inference (无列位置的数值按推断归入各列). */
    VALUES_PLACED_BY_INFERENCE("values-placed-by-inference", "无列位置的数值按推断归入各列", "values printed without column positions, placed by inference"),
    /** header groups not identified; columns kept in printed order (表头分组无法识别，各列按印刷顺序保留). */
    HEADER_NOT_IDENTIFIED("header-not-identified", "表头分组无法识别，各列按印刷顺序保留", "header groups not identified; columns kept in printed order"),
    /** page without a text layer (a scanned image?), not read (页面没有文字层（扫描图像？），未读取). */
    PAGE_WITHOUT_TEXT("page-without-text", "页面没有文字层（扫描图像？），未读取", "page without a text layer (a scanned image?), not read"),
    /** glyphs whose characters the file does not give (a font without a character map), not read (字形在文件中没有对应字符（字体缺少字符映射），未读取). */
    GLYPHS_WITHOUT_TEXT("glyphs-without-text", "字形在文件中没有对应字符（字体缺少字符映射），未读取", "glyphs whose characters the file does not give (a font without a character map), not read"),
    /** characters printed under radical or compatibility code points, read as the ideographs they print (以部首或兼容汉字码位印出的字符，按其所示汉字读取). */
    IDEOGRAPHS_UNIFIED("ideographs-unified", "以部首或兼容汉字码位印出的字符，按其所示汉字读取", "characters printed under radical or compatibility code points, read as the ideographs they print"),
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
    /** name printed across the code column, amounts read from the column after the name (名称跨印在编码列，金额自名称列之后读取). */
    NAME_ACROSS_CODE_COLUMN("name-across-code-column", "名称跨印在编码列，金额自名称列之后读取",
        "name printed across the code column; its amounts read from the column after the name"),
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
    /** table whose amounts stand apart from their rows' names; amounts not placed (表格的数值与行名分离，数值未归位). */
    AMOUNTS_APART_FROM_ROWS("amounts-apart-from-rows", "表格的数值与行名分离（文字未按行提取？），数值未归位",
        "table whose amounts stand apart from their rows' names (text not extracted row by row?); amounts not placed"),
    /** lines of amounts read as the rows below them, whose codes they were printed above (金额行印在其科目编码之上，归入其下之行). */
    AMOUNTS_ABOVE_THEIR_ROWS("amounts-above-their-rows", "金额行印在其科目编码之上，归入其下之行",
        "lines of amounts read as the rows below them, whose codes they were printed above"),
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
    /** funding line of a two-sided money block whose side is not known; kept without a side (两栏资金表中无法确定所属栏次的资金来源，不带栏次保留). */
    FUNDING_SIDE_NOT_KNOWN("funding-side-not-known", "两栏资金表中无法确定所属栏次的资金来源，不带栏次保留", "funding line of a two-sided money block whose side is not known; kept without a side"),
    FUNDING_SOURCE_TWICE("funding-source-twice", "项目表的资金来源印了两次，保留第一次", "funding source printed twice in one project form; the first kept"),
    /** funding line of a self-evaluation whose values do not fit its columns; not read (自评表资金行的数值个数与列数不符，未读取). */
    FUNDING_LINE_NOT_READ("funding-line-not-read", "自评表资金行的数值个数与列数不符，未读取", "funding line of a self-evaluation whose values do not fit its columns; not read"),
    /** 年度总体目标 of the self-evaluation not read (自评表的年度总体目标未读取). */
    OVERALL_GOAL_NOT_READ("overall-goal-not-read", "自评表的年度总体目标未读取", "年度总体目标 of the self-evaluation not read"),
    /** self-evaluation table not imported (绩效自评表未导入). */
    SELF_EVALUATION_NOT_IMPORTED("self-evaluation-not-imported", "绩效自评表未导入", "self-evaluation table not imported"),
    /** text printing a cell a line read with each paragraph as one row, which placed more amounts (每格一行的文本按段落读取，每段为一行，所读金额更多). */
    READ_BY_PARAGRAPHS("read-by-paragraphs", "每格一行的文本按段落读取，每段为一行，所读金额更多",
        "text printing a cell a line read with each paragraph as one row, which placed more amounts"),
    /** text whose columns are runs of blanks read by the order of its words, which placed more amounts (以空格对齐的文本按词序读取，所读金额更多). */
    READ_BY_WORD_ORDER("read-by-word-order", "以空格对齐的文本按词序读取，所读金额更多", "text whose columns are runs of blanks read by the order of its words, which placed more amounts"),
    /** a table of space-aligned text read the other way than the document (by its columns, or by the order of its words), whose classification rows add up where the document's reading leaves them apart (表格按另一种读法读取，其分级科目合计相符). */
    TABLE_READ_OTHERWISE("table-read-otherwise", "表格按另一种读法读取，其分级科目合计相符", "a table of space-aligned text read the other way than the document, whose classification rows add up where the document's reading leaves them apart"),
    /** input that is not well-formed JSON (不是格式正确的 JSON). */
    JSON_SYNTAX("json-syntax", "不是格式正确的 JSON", "input that is not well-formed JSON"),
    /** input that is not well-formed CSV: bad quoting, a row of another width than the header, no header row (不是格式正确的 CSV). */
    CSV_SYNTAX("csv-syntax", "不是格式正确的 CSV", "input that is not well-formed CSV"),
    /** bytes not valid in the input's encoding (字节不符合输入的编码). */
    MALFORMED_ENCODING("malformed-encoding", "字节不符合输入的编码", "bytes not valid in the input's encoding"),
    /** input beyond a bound of the read options: length, nesting, string or number length (输入超出读取限度). */
    BOUND_EXCEEDED("bound-exceeded", "输入超出读取限度", "input beyond a bound of the read options"),
    /** field or column the format does not define; kept aside or ignored when lenient (格式未定义的字段或列). */
    UNKNOWN_FIELD("unknown-field", "格式未定义的字段或列", "field or column the format does not define"),
    /** field or column given twice (字段或列重复). */
    DUPLICATE_FIELD("duplicate-field", "字段或列重复", "field or column given twice"),
    /** required field or column missing (缺少必需的字段或列). */
    MISSING_FIELD("missing-field", "缺少必需的字段或列", "required field or column missing"),
    /** value that cannot be read: a malformed code or amount, an unknown constant, an inconsistent cell (值无法读取). */
    MALFORMED_VALUE("malformed-value", "值无法读取", "value that cannot be read"),
    /** file of a tidy CSV folder missing (tidy CSV 文件夹缺少必需的文件). */
    CSV_MISSING_FILE("csv-missing-file", "tidy CSV 文件夹缺少必需的文件", "required file of a tidy CSV folder missing"),
    /** file in a tidy CSV folder that is not one of its files; ignored when lenient (不属于 tidy CSV 文件集的文件). */
    CSV_UNKNOWN_FILE("csv-unknown-file", "不属于 tidy CSV 文件集的文件", "file that is not one of a tidy CSV folder's files"),
    /** input that cannot be read at all: an I/O failure (输入无法读取). */
    UNREADABLE_INPUT("unreadable-input", "输入无法读取", "input that cannot be read"),
    /** document the output format cannot carry without loss (输出格式无法无损表示该文档). */
    NOT_REPRESENTABLE("not-representable", "输出格式无法无损表示该文档", "document the output format cannot carry without loss");

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
  private final Severity severity;
  private final SourcePosition position;
  private final String what;
  private final String why;

  private ReadProblem(Kind kind, Severity severity, SourcePosition position, String what, String why) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.position = Objects.requireNonNull(position, "position");
    this.what = Objects.requireNonNull(what, "what");
    this.why = Objects.requireNonNull(why, "why");
  }

  /**
   * A problem at a line of a disclosure text.
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
    return new ReadProblem(kind, severity, SourcePosition.ofText(line, 0), what, why);
  }

  /**
   * A problem at a position of any input.
   *
   * @param kind what kind of problem it is
   * @param severity how serious it is
   * @param position where it is
   * @param what the text concerned, as given in the input, or empty
   * @param why what is wrong, in English
   * @return the problem
   */
  public static ReadProblem of(Kind kind, Severity severity, SourcePosition position, String what, String why) {
    return new ReadProblem(kind, severity, position, what, why);
  }

  /**
   * This problem placed on a page of a PDF.
   *
   * @param newPage the one-based page
   * @param newBox the box on the page, {@code "x0,y0,x1,y1"} in points from the top-left corner
   * @return the problem with its page and box
   */
  public ReadProblem atPage(int newPage, String newBox) {
    return new ReadProblem(kind, severity, position.atPage(newPage, newBox), what, why);
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
   * How serious it is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Where it is in the input.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position;
  }

  /**
   * Where it was printed: the line of its {@link #position()}.
   *
   * @return the one-based source line, 0 for the whole input
   */
  public int line() {
    return (int) position.line();
  }

  /**
   * The page of a PDF where it was printed: the page of its {@link #position()}.
   *
   * @return the one-based page, or empty for other inputs
   */
  public OptionalInt page() {
    return position.page();
  }

  /**
   * Where on its page it was printed: the box of its {@link #position()}.
   *
   * @return {@code "x0,y0,x1,y1"} in points from the top-left corner, or empty when unknown
   */
  public Optional<String> box() {
    return position.box();
  }

  /**
   * The text concerned, as printed.
   *
   * @return the text, empty when the problem concerns no particular text
   */
  public String what() {
    return what;
  }

  /**
   * Why it could not be read or placed, in English.
   *
   * @return the reason
   */
  public String why() {
    return why;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReadProblem)) {
      return false;
    }
    ReadProblem p = (ReadProblem) o;
    return kind == p.kind && severity == p.severity && position.equals(p.position) && what.equals(p.what)
        && why.equals(p.why);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, severity, position, what, why);
  }

  /**
   * The canonical text: {@code SEVERITY <position>: why: what}, e.g.
   * {@code WARNING line 40: row without a label: 1,200.00} or
   * {@code ERROR page 3 line 12: …}; {@code : what} is left out when there is no text concerned.
   */
  @Override
  public String toString() {
    return severity + " " + position + ": " + why + (what.isEmpty() ? "" : ": " + what);
  }
}
