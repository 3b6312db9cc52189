package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text printing a cell a line (每格一行): a tool that writes each text block of a page as its own
 * lines, a blank line after each block (MuPDF's {@code mutool draw -F txt}, and the libraries built on
 * it), prints a table's row as a paragraph with one cell on each line ({@code 201} / {@code 03} /
 * {@code 政府办公厅（室）及相关机构事务} / {@code 82,096,797.42} …). Read line by line, no row has its
 * amounts. This class finds such text and writes each paragraph of cells as one line, its cells one
 * blank apart, as other tools print a row; paragraphs of prose (long lines) stay as printed. Which
 * reading is the document's is for the amounts each places to say; this class only writes the lines.
 * Stateless; not instantiable.
 */
public final class CellLines {
  /** A cell's line is at most this long; prose wraps at the page's width, about twice as far. */
  private static final int CELL = 40;
  /** Paragraphs of cells holding an amount needed before the text is taken for a cell a line. */
  private static final int ROWS = 5;
  private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|-?\\d+\\.\\d+");
  /** How an indicator level's label ends (数量指标, 服务对象满意度指标). */
  private static final String LEVEL_END = "指标";
  /** A classification code alone, whole or cut into 类 款 项. */
  private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}(?: \\d{2}){0,2}");
  /** An amount as a row prints it: with its decimals or its thousands separators. */
  private static final String AMOUNT_WORD = "(?:-?[\\d,]+\\.\\d+|-?\\d{1,3}(?:,\\d{3})+)";
  /** A name: no figure in it; or a name then its amounts. */
  private static final Pattern NAME = Pattern.compile("[^\\d\\s][^\\d]*(?: " + AMOUNT_WORD + ")*");
  private static final Pattern NAME_THEN_AMOUNTS = Pattern.compile("[^\\d\\s][^\\d]*(?: " + AMOUNT_WORD + ")+");
  /** Amounts alone, one blank apart. */
  private static final Pattern AMOUNTS = Pattern.compile(AMOUNT_WORD + "(?: " + AMOUNT_WORD + ")*");
  /** A line printing an amount somewhere: decimals or a thousands separator. */
  private static final Pattern PRINTS_AMOUNT = Pattern.compile("\\d\\.\\d|\\d,\\d{3}");

  private CellLines() {}

  /**
   * Whether the text prints a cell a line: at least {@value #ROWS} paragraphs of two lines or more, each
   * line short enough to be a cell and one of them an amount alone, holding two thirds or more of the
   * lines that print an amount (text printing a row a line holds few such paragraphs: a cell wrapped a
   * piece a line, a table's block in reading order).
   *
   * @param lines the text's lines
   * @return whether rows are paragraphs of cells
   */
  public static boolean cellPerLine(List<String> lines) {
    int rows = 0;
    int inRows = 0;
    for (List<String> p : paragraphs(lines)) {
      if (cells(p) && p.stream().anyMatch(l -> AMOUNT.matcher(l.strip()).matches())) {
        rows++;
        inRows += (int) p.stream().filter(l -> PRINTS_AMOUNT.matcher(l).find()).count();
      }
    }
    long withAmounts = lines.stream().filter(l -> PRINTS_AMOUNT.matcher(l).find()).count();
    return rows >= ROWS && 3L * inRows >= 2L * withAmounts;
  }

  /**
   * The lines with each paragraph of cells written as one line, its cells one blank apart, on the
   * paragraph's first line and the others left blank (every line keeps its number); blank lines and
   * prose as printed.
   *
   * @param lines the text's lines
   * @return the lines, a row a line
   */
  public static List<String> joined(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int lastRow = -1;
    for (List<String> p : paragraphs(lines)) {
      if (p.isEmpty()) {
        out.add("");
      } else if (cells(p)) {
        List<String> cells = new ArrayList<>(p.stream().map(String::strip).toList());
        if (lastRow >= 0 && cells.get(0).equals(LEVEL_END)) {
          // a level's label wrapped in its merged cell (服务对象满意度 / 指标), its end a block of the next row's
          out.set(lastRow, out.get(lastRow) + LEVEL_END);
          cells.set(0, "");
        }
        lastRow = out.size();
        out.add(String.join(" ", cells).strip());
        // (the row's other lines left blank, so that every line keeps its number)
        for (int k = 1; k < p.size(); k++) {
          out.add("");
        }
      } else {
        out.addAll(p);
        lastRow = -1;
      }
    }
    return codesJoined(out);
  }

  /**
   * A row the tool printed as blocks of its own (the code, then the name, then the amounts, a blank
   * line after each) written as one line, on the code's line: a code alone, a name without figures and
   * a line of amounts alone, or a code alone and a name with its amounts.
   */
  private static List<String> codesJoined(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    for (int k = 0; k < out.size(); k++) {
      if (!CODE.matcher(out.get(k).strip()).matches()) {
        continue;
      }
      int name = nextPrinted(out, k + 1);
      if (name < 0 || !NAME.matcher(out.get(name).strip()).matches()) {
        continue;
      }
      int amounts = nextPrinted(out, name + 1);
      boolean named = NAME_THEN_AMOUNTS.matcher(out.get(name).strip()).matches();
      if (!named && (amounts < 0 || !AMOUNTS.matcher(out.get(amounts).strip()).matches())) {
        continue;
      }
      String row = out.get(k).strip() + " " + out.get(name).strip();
      out.set(name, "");
      if (!named) {
        row += " " + out.get(amounts).strip();
        out.set(amounts, "");
      }
      out.set(k, row);
    }
    return out;
  }

  private static int nextPrinted(List<String> lines, int from) {
    for (int k = from; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A paragraph of two lines or more, each short enough to be a cell; not a list of the tables'
   * titles (a contents page: two lines or more ending in 表).
   */
  private static boolean cells(List<String> p) {
    return p.size() >= 2 && p.stream().allMatch(l -> l.strip().length() <= CELL)
        && p.stream().filter(l -> l.strip().endsWith("表")).count() < 2;
  }

  /** The runs of non-blank lines, each blank line between them an empty run. */
  private static List<List<String>> paragraphs(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String l : lines) {
      if (l.isBlank()) {
        if (!run.isEmpty()) {
          out.add(run);
          run = new ArrayList<>();
        }
        out.add(List.of());
      } else {
        run.add(l);
      }
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }
}
